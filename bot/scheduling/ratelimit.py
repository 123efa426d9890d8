"""One limit on messages a second for the whole process: the dispatcher's sends and every other
message the bot sends (replies, edits) count in the same rolling second.

Telegram counts a message when it arrives, which is somewhere between the moment its request
starts and the moment its answer comes back. So a send takes a slot when it starts and gives
it back one second after its answer came: whatever the network does, no rolling second at
Telegram can then see more than ``limit`` messages from this process. (Counting from the moment
the request leaves, as a plain rolling window does, lets two requests that left a second apart
arrive closer together when the first was slow to get there: a 429 on a loaded machine.) The
cost is the answer's time: with 100 ms answers, 30 slots give about 27 messages a second.

``WindowLimiter`` is python-telegram-bot's rate limiter over the same window, for everything
the bot sends outside the dispatcher; the dispatcher's own requests say they are counted
already (``rate_limit_args``) and go straight through.
"""

from __future__ import annotations

import asyncio
import math
import time as _time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import BaseRateLimiter

# rate_limit_args of a request the dispatcher has counted in the window already.
COUNTED = {"counted": True}
# Bot API methods that send (or change) a message: the ones Telegram's limit is about.
_MESSAGES = ("send", "edit", "copy", "forward")


class SendWindow:
    """At most ``per_second`` messages in any rolling second, of which at most ``share`` for a
    part of the process (``mine=True``: the dispatcher's)."""

    def __init__(self, per_second: float, share: float | None = None) -> None:
        self.limit = max(1, int(per_second))
        self.share = self.limit if not share else max(1, min(self.limit, int(share)))
        self.in_flight = [0, 0]  # [others, mine]
        self.recent: tuple[deque[float], deque[float]] = (deque(), deque())  # answered at

    def _forget(self, now: float) -> None:
        for answered in self.recent:
            while answered and now - answered[0] >= 1.0:
                answered.popleft()

    def room(self, mine: bool = True) -> int:
        self._forget(_time.monotonic())
        used = [self.in_flight[i] + len(self.recent[i]) for i in (0, 1)]
        room = self.limit - used[0] - used[1]
        return min(room, self.share - used[1]) if mine else room

    def wait(self) -> float:
        """Seconds until a slot may be free again (the oldest answer leaves the second; a
        short poll when every slot is a request still out)."""
        oldest = [r[0] for r in self.recent if r]
        if not oldest:
            return 0.01
        return max(0.001, min(oldest) + 1.0 - _time.monotonic())

    def start(self, mine: bool = True) -> None:
        self.in_flight[mine] += 1

    def done(self, mine: bool = True) -> None:
        """The request's answer came (or it failed): its slot frees a second from now."""
        self.in_flight[mine] -= 1
        self.recent[mine].append(_time.monotonic())

    def cancel(self, mine: bool = True) -> None:
        """A slot taken for a request that never left."""
        self.in_flight[mine] -= 1

    async def take(self, mine: bool = True) -> None:
        while self.room(mine) <= 0:  # noqa: ASYNC110 - the wait is known: no event to wait on
            await asyncio.sleep(self.wait())
        self.start(mine)


def concurrency_for(rate: float) -> int:
    """Requests in flight at once: enough for ``rate`` per second when an answer takes about
    100 ms (4 for Telegram's 30/s), few enough that a crash can leave only that many
    ``unknown``."""
    if rate <= 0:
        return 8
    return max(2, min(8, math.ceil(rate / 7.5)))


class WindowLimiter(BaseRateLimiter[dict[str, Any]]):
    """python-telegram-bot's rate limiter over a ``SendWindow``: a message waits for a slot;
    other calls (getUpdates, answering a button) and the dispatcher's counted sends go
    straight through. A 429 is not retried here (the caller decides)."""

    def __init__(self, window: SendWindow) -> None:
        self.window = window

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if (rate_limit_args or {}).get("counted") or not endpoint.startswith(_MESSAGES):
            return await callback(*args, **kwargs)
        await self.window.take(mine=False)
        try:
            return await callback(*args, **kwargs)
        finally:
            self.window.done(mine=False)


def window_for(telegram_rate: float, dispatch_rate: float) -> SendWindow | None:
    """The process's window: ``TELEGRAM_RATE_LIMIT`` for everything, of which the dispatcher
    takes at most ``DISPATCH_RATE``; just the dispatcher's rate when the first is 0; None when
    both are 0 (no limit: benchmarks)."""
    if telegram_rate > 0:
        return SendWindow(telegram_rate, dispatch_rate if dispatch_rate > 0 else None)
    if dispatch_rate > 0:
        return SendWindow(dispatch_rate)
    return None
