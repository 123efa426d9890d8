"""Telegram-facing code: one module per feature, all registered here in one place.

Order matters within a group: specific handlers first, then the catch-alls (unknown commands,
free text, other message types, stale buttons).
"""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
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
    questions,
    safety,
    settings,
    setup,
    text,
)
from bot.handlers.common import ButtonCallback
from bot.views.catalogue import label

PRIVATE = filters.ChatType.PRIVATE

# (command, callback): the order here is the order of the menu Telegram shows.
COMMANDS = [
    ("start", onboarding.start),
    ("help", common.help_command),
    ("progress", acts.progress_command),
    ("streak", acts.progress_command),
    ("questions", questions.questions_command),
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

# (button kind, callback): each callback receives the decoded, typed value (bot/callbacks/).
BUTTONS: list[tuple[type[callbacks.CallbackData], ButtonCallback]] = [
    (callbacks.Consent, onboarding.consent),
    (callbacks.TelegramName, setup.use_telegram_name),
    (callbacks.ZoneChoice, setup.choose_timezone),
    (callbacks.ActTimeChoice, setup.choose_act_time),
    (callbacks.SettingsChoice, settings.settings_button),
    (callbacks.PauseChoice, settings.pause_button),
    (callbacks.QuietChoice, settings.quiet_button),
    (callbacks.LanguageChoice, settings.language_button),
    (callbacks.UnpairAnswer, pairing.unpair_button),
    (callbacks.DeleteAnswer, privacy.delete_button),
    (callbacks.ActPress, acts.act_button),
    (callbacks.ShareActs, acts.share_button),
    (callbacks.PromiseWhen, promises.quick_when),
    (callbacks.PromiseDraft, promises.draft_button),
    (callbacks.PromiseCheck, promise_answers.check_button),
    (callbacks.PromiseConfirm, promise_answers.confirm_button),
    (callbacks.PromiseManage, promises.manage_button),
    (callbacks.SlotMenu, checkin.slot_button),
    (callbacks.SlotChoice, checkin.slot_choice_button),
    (callbacks.CheckinPress, checkin.checkin_button),
    (callbacks.CheckinAnswer, checkin.answer_button),
    (callbacks.CheckinPrivacy, checkin.private_button),
    (callbacks.SuggestionPress, insights.suggestion_button),
    (callbacks.QuestionSetup, questions.setup_button),
    (callbacks.QuestionPress, questions.press_button),
    (callbacks.QuestionPage, questions.page_button),
    (callbacks.SafetyDelete, safety.delete_button),
    (callbacks.SafetyCheck, safety.check_button),
    (callbacks.SafetyQuestion, safety.question_button),
]


def command_list(lang: str) -> list[BotCommand]:
    """The menu registered with setMyCommands (only commands a person would type)."""
    return [
        BotCommand(name, label(lang, f"commands-{name}")) for name, _ in COMMANDS if name != "start"
    ]


def register(application: Application) -> None:
    # Before everything else (the preload wait is group -1): cleaned input for every handler.
    application.add_handler(TypeHandler(Update, common.clean_input), group=-2)
    # An edited message is only screened again (first: commands would take edits too).
    application.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE, safety.on_edit)
    )
    for name, callback in COMMANDS:
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE))
    for kind, callback in BUTTONS:
        application.add_handler(
            CallbackQueryHandler(common.decoded(kind, callback), pattern=kind.matches)
        )
    application.add_handler(MessageHandler(PRIVATE & filters.LOCATION, setup.location))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND, common.unknown_command))
    application.add_handler(MessageHandler(PRIVATE & filters.TEXT, text.on_text))
    application.add_handler(MessageHandler(PRIVATE & filters.CAPTION, safety.on_caption))
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
