"""The /insights trend chart, drawn server-side (bot/views/chart_drawing.py), its words in the
reader's language.

Drawing takes a good part of a second, much of it in C calls that hold the interpreter lock: in
a thread of the bot's process it still held the event loop for up to a second (the first chart)
and 40-80 ms after that. ``draw`` therefore renders in a separate process of its own, started
at start-up and reused after (the words and dates are put in here, so it needs no catalogue:
only matplotlib). It stops after ``IDLE_SECONDS`` without a chart (about 85 MB back; charts are
drawn a few times a week per couple) and starts again for the next one, which then waits about
a second for matplotlib."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from bot.views import chart_drawing, formatting
from bot.views.catalogue import label

if TYPE_CHECKING:
    from bot.services.insights import TrendWeek


IDLE_SECONDS = 15 * 60

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_idle: threading.Timer | None = None


def _drawer() -> ProcessPoolExecutor:
    """The chart process, started here if need be (in a worker thread: starting a process
    takes tens of milliseconds)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # "spawn": a clean interpreter, never a fork of a process with threads running.
            _pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=chart_drawing.warm,
            )
            _pool.submit(int)  # the process starts now, in this thread
        _keep_alive()
        return _pool


def _keep_alive() -> None:
    """(Re)arm the idle timer (with ``_pool_lock`` held)."""
    global _idle
    if _idle is not None:
        _idle.cancel()
    _idle = threading.Timer(IDLE_SECONDS, stop)
    _idle.daemon = True
    _idle.start()


def stop() -> None:
    """Stop the chart process (idle, or the bot is stopping); the next chart starts a new one.
    A chart being drawn is finished first."""
    global _pool, _idle
    with _pool_lock:
        pool, _pool = _pool, None
        if _idle is not None:
            _idle.cancel()
            _idle = None
    if pool is not None:
        pool.shutdown(wait=False)


def running() -> bool:
    """Whether the chart process is up (for tests and the memory bench)."""
    return _pool is not None


def start() -> None:
    """Start the chart process at start-up, in a thread: starting a process holds the
    interpreter for a moment - better before anyone is served than in the middle of a
    conversation. The process then loads matplotlib and draws a first chart by itself
    (``chart_drawing.warm``), off this process and at a lower priority, so the first real
    chart neither waits for matplotlib nor holds the event loop."""
    _drawer()


async def draw(
    lang: str, weeks: Sequence[TrendWeek], *, low_line: float = 13.5, title: str = ""
) -> bytes:
    """``trend_png`` in the chart process, without holding the event loop."""
    global _pool
    words = _words(lang, low_line)
    labels = [formatting.short_date(lang, w.start) for w in weeks]
    loop = asyncio.get_running_loop()
    job = (chart_drawing.render, _points(weeks), labels, words, low_line, title)
    try:
        return await loop.run_in_executor(await asyncio.to_thread(_drawer), *job)
    except BrokenProcessPool:  # the chart process died (killed, out of memory): a new one
        with _pool_lock:
            _pool = None
        return await loop.run_in_executor(await asyncio.to_thread(_drawer), *job)


def _points(weeks: Sequence[TrendWeek]) -> list[chart_drawing.Week]:
    """Plain numbers for the chart process (which has no need of the insights module)."""
    return [(w.acts_done, w.pulse, w.kept_rate) for w in weeks]


def _words(lang: str, low_line: float) -> dict[str, str]:
    return {
        "acts": label(lang, "insights-chart_acts"),
        "acts_axis": label(lang, "insights-chart_acts_axis"),
        "pulse": label(lang, "insights-chart_pulse"),
        "kept": label(lang, "insights-chart_kept"),
        "distress": label(lang, "insights-chart_distress", line=f"{low_line:g}"),
        "pulse_axis": label(lang, "insights-chart_pulse_axis"),
        "title": label(lang, "insights-chart_default_title"),
    }


def trend_png(
    lang: str, weeks: Sequence[TrendWeek], *, low_line: float = 13.5, title: str = ""
) -> bytes:
    """The chart as PNG bytes, drawn here (blocking)."""
    labels = [formatting.short_date(lang, w.start) for w in weeks]
    return chart_drawing.render(_points(weeks), labels, _words(lang, low_line), low_line, title)
