"""The /insights trend chart, drawn server-side with matplotlib's Agg backend (no display),
its words in the reader's language."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.views import formatting
from bot.views.catalogue import label

if TYPE_CHECKING:
    from bot.services.insights import TrendWeek


def trend_png(
    lang: str, weeks: Sequence[TrendWeek], *, low_line: float = 13.5, title: str = ""
) -> bytes:
    # Heavy: loaded on first use only. The Figure API, not pyplot: no global state, so that two
    # charts drawn at once in worker threads (/insights renders off the event loop) are safe.
    from matplotlib.figure import Figure

    labels = [formatting.short_date(lang, w.start) for w in weeks]
    x = list(range(len(weeks)))
    fig = Figure(figsize=(8, 4.6), dpi=110)
    pulse_axis = fig.subplots()
    acts_axis = pulse_axis.twinx()
    acts_axis.bar(
        x,
        [w.acts_done for w in weeks],
        color="#f4c7a1",
        alpha=0.55,
        label=label(lang, "insights-chart_acts"),
        zorder=1,
    )
    acts_axis.set_ylim(0, max(7, max((w.acts_done for w in weeks), default=0) + 1))
    acts_axis.set_ylabel(label(lang, "insights-chart_acts_axis"))
    pulse_axis.set_zorder(acts_axis.get_zorder() + 1)
    pulse_axis.patch.set_visible(False)
    pulse_points = [(i, w.pulse) for i, w in zip(x, weeks, strict=True) if w.pulse is not None]
    if pulse_points:
        pulse_axis.plot(
            *zip(*pulse_points, strict=True),
            marker="o",
            color="#c2185b",
            linewidth=2.2,
            label=label(lang, "insights-chart_pulse"),
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
            label=label(lang, "insights-chart_kept"),
        )
    pulse_axis.axhline(
        low_line,
        color="#9e9e9e",
        linestyle=":",
        linewidth=1,
        label=label(lang, "insights-chart_distress", line=f"{low_line:g}"),
    )
    pulse_axis.set_ylim(0, 21.5)
    pulse_axis.set_ylabel(label(lang, "insights-chart_pulse_axis"))
    pulse_axis.set_xticks(x, labels, rotation=0 if len(x) <= 8 else 45)
    pulse_axis.set_title(title or label(lang, "insights-chart_default_title"))
    handles, names = pulse_axis.get_legend_handles_labels()
    bar_handles, bar_names = acts_axis.get_legend_handles_labels()
    pulse_axis.legend(
        handles + bar_handles, names + bar_names, loc="lower left", fontsize=8, framealpha=0.85
    )
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
