"""Drawing the /insights chart: matplotlib's Agg backend (no display) from plain numbers and
words, so the chart process (bot/views/charts.py) imports this module and matplotlib and
nothing else of the bot (no database layer, no catalogue): its memory is matplotlib's."""

from __future__ import annotations

import contextlib
import io
import os

# One week of the chart: small acts done, the pulse (0-21 or None), promises kept (0-1 or None).
Week = tuple[int, float | None, float | None]

CHART_PROCESS_NICENESS = 10


def warm() -> None:
    """In the chart process, at its start: give way to the bot's own process for the CPU (a
    chart may wait a moment; a conversation should not), and load matplotlib and its fonts now
    rather than at the first chart."""
    with contextlib.suppress(OSError):  # not allowed here: draw at the same priority
        os.nice(CHART_PROCESS_NICENESS)
    # A failure here comes again with a real chart, where it is reported.
    with contextlib.suppress(Exception):
        words = dict.fromkeys(WORD_KEYS, "x")
        render([(1, 12.0, 0.5), (2, None, None)], ["a", "b"], words, 13.5, "")


WORD_KEYS = ("acts", "acts_axis", "pulse", "kept", "distress", "pulse_axis", "title")


def render(
    weeks: list[Week], labels: list[str], words: dict[str, str], low_line: float, title: str
) -> bytes:
    """The chart as PNG bytes. The Figure API, not pyplot: no global state."""
    from matplotlib.figure import Figure  # heavy: loaded on first use (or by ``warm``)

    x = list(range(len(weeks)))
    fig = Figure(figsize=(8, 4.6), dpi=110)
    pulse_axis = fig.subplots()
    acts_axis = pulse_axis.twinx()
    acts_axis.bar(
        x,
        [w[0] for w in weeks],
        color="#f4c7a1",
        alpha=0.55,
        label=words["acts"],
        zorder=1,
    )
    acts_axis.set_ylim(0, max(7, max((w[0] for w in weeks), default=0) + 1))
    acts_axis.set_ylabel(words["acts_axis"])
    pulse_axis.set_zorder(acts_axis.get_zorder() + 1)
    pulse_axis.patch.set_visible(False)
    pulse_points = [(i, w[1]) for i, w in zip(x, weeks, strict=True) if w[1] is not None]
    if pulse_points:
        pulse_axis.plot(
            *zip(*pulse_points, strict=True),
            marker="o",
            color="#c2185b",
            linewidth=2.2,
            label=words["pulse"],
        )
    kept_points = [(i, w[2] * 21) for i, w in zip(x, weeks, strict=True) if w[2] is not None]
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
