"""Telegram-facing code: one module per feature, all registered here in one place.

Order matters within a group: specific handlers first, then the catch-alls (unknown commands,
free text, other message types, stale buttons).
"""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.content import label
from bot.handlers import (
    acts,
    checkin,
    common,
    insights,
    onboarding,
    pairing,
    privacy,
    promise_answers,
    promise_overview,
    promises,
    safety,
    settings,
    text,
)

PRIVATE = filters.ChatType.PRIVATE

# (command, callback): the order here is the order of the menu Telegram shows.
COMMANDS = [
    ("start", onboarding.start),
    ("help", common.help_command),
    ("progress", acts.progress_command),
    ("streak", acts.progress_command),
    ("promise", promises.promise_command),
    ("promises", promise_overview.overview_command),
    ("checkin", checkin.checkin_command),
    ("insights", insights.insights_command),
    ("invite", pairing.invite),
    ("settings", settings.settings_command),
    ("pause", settings.pause_command),
    ("resume", settings.resume_command),
    ("unpair", pairing.unpair),
    ("export", privacy.export),
    ("delete", privacy.delete),
    ("cancel", text.cancel),
]

# (callback-data pattern, callback)
BUTTONS = [
    (r"^consent:(yes|no)(:[A-Za-z0-9_-]{1,40})?$", onboarding.consent),
    (r"^name:tg$", onboarding.use_telegram_name),
    (r"^tz:", onboarding.choose_timezone),
    (r"^acttime:", onboarding.choose_act_time),
    (r"^set:", settings.settings_button),
    (r"^pause:", settings.pause_button),
    (r"^quiet:", settings.quiet_button),
    (r"^unpair:", pairing.unpair_button),
    (r"^delete:(yes|no)$", privacy.delete_button),
    (r"^act:", acts.act_button),
    (r"^actshare:(yes|no)$", acts.share_button),
    (r"^pw:", promises.quick_when),
    (r"^pr:", promises.draft_button),
    (r"^pk:", promise_answers.check_button),
    (r"^pc:", promise_answers.confirm_button),
    (r"^pm:", promises.manage_button),
    (r"^cs:", checkin.slot_button),
    (r"^ck:", checkin.checkin_button),
    (r"^ca:", checkin.answer_button),
    (r"^cp:", checkin.private_button),
    (r"^ins:", insights.suggestion_button),
    (r"^sf:del:\d+$", safety.delete_button),
]


def command_list() -> list[BotCommand]:
    """The menu registered with setMyCommands (only commands a person would type)."""
    return [BotCommand(name, label(f"commands.{name}")) for name, _ in COMMANDS if name != "start"]


def register(application: Application) -> None:
    for name, callback in COMMANDS:
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE))
    for pattern, callback in BUTTONS:
        application.add_handler(CallbackQueryHandler(callback, pattern=pattern))
    application.add_handler(MessageHandler(PRIVATE & filters.LOCATION, onboarding.location))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND, common.unknown_command))
    application.add_handler(MessageHandler(PRIVATE & filters.TEXT, text.on_text))
    application.add_handler(
        MessageHandler(PRIVATE & ~filters.StatusUpdate.ALL, common.non_text_message)
    )
    application.add_handler(MessageHandler(~PRIVATE & filters.COMMAND, common.group_message))
    # Any other button: stale, or forged.
    application.add_handler(CallbackQueryHandler(common.stale_button))
    application.add_handler(
        ChatMemberHandler(common.chat_member_changed, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_error_handler(common.error_handler)
