"""The /insights trend chart, drawn server-side with matplotlib's Agg backend (no display)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TrendWeek:
    label: str  # "23 Nov"
    pulse: int | None  # 0-21
    kept_rate: float | None  # 0-1
    acts_done: int


def trend_png(weeks: Sequence[TrendWeek], *, low_line: float = 13.5, title: str = "") -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    labels = [w.label for w in weeks]
    x = list(range(len(weeks)))
    fig, pulse_axis = plt.subplots(figsize=(8, 4.6), dpi=110)
    try:
        acts_axis = pulse_axis.twinx()
        acts_axis.bar(
            x,
            [w.acts_done for w in weeks],
            color="#f4c7a1",
            alpha=0.55,
            label="Small acts done",
            zorder=1,
        )
        acts_axis.set_ylim(0, max(7, max((w.acts_done for w in weeks), default=0) + 1))
        acts_axis.set_ylabel("Small acts done (per week)")
        pulse_axis.set_zorder(acts_axis.get_zorder() + 1)
        pulse_axis.patch.set_visible(False)
        pulse_points = [(i, w.pulse) for i, w in zip(x, weeks, strict=True) if w.pulse is not None]
        if pulse_points:
            pulse_axis.plot(
                *zip(*pulse_points, strict=True),
                marker="o",
                color="#c2185b",
                linewidth=2.2,
                label="Your pulse (0-21)",
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
                label="Promises kept (scaled, 21 = all)",
            )
        pulse_axis.axhline(
            low_line,
            color="#9e9e9e",
            linestyle=":",
            linewidth=1,
            label=f"Distress line ({low_line:g})",
        )
        pulse_axis.set_ylim(0, 21.5)
        pulse_axis.set_ylabel("Pulse")
        pulse_axis.set_xticks(x, labels, rotation=0 if len(x) <= 8 else 45)
        pulse_axis.set_title(title or "Your weeks")
        handles, names = pulse_axis.get_legend_handles_labels()
        bar_handles, bar_names = acts_axis.get_legend_handles_labels()
        pulse_axis.legend(
            handles + bar_handles, names + bar_names, loc="lower left", fontsize=8, framealpha=0.85
        )
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
