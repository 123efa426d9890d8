"""Pieces every handler uses, and the handlers that belong to no single feature.

A handler decodes the update, does its database work in one short transaction that produces
replies (views render them: ``bot/views``), then sends them with ``respond`` after the commit:
no transaction is ever held open while waiting for Telegram.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import (
    CallbackQuery,
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ExtBot

from bot.callbacks import CallbackData
from bot.content import DEFAULT_LANGUAGE
from bot.runtime import BotContext
from bot.services import users
from bot.services.checkins import weeks
from bot.storage.models import User
from bot.views import common as common_views
from bot.views import length
from bot.views.base import Keyboard, Rendered, say

log = logging.getLogger(__name__)


@dataclass
class Reply:
    """A rendered message and how to deliver it."""

    view: Rendered
    # Replace the message whose button was pressed instead of sending a new one.
    edit: bool = False
    # Send a file (name, bytes) or a picture (PNG bytes) with the text as its caption.
    document: tuple[str, bytes] | None = None
    photo: bytes | None = None


Replies = Sequence[Rendered | Reply] | Rendered | Reply | None


def edited(view: Rendered) -> Reply:
    """``view`` in place of the message whose button was pressed."""
    return Reply(view, edit=True)


def amended(update: Update, addition: str = "") -> Reply:
    """The pressed message again, with ``addition`` below it and its buttons gone: how an
    answered question is shown."""
    message = update.callback_query.message if update.callback_query else None
    original = message.text_html if message is not None and message.text else ""
    return edited(Rendered(f"{original}\n\n{addition}" if addition else original))


def inline_markup(buttons: Keyboard | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.text, url=b.url)
                if b.url is not None
                else InlineKeyboardButton(b.text, callback_data=b.data.encode())
                for b in row
            ]
            for row in buttons
        ]
    )


def _markup(view: Rendered) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove:
    if view.location_button is not None:
        return ReplyKeyboardMarkup(
            [[KeyboardButton(view.location_button, request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
    if view.remove_keyboard:
        return ReplyKeyboardRemove()
    return inline_markup(view.buttons)


# Set while ``respond`` sends: nobody reads what Telegram answers to those sends and edits.
_ANSWER_UNREAD: ContextVar[bool] = ContextVar("answer_unread", default=False)


class RekindleBot(ExtBot):
    """The Application's bot: inside ``respond`` it returns True for Telegram's answer to a send
    or an edit instead of building a ``Message`` from it, which python-telegram-bot otherwise
    does for every reply (about a tenth of the CPU an update takes). Everywhere else (the
    dispatcher reads the message's id) it is the ordinary ``ExtBot``."""

    __slots__ = ()

    async def _post(self, endpoint: str, data: Any = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        return True if _ANSWER_UNREAD.get() and isinstance(result, dict) else result


def unread_answers(application: Application) -> None:
    """Make the application's bot a ``RekindleBot`` (same object, same state: the subclass adds
    no fields, and ApplicationBuilder has no option for the bot's class)."""
    if type(application.bot) is ExtBot:
        application.bot.__class__ = RekindleBot


async def respond(
    update: Update,
    replies: Replies,
    toast: str | None = None,
    *,
    clear_buttons: bool = False,
) -> None:
    """Send replies to the chat the update came from.

    For a button press: answer it (with ``toast``) and, with ``clear_buttons``, take the buttons
    off the pressed message so it cannot be pressed twice.
    """
    unread = _ANSWER_UNREAD.set(True)
    try:
        await _respond(update, replies, toast, clear_buttons=clear_buttons)
    finally:
        _ANSWER_UNREAD.reset(unread)


async def _respond(
    update: Update, replies: Replies, toast: str | None, *, clear_buttons: bool
) -> None:
    if isinstance(replies, Rendered | Reply):
        replies = [replies]
    found = [r if isinstance(r, Reply) else Reply(r) for r in replies or []]
    query = update.callback_query
    if query is not None:
        with contextlib.suppress(BadRequest):  # too old to answer; the replies still matter
            await query.answer(toast)
        if clear_buttons and query.message is not None and not any(r.edit for r in found):
            with contextlib.suppress(BadRequest):
                await query.edit_message_reply_markup(None)
    chat = update.effective_chat
    if chat is None:
        return
    for reply in found:
        await _deliver(chat, query, reply)


async def _deliver(chat: Chat, query: CallbackQuery | None, reply: Reply) -> None:
    """One reply, through the length guard (``views/length``): a text too long for one message
    is split into several at line breaks (the buttons go with the last), a caption is cut."""
    text = reply.view.text
    if reply.document is not None or reply.photo is not None:
        caption = length.cut(text, length.CAPTION_LIMIT)
        if reply.document is not None:
            name, data = reply.document
            await chat.send_document(InputFile(data, filename=name), caption=caption)
        else:
            await chat.send_photo(InputFile(reply.photo, filename="chart.png"), caption=caption)
        return
    parts = length.pieces(text)
    if reply.edit and query is not None and query.message is not None:
        # The start in place of the pressed message (with the buttons if it is all), the rest
        # below it.
        markup = inline_markup(reply.view.buttons) if len(parts) == 1 else None
        try:
            await query.edit_message_text(parts[0], reply_markup=markup)
            parts = parts[1:]
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                parts = parts[1:]
            # Otherwise too old to edit (or deleted): send it as new messages.
        if not parts:
            return
    for part in parts[:-1]:
        await chat.send_message(part)
    await chat.send_message(parts[-1], reply_markup=_markup(reply.view))


# -- the boundary: what comes in is cleaned before any handler reads it ---------------------------

_SURROGATE_OR_NUL = re.compile("[\ud800-\udfff\x00]")
# Direction overrides, embeddings and isolates: inside a message to the partner they would turn
# the bot's own words around them backwards ("…(today 18:00)" read right to left).
_DIRECTION_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """A text with lone UTF-16 surrogates (which no later send to anyone could encode) and NUL
    (which PostgreSQL refuses) replaced by U+FFFD, and direction controls by a zero-width space:
    one code unit for one, so entity offsets stay right."""
    return _DIRECTION_CONTROL.sub("\u200b", _SURROGATE_OR_NUL.sub("\ufffd", text))


def clean_name(name: str | None) -> str | None:
    return _DIRECTION_CONTROL.sub("", _SURROGATE_OR_NUL.sub("", name)) if name else name


def _clean(obj: Any, fields: tuple[str, ...], clean: Callable[[Any], Any]) -> None:
    if obj is None:
        return
    with obj._unfrozen():
        for field in fields:
            value = getattr(obj, field, None)
            if isinstance(value, str) and (
                _SURROGATE_OR_NUL.search(value) or _DIRECTION_CONTROL.search(value)
            ):
                setattr(obj, field, clean(value))


async def clean_input(update: Update, context: BotContext) -> None:
    """Runs before every handler: the texts, button data and names of an update, cleaned of
    what would break a send or a database write later (forged or broken clients send them)."""
    messages = [update.message, update.edited_message, update.channel_post]
    if update.callback_query is not None:
        _clean(update.callback_query, ("data",), clean_text)
        _clean(update.callback_query.from_user, _NAMES, clean_name)
    for message in messages:
        if message is None:
            continue
        _clean(message, ("text", "caption"), clean_text)
        _clean(message.from_user, _NAMES, clean_name)
        _clean(message.chat, ("first_name", "last_name", "username", "title"), clean_name)
    if update.my_chat_member is not None:
        _clean(update.my_chat_member.from_user, _NAMES, clean_name)


_NAMES = ("first_name", "last_name", "username")


async def load_user(session: AsyncSession, update: Update, context: BotContext) -> User | None:
    """The person behind the update, or None before consent. Clears a stale 'blocked' flag:
    someone who writes to the bot has evidently not blocked it."""
    tg_user = update.effective_user
    if tg_user is None:
        return None
    return _seen(await users.get(session, tg_user.id), context)


async def load_user_and_checkin(
    session: AsyncSession, update: Update, context: BotContext, checkin_id: int
) -> User | None:
    """``load_user``, reading in the same query the check-in a button points at (issue 18: one
    read instead of two for the evening's most frequent presses)."""
    tg_user = update.effective_user
    if tg_user is None:
        return None
    return _seen(await weeks.with_checkin(session, tg_user.id, checkin_id), context)


def _seen(user: User | None, context: BotContext) -> User | None:
    if user is not None and user.blocked_at is not None:
        user.blocked_at = None
        users.touch(user, context.now())
    return user


def telegram_language(update: Update) -> str:
    """The language Telegram reports for the person (before they consented, all we know)."""
    code = update.effective_user.language_code if update.effective_user else None
    return (code or DEFAULT_LANGUAGE)[:2]


def lang_of(update: Update, user: User | None = None) -> str:
    """The reader's language: the one saved for them, else what Telegram reports."""
    return user.language if user is not None else telegram_language(update)


async def reader_language(update: Update, context: BotContext) -> str:
    """The language of the person behind an update, for handlers that need nothing else."""
    saved = None
    if update.effective_user is not None:
        async with context.db.reading() as conn:
            saved = await users.language_of(conn, update.effective_user.id)
    return saved or telegram_language(update)


async def help_command(update: Update, context: BotContext) -> None:
    await respond(update, common_views.help_message(await reader_language(update, context)))


async def unknown_command(update: Update, context: BotContext) -> None:
    text = update.effective_message.text or ""
    command = text.split()[0].split("@")[0] if text else "/"
    lang = await reader_language(update, context)
    await respond(update, common_views.unknown_command(lang, command))


async def non_text_message(update: Update, context: BotContext) -> None:
    await respond(update, say(await reader_language(update, context), "common-non_text"))


async def group_message(update: Update, context: BotContext) -> None:
    """A command in a group (one we were added to before we left groups, or a race): the same
    one line as on joining, and leave. Chatter in groups is ignored."""
    message = update.effective_message
    if message is not None and message.text and message.text.startswith("/"):
        await _leave_group(update, context)


async def _leave_group(update: Update, context: BotContext) -> None:
    """Say in one line that Rekindle works in private chats, and leave the group: answers
    written there would not be private."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    lang = await reader_language(update, context)
    with contextlib.suppress(TelegramError):  # no right to write there: leave all the same
        await chat.send_message(say(lang, "common-group_chat").text)
    with contextlib.suppress(TelegramError):
        await chat.leave()
    log.info("left a %s chat", chat.type)


async def stale_button(update: Update, context: BotContext) -> None:
    lang = await reader_language(update, context)
    await respond(update, None, toast=common_views.stale_button(lang))


async def reply_or_stale(
    update: Update,
    lang: str,
    replies: Replies | None,
    *,
    toast: str | None = None,
    clear: bool = False,
    clear_stale: bool = False,
) -> None:
    """Send ``replies``, or when there are none (None) answer the press as a stale button.
    ``clear`` takes the pressed message's buttons away after replies, ``clear_stale`` after a
    stale press."""
    if replies is None:
        await respond(
            update, None, toast=common_views.stale_button(lang), clear_buttons=clear_stale
        )
    else:
        await respond(update, replies, toast=toast, clear_buttons=clear)


ButtonCallback = Callable[[Update, BotContext, Any], Awaitable[None]]


def decoded(kind: type[CallbackData], callback: ButtonCallback) -> Callable[..., Awaitable[None]]:
    """A button handler that receives the decoded value of its kind; data that does not decode
    (forged, stale, out of range) gets the stale-button answer and never reaches ``callback``."""

    async def handle(update: Update, context: BotContext) -> None:
        query = update.callback_query
        value = kind.decode(query.data if query is not None else None)
        if value is None:
            await stale_button(update, context)
            return
        await callback(update, context, value)

    # Named after the callback it decodes for (logs, /metrics by handler).
    handle.__name__ = handle.__qualname__ = getattr(callback, "__name__", "button")
    handle.__module__ = getattr(callback, "__module__", handle.__module__)
    return handle


async def chat_member_changed(update: Update, context: BotContext) -> None:
    """Telegram tells us when someone blocks (kicked) or unblocks (member) the bot."""
    change = update.my_chat_member
    if change is None:
        return
    if change.chat.type != ChatType.PRIVATE:
        if change.new_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR):
            await _leave_group(update, context)  # added to a group or channel
        return
    status = change.new_chat_member.status
    blocked = status in (ChatMember.BANNED, ChatMember.LEFT)
    if status not in (ChatMember.BANNED, ChatMember.LEFT, ChatMember.MEMBER):
        return
    async with context.db.transaction() as session:
        if await users.set_blocked(session, change.chat.id, blocked, context.now()):
            log.info("user %s %s the bot", change.chat.id, "blocked" if blocked else "unblocked")


async def error_handler(update: object, context: BotContext) -> None:
    """Log every error; tell the person politely; remember a block."""
    error = context.error
    for listener in context.rt.error_listeners:
        listener(error)
    if not isinstance(update, Update):
        log.error("error outside an update: %r", error, exc_info=error)
        return
    user_id = update.effective_user.id if update.effective_user else None
    if isinstance(error, Forbidden) and user_id is not None:
        async with context.db.transaction() as session:
            await users.set_blocked(session, user_id, True, context.now())
        log.info("user %s has blocked the bot (%s)", user_id, error)
        return
    log.error("error while handling an update from user %s: %r", user_id, error, exc_info=error)
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        # What Telegram says the language is: the database may be what just failed.
        await chat.send_message(say(telegram_language(update), "common-error").text)
    except Exception as exc:  # never let the error handler raise
        log.warning("could not tell user %s about the error: %r", user_id, exc)
