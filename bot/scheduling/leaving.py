"""The two moments of a send that decide what a crash leaves behind, as the HTTP layer sees them:
when the request's first bytes are about to be written, and when Telegram's status line has
been read.

The dispatcher marks a row ``sending`` (a crash then leaves it ``unknown``, never resent) and
writes its answer down (a crash then settles it by that answer). Marked any earlier than the
first bytes - before the wait for a connection, the TCP connect, the event loop's turns in
between - a crash could leave ``unknown`` a row whose request never left; written down any
later than the status line - after the body, python-telegram-bot's parsing, the connection's
release - a crash could leave ``unknown`` a row Telegram had answered. So the bot's HTTP client
(``traced_request``) carries an httpx request hook that gives each request of a send an httpcore
``trace`` extension; the trace calls the send's ``Watch`` (found through a context variable the
dispatcher sets in the send's own task):

* ``http11.send_request_headers.started``: ``Watch.leave`` (once per send; if it refuses -
  the row is no longer this dispatcher's - it raises ``NotLeaving`` and no byte is written);
* ``http11.receive_response_headers.complete``: ``Watch.answer`` with the HTTP status.

A send whose HTTP layer has no such hook (the tests' fake requests, any other sender) is marked
by the dispatcher right before the sender is called, as before.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

import httpx
from telegram.request import HTTPXRequest

__all__ = ["NotLeaving", "Watch", "current", "is_traced", "traced_request", "watching"]


class NotLeaving(Exception):
    """Raised from the trace to stop a request before its first byte: not ours to send."""


class Watch:
    """One send's moments: ``leave`` awaits ``on_leave`` (True: go ahead) the first time the
    request starts to go out; ``answer`` awaits ``on_answer(status)`` the first time a status
    line comes back (the body is read after it)."""

    def __init__(
        self,
        on_leave: Callable[[], Awaitable[bool]],
        on_answer: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        self.on_leave = on_leave
        self.on_answer = on_answer
        self.left: bool | None = None  # None: not yet; False: refused (or marking failed)
        self.error: BaseException | None = None
        self.status: int | None = None

    async def leave(self) -> None:
        if self.left is None:
            try:
                self.left = bool(await self.on_leave())
            except Exception as exc:
                self.left, self.error = False, exc
        if not self.left:
            raise NotLeaving("not marked as leaving: not sent")

    async def answer(self, status: int) -> None:
        if self.status is not None:
            return
        self.status = status
        if self.on_answer is not None:
            await self.on_answer(status)


_WATCH: ContextVar[Watch | None] = ContextVar("rekindle_send_watch", default=None)


def watching(watch: Watch | None) -> None:
    """Set (or clear) the current task's watch: the requests it makes from here on report to it."""
    _WATCH.set(watch)


async def _trace(name: str, info: dict[str, Any]) -> None:
    watch = _WATCH.get()
    if watch is None:
        return
    if name.endswith("send_request_headers.started"):
        await watch.leave()
    elif name.endswith("receive_response_headers.complete"):
        value = info.get("return_value")
        if isinstance(value, tuple) and len(value) > 1 and isinstance(value[1], int):
            await watch.answer(value[1])


async def _hook(request: httpx.Request) -> None:
    if _WATCH.get() is not None:
        request.extensions["trace"] = _trace


def traced_request(**kwargs: Any) -> HTTPXRequest:
    """python-telegram-bot's HTTP layer (its defaults for the bot's requests: a pool of 256),
    reporting each send's moments to its watch."""
    kwargs.setdefault("connection_pool_size", 256)
    request = HTTPXRequest(httpx_kwargs={"event_hooks": {"request": [_hook]}}, **kwargs)
    request._rekindle_traced = True  # type: ignore[attr-defined]
    return request


def is_traced(request: object) -> bool:
    return bool(getattr(request, "_rekindle_traced", False))


def current() -> Watch | None:
    """The current task's watch (a sender whose HTTP layer is not httpx reports to it)."""
    return _WATCH.get()
