"""``python -m bot screen``: JSON lines in, JSON lines out, same order, bad lines answered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_screen(stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "screen"],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_screen_round_trip_answers_every_line_in_order():
    lines = [
        {"text": "He hit me again last night and I have bruises"},
        {"text": "We cooked dinner together, it was lovely"},
        "not json at all",
        {"no_text": 1},
        {"text": "Je veux mourir, je n'en peux plus de vivre"},
        [1, 2],
        {"text": ""},
    ]
    stdin = b"".join(
        (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)).encode() + b"\n"
        for line in lines
    )
    stdin += b"\xff\xfe broken bytes\n"
    done = run_screen(stdin)
    assert done.returncode == 0, done.stderr.decode()
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == len(lines) + 1
    assert out[0]["level"] == "alert" and "violence" in out[0]["categories"]
    assert out[1] == {"level": "none", "categories": []}
    assert "error" in out[2] and "error" in out[3] and "error" in out[5]
    assert out[4]["level"] == "alert" and "suicidal" in out[4]["categories"]
    assert out[6] == {"level": "none", "categories": []}
    assert "error" in out[7]
    for answer in out:
        assert set(answer) in ({"level", "categories"}, {"error"})
    assert b"Traceback" not in done.stderr


def test_screen_without_the_model_warns_on_stderr_and_still_answers():
    done = run_screen(b'{"text": "she says she will kill me"}\n', SAFETY_ENGINE="rules")
    assert done.returncode == 0
    assert json.loads(done.stdout) == {"level": "alert", "categories": ["threats"]}
    assert b"phrase rules only" in done.stderr
