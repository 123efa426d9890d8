"""Sending one outbox row through the Bot API, and sorting Telegram's answer into an outcome."""

from __future__ import annotations

import warnings
from datetime import timedelta

import httpx
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBUserWarning

from bot.scheduling.delivery import Claimed, Sender, SendResult

# We call sendMessage through do_api_request on purpose (see telegram_sender); python-telegram-bot
# suggests Bot.send_message instead, which is the slow path for a bulk sender.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)

# httpx errors raised before the request reached Telegram: safe to send again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


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
    """Send one row as plain Bot API JSON.

    The dispatcher only needs the message id back, so this skips python-telegram-bot's object
    layer (keyboard objects going out, a full Message object coming back) which was most of the
    cost of a send; requests, errors and the rate limiter are the same."""

    async def send(row: Claimed) -> SendResult:
        kwargs: dict[str, object] = {
            "chat_id": row.user_id,
            "text": row.text,
            "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True},
        }
        if row.reply_markup is not None:
            kwargs["reply_markup"] = row.reply_markup
        try:
            result = await bot.do_api_request("sendMessage", api_kwargs=kwargs)
        except TelegramError as exc:
            return classify(exc)
        message_id = result.get("message_id") if isinstance(result, dict) else None
        return SendResult("sent", message_id=message_id)

    return send
