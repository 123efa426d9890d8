"""The /insights chart process holds matplotlib and nothing else of the bot."""

from __future__ import annotations

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
