"""The /insights chart process holds matplotlib and nothing else of the bot."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from tests.ops.conftest import ROOT


def test_drawing_a_chart_needs_none_of_the_bots_heavy_modules():
    probe = (
        "import sys; from bot.views import chart_drawing as c; c.warm(); "
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "matplotlib" in loaded  # warmed: the first real chart does not wait for it
    heavy = {"sqlalchemy", "sqlmodel", "telegram", "babel", "fluent", "pydantic", "yaml"}
    assert loaded & heavy == set()


async def test_the_chart_process_stops_when_idle_and_the_next_chart_still_comes(monkeypatch):
    """About 85 MB back while nobody looks at a chart; the next /insights chart starts it again."""
    from datetime import date, timedelta

    from bot.services.insights import TrendWeek
    from bot.views import charts

    monkeypatch.setattr(charts, "IDLE_SECONDS", 0.5)
    weeks = [TrendWeek(date(2026, 11, 2) + timedelta(weeks=i), 12 + i, 0.5, i) for i in range(4)]
    try:
        first = await charts.draw("de", weeks)
        assert first.startswith(b"\x89PNG")
        for _ in range(200):  # the idle timer is a real one: the process is a real process
            if not charts.running():
                break
            await asyncio.sleep(0.05)
        assert not charts.running(), "the chart process was still up after its idle time"
        again = await charts.draw("de", weeks)
        assert again.startswith(b"\x89PNG")
    finally:
        charts.stop()
