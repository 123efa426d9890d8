"""The /insights trend chart, drawn server-side with matplotlib's Agg backend (no display),
its words in the reader's language.

Drawing takes a good part of a second, much of it in C calls that hold the interpreter lock: in
a thread of the bot's process it still held the event loop for up to a second (the first chart)
and 40-80 ms after that. ``draw`` therefore renders in a separate process of its own, started
on the first chart and reused after (the words are put in here, so it needs no catalogue)."""

from __future__ import annotations

import asyncio
import io
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from bot.views import formatting
from bot.views.catalogue import label

if TYPE_CHECKING:
    from bot.services.insights import TrendWeek


_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _drawer() -> ProcessPoolExecutor:
    """The chart process, started here if need be (in a worker thread: starting a process
    takes tens of milliseconds)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # "spawn": a clean interpreter, never a fork of a process with threads running.
            _pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            _pool.submit(int)  # the process starts now, in this thread
        return _pool


def start() -> None:
    """Start the chart process and have it load matplotlib, at start-up (in a thread): starting
    a process forks this one, which holds the interpreter for a moment - better before anyone is
    served than in the middle of a conversation."""
    _drawer().submit(_render, [], [], dict.fromkeys(_WORD_KEYS, "x"), 13.5, "x")


async def draw(
    lang: str, weeks: Sequence[TrendWeek], *, low_line: float = 13.5, title: str = ""
) -> bytes:
    """``trend_png`` in the chart process, without holding the event loop."""
    global _pool
    words = _words(lang, low_line)
    labels = [formatting.short_date(lang, w.start) for w in weeks]
    loop = asyncio.get_running_loop()
    job = (_render, list(weeks), labels, words, low_line, title)
    try:
        return await loop.run_in_executor(await asyncio.to_thread(_drawer), *job)
    except BrokenProcessPool:  # the chart process died (killed, out of memory): a new one
        with _pool_lock:
            _pool = None
        return await loop.run_in_executor(await asyncio.to_thread(_drawer), *job)


_WORD_KEYS = ("acts", "acts_axis", "pulse", "kept", "distress", "pulse_axis", "title")


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
    return _render(list(weeks), labels, _words(lang, low_line), low_line, title)


def _render(
    weeks: list[TrendWeek], labels: list[str], words: dict[str, str], low_line: float, title: str
) -> bytes:
    # Heavy: loaded on first use only. The Figure API, not pyplot: no global state.
    from matplotlib.figure import Figure

    x = list(range(len(weeks)))
    fig = Figure(figsize=(8, 4.6), dpi=110)
    pulse_axis = fig.subplots()
    acts_axis = pulse_axis.twinx()
    acts_axis.bar(
        x,
        [w.acts_done for w in weeks],
        color="#f4c7a1",
        alpha=0.55,
        label=words["acts"],
        zorder=1,
    )
    acts_axis.set_ylim(0, max(7, max((w.acts_done for w in weeks), default=0) + 1))
    acts_axis.set_ylabel(words["acts_axis"])
    pulse_axis.set_zorder(acts_axis.get_zorder() + 1)
    pulse_axis.patch.set_visible(False)
    pulse_points = [(i, w.pulse) for i, w in zip(x, weeks, strict=True) if w.pulse is not None]
    if pulse_points:
        pulse_axis.plot(
            *zip(*pulse_points, strict=True),
            marker="o",
            color="#c2185b",
            linewidth=2.2,
            label=words["pulse"],
        )
    kept_points = [
        (i, w.kept_rate * 21) for i, w in zip(x, weeks, strict=True) if w.kept_rate is not None
    ]
    if kept_points:
        pulse_axis.plot(
            *zip(*kept_points, strict=True),
            marker="s",
            linestyle="--",
            color="#00897b",
            label=words["kept"],
        )
    pulse_axis.axhline(
        low_line,
        color="#9e9e9e",
        linestyle=":",
        linewidth=1,
        label=words["distress"],
    )
    pulse_axis.set_ylim(0, 21.5)
    pulse_axis.set_ylabel(words["pulse_axis"])
    pulse_axis.set_xticks(x, labels, rotation=0 if len(x) <= 8 else 45)
    pulse_axis.set_title(title or words["title"])
    handles, names = pulse_axis.get_legend_handles_labels()
    bar_handles, bar_names = acts_axis.get_legend_handles_labels()
    pulse_axis.legend(
        handles + bar_handles, names + bar_names, loc="lower left", fontsize=8, framealpha=0.85
    )
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
