"""Sending one outbox row through the Bot API, and sorting Telegram's answer into an outcome."""

from __future__ import annotations

from datetime import timedelta

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.scheduling.dispatcher import Claimed, Sender, SendResult

# httpx errors raised before the request reached Telegram: safe to send again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def inline_keyboard(buttons: list[list[dict[str, str]]] | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b["text"], url=b["url"])
                if "url" in b
                else InlineKeyboardButton(b["text"], callback_data=b["data"])
                for b in row
            ]
            for row in buttons
        ]
    )


def request_never_left(exc: TelegramError) -> bool:
    """Whether Telegram cannot have received the request (so sending again is safe)."""
    cause = exc.__cause__
    if isinstance(cause, _NOT_SENT):
        return True
    if "Pool timeout" in str(exc):
        return True
    # A NetworkError built from an HTTP 5xx answer has no cause: Telegram answered, and did not
    # deliver the message.
    return cause is None and not isinstance(exc, TimedOut)


def classify(exc: TelegramError) -> SendResult:
    error = f"{type(exc).__name__}: {exc}"[:300]
    if isinstance(exc, RetryAfter):
        retry = exc.retry_after
        seconds = retry.total_seconds() if isinstance(retry, timedelta) else float(retry)
        return SendResult("rate_limited", retry_after=seconds, error=error)
    if isinstance(exc, Forbidden):
        return SendResult("blocked", error=error)
    if isinstance(exc, BadRequest):
        if "chat not found" in str(exc).lower():
            return SendResult("blocked", error=error)
        return SendResult("failed", error=error)
    if isinstance(exc, NetworkError):  # includes TimedOut
        return SendResult("retry" if request_never_left(exc) else "unknown", error=error)
    return SendResult("failed", error=error)


def telegram_sender(bot: Bot) -> Sender:
    async def send(row: Claimed) -> SendResult:
        try:
            message = await bot.send_message(
                chat_id=row.user_id, text=row.text, reply_markup=inline_keyboard(row.buttons)
            )
        except TelegramError as exc:
            return classify(exc)
        return SendResult("sent", message_id=message.message_id)

    return send
