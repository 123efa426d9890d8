"""How long the event loop was held while something ran: a ticker that measures its own lateness.

    async with LoopLag() as lag:
        await phone.send("München")
    print(lag.longest)  # seconds during which no other update, job or reply could run

A task wakes every ``interval`` seconds; when the loop is busy with synchronous work (a big file
parsed in a handler, a chart drawn, a library loaded) the wake-up comes late by that long. The
longest lateness is the longest time every other conversation had to wait. It is a measurement,
not a test: benchmarks print it (bench/looplag.py), and it fits any other operation the same
way (a chart render, an import).

``LoopLag(debug=True)`` also turns on asyncio's debug mode with ``slow_callback_duration`` set to
``threshold``, and collects its "Executing <...> took 0.3 seconds" reports in ``slow``: they name
the culprit, at the price of a slower loop while it is on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from types import TracebackType


class LoopLag:
    """An async context manager; ``longest`` and ``ticks`` are set while and after it runs."""

    def __init__(
        self, interval: float = 0.005, *, debug: bool = False, threshold: float = 0.05
    ) -> None:
        self.interval = interval
        self.debug = debug
        self.threshold = threshold
        self.longest = 0.0  # seconds
        self.ticks = 0
        self.slow: list[str] = []  # asyncio's slow-callback reports (debug=True only)
        self._due = 0.0
        self._task: asyncio.Task[None] | None = None
        self._handler: _SlowCallbacks | None = None
        self._was_debug = False
        self._was_threshold = 0.1

    async def __aenter__(self) -> LoopLag:
        loop = asyncio.get_running_loop()
        if self.debug:
            self._was_debug, self._was_threshold = loop.get_debug(), loop.slow_callback_duration
            loop.set_debug(True)
            loop.slow_callback_duration = self.threshold
            self._handler = _SlowCallbacks(self.slow)
            logging.getLogger("asyncio").addHandler(self._handler)
        self._due = time.perf_counter() + self.interval
        self._task = asyncio.create_task(self._tick(), name="loop-lag-probe")
        await asyncio.sleep(0)  # let the ticker start before the measured work does
        return self

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            self._note(time.perf_counter())
            self._due = time.perf_counter() + self.interval

    def _note(self, now: float) -> None:
        self.ticks += 1
        self.longest = max(self.longest, now - self._due)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Work that blocked right at the end never let the ticker run again: count it here.
        self._note(time.perf_counter())
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        if self._handler is not None:
            logging.getLogger("asyncio").removeHandler(self._handler)
            loop = asyncio.get_running_loop()
            loop.set_debug(self._was_debug)
            loop.slow_callback_duration = self._was_threshold

    @property
    def longest_ms(self) -> float:
        return self.longest * 1000


class _SlowCallbacks(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Executing"):
            self.into.append(message)
