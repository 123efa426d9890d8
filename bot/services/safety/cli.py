"""``python -m bot screen``: the safety screen for content developers and reviewers.

Reads one JSON object per line on stdin (``{"text": "…"}``) and prints one JSON object per line,
in the same order: ``{"level": "none" | "check" | "alert", "categories": [...]}``. A line that is
not such an object gets ``{"error": "…"}`` on its line; the others go on. This interface is kept
stable: scripts depend on it.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.services import safety


def _answer(line: str) -> dict:
    try:
        request = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"error": f"not JSON: {exc.msg}"}
    if not isinstance(request, dict) or not isinstance(request.get("text"), str):
        return {"error": 'expected an object with a "text" string'}
    result = safety.screen(request["text"])
    return {"level": result.level, "categories": list(result.categories)}


def main(stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    if stdin is None:
        # Bytes that are not UTF-8 become U+FFFD: that line is still answered, not a crash.
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
        stdin = sys.stdin
    if stdout is None:
        sys.stdout.reconfigure(encoding="utf-8")
        stdout = sys.stdout
    status = safety.warm()
    if not status.full:
        print(f"warning: {status}", file=sys.stderr)
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(json.dumps(_answer(line), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
