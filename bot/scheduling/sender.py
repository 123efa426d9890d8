"""Sending one outbox row through the Bot API, and sorting Telegram's answer into an outcome."""

from __future__ import annotations

import warnings
from datetime import timedelta

import httpx
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBUserWarning

from bot.scheduling.delivery import Claimed, Sender, SendResult
from bot.scheduling.leaving import NotLeaving, is_traced
from bot.scheduling.ratelimit import COUNTED

# We call sendMessage through do_api_request on purpose (see telegram_sender); python-telegram-bot
# suggests Bot.send_message instead, which is the slow path for a bulk sender.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)

# httpx errors raised before the request reached Telegram: safe to send again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def answered_with_status(exc: TelegramError) -> bool:
    """Whether Telegram (or a proxy in front of it) answered with an HTTP error status.

    python-telegram-bot raises those with no cause when the body is Telegram's JSON, and chained
    to the JSON parse error when it is not (a proxy's HTML 502 page); errors of the HTTP layer
    itself (a read timeout, a dropped connection) are chained to the httpx exception."""
    if isinstance(exc, TimedOut):
        return False
    cause = exc.__cause__
    return cause is None or isinstance(cause, TelegramError)


def request_never_left(exc: TelegramError) -> bool:
    """Whether Telegram cannot have received the request (so sending again is safe)."""
    if isinstance(exc.__cause__, (*_NOT_SENT, NotLeaving)):
        return True
    return "Pool timeout" in str(exc)


def classify(exc: TelegramError) -> SendResult:
    """Telegram's answer as an outcome. Any HTTP status answer means the message was not
    delivered, so it is retried (429 after the delay asked for; 403 and "chat not found" mean
    the person blocked the bot); only a request that left and was never answered is
    ``unknown``."""
    error = f"{type(exc).__name__}: {exc}"[:300]
    if isinstance(exc, RetryAfter):
        retry = exc.retry_after
        seconds = retry.total_seconds() if isinstance(retry, timedelta) else float(retry)
        return SendResult("rate_limited", retry_after=seconds, error=error)
    if isinstance(exc, Forbidden):
        return SendResult("blocked", error=error)
    if isinstance(exc, BadRequest) and "chat not found" in str(exc).lower():
        return SendResult("blocked", error=error)
    if request_never_left(exc) or answered_with_status(exc):
        return SendResult("retry", error=error)
    if isinstance(exc, NetworkError):  # includes TimedOut: it left, and no answer came
        return SendResult("unknown", error=error)
    return SendResult("failed", error=error)


def telegram_sender(bot: Bot) -> Sender:
    """Send one row as plain Bot API JSON.

    The dispatcher only needs the message id back, so this skips python-telegram-bot's object
    layer (keyboard objects going out, a full Message object coming back) which was most of the
    cost of a send; requests and errors are the same. The dispatcher has counted the message in
    the process's rolling second already, so the bot's rate limiter lets it through. With the
    bot's own HTTP layer (``leaving.traced_request``) the dispatcher marks the row ``sending``
    when the request's first bytes leave (``marks_when_leaving``)."""
    limited = {"rate_limit_args": COUNTED} if getattr(bot, "rate_limiter", None) else {}

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
            result = await bot.do_api_request("sendMessage", api_kwargs=kwargs, **limited)
        except TelegramError as exc:
            return classify(exc)
        message_id = result.get("message_id") if isinstance(result, dict) else None
        return SendResult("sent", message_id=message_id)

    send.marks_when_leaving = is_traced(bot.request)  # type: ignore[attr-defined]
    return send
