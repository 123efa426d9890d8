"""Where Rekindle's time goes on the check-in evening: a py-spy profile, split by package.

Runs ``bench/updates.py --only rekindle`` and, once the updates start flowing, samples it with
py-spy (``pip install py-spy``; it reads the process from outside, so it hardly slows it) until
the run ends. Printed: how much of the event loop's thread was idle (waiting, mostly for
aiosqlite's worker thread), how much the worker threads were busy, the loop thread's busy time
split by the package of the innermost frame (its own time), and the share of busy time spent
with a few frames of interest on the stack (inclusive).

    python bench/cpu.py [couples] [--keep profile.txt]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Innermost frames that mean the loop thread is waiting, not working.
IDLE = re.compile(r"^(select|poll|epoll|EpollSelector\.select|_run_once) \((selectors|asyncio)")
FRAME = re.compile(r"^(?P<func>.+) \((?P<file>[^:()]+)(?::\d+)?\)$")
PACKAGES = {
    "telegram": "python-telegram-bot",
    "sqlalchemy": "SQLAlchemy",
    "sqlmodel": "SQLModel",
    "aiosqlite": "aiosqlite",
    "asyncio": "asyncio",
    "json": "json",
    "bot": "Rekindle",
    "dateparser": "dateparser",
    "regex": "dateparser",
    "babel": "Babel",
    "zoneinfo": "zoneinfo",
    "common.py": "bench driver and fake Bot API",
    "updates.py": "bench driver and fake Bot API",
    "floor.py": "bench driver and fake Bot API",
    "evening.py": "bench driver and fake Bot API",
}
# (label, frames that must all be on the stack: a function name or a file) for the inclusive
# shares. SQLAlchemy runs its work in greenlets, whose stacks do not show who called them: the
# shares under Rekindle's own functions count only the time outside the database layer.
UNDER: list[tuple[str, tuple[str, ...]]] = [
    ("SQLAlchemy (any of its frames on the stack)", ("sqlalchemy/",)),
    ("  of which the ORM's flush (unit of work)", ("sqlalchemy/", "Session._flush")),
    ("  of which loading rows into ORM objects", ("sqlalchemy/", "loading.py")),
    ("  of which queueing hand-offs in aiosqlite", ("sqlalchemy/", "aiosqlite/")),
    ("Bot API calls (answer, edit, send)", ("telegram/_bot.py",)),
    ("  of which parsing their replies into objects", ("telegram/_bot.py", "Message.de_json")),
    ("building inline keyboards", ("InlineKeyboard",)),
    ("updates from JSON (Update.de_json, the driver)", ("Update.de_json",)),
    ("safety screen", ("safety.py",)),
    ("date parsing (promises)", ("dateparser",)),
    ("insight checks (outside the database layer)", ("bot/services/insights.py",)),
    ("templates (content.t)", ("bot/content.py",)),
    ("acts.choose", ("choose",)),
]


def package(file: str) -> str:
    parts = file.replace("\\", "/").split("/")
    for part in parts:
        if part in PACKAGES:
            return PACKAGES[part]
        if part.endswith(".py") and part in PACKAGES:
            return PACKAGES[part]
    if parts[-1] in PACKAGES:
        return PACKAGES[parts[-1]]
    if file.startswith("<frozen") or "/" not in file or parts[0] in ("python3.11", "lib"):
        return "Python standard library"
    return parts[0]


def _waiting(leaf: str) -> bool:
    """Whether a worker thread's innermost frame is it waiting for work (``queue.get()``)."""
    m = FRAME.match(leaf)
    line = leaf.rpartition(":")[2].rstrip(")")
    if m is None or not line.isdigit():
        return False
    source = _source(m.group("file"))
    return 0 < int(line) <= len(source) and ".get(" in source[int(line) - 1]


def _source(short: str) -> list[str]:
    """The lines of a file py-spy names by its path inside site-packages (or the stdlib)."""
    if short not in _SOURCES:
        for base in sys.path:
            candidate = Path(base) / short
            if candidate.is_file():
                _SOURCES[short] = candidate.read_text().splitlines()
                break
        else:
            _SOURCES[short] = []
    return _SOURCES[short]


_SOURCES: dict[str, list[str]] = {}


def split(profile: Path) -> None:
    busy: Counter[str] = Counter()
    under: Counter[str] = Counter()
    threads: Counter[str] = Counter()
    idle = loop_total = 0
    for line in profile.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        thread, *frames = stack.split(";")
        main = "MainThread" in thread
        if not main:
            threads["idle" if not frames or _waiting(frames[-1]) else "busy"] += n
            continue
        loop_total += n
        leaf = frames[-1] if frames else ""
        if IDLE.match(leaf) or not frames:
            idle += n
            continue
        m = FRAME.match(leaf)
        busy[package(m.group("file")) if m else leaf] += n
        for label, needles in UNDER:
            if all(any(needle in f for f in frames) for needle in needles):
                under[label] += n
    total_busy = sum(busy.values())
    print(f"event loop thread: {loop_total} samples, idle {idle / max(loop_total, 1):.0%}")
    if threads:
        share = threads["busy"] / max(loop_total, 1)
        print(f"other threads (aiosqlite's workers, SQLite itself): busy {share:.0%} of that time")
    print("loop thread's busy time by package (own time of the innermost frame):")
    for name, n in busy.most_common(12):
        print(f"  {name:<34}{n / total_busy:>6.1%}")
    print("share of busy time under (inclusive):")
    for label, _ in UNDER:
        print(f"  {label:<46}{under[label] / total_busy:>6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("couples", nargs="?", default="300")
    parser.add_argument("--keep", help="keep py-spy's raw profile here")
    parser.add_argument("--read", help="only split an existing raw profile")
    args = parser.parse_args()
    if args.read:
        split(Path(args.read))
        return
    py_spy = Path(sys.executable).with_name("py-spy")
    out = Path(args.keep or tempfile.mktemp(suffix=".txt"))
    bench = subprocess.Popen(
        [sys.executable, "-u", str(HERE / "updates.py"), "--only", "rekindle", args.couples],
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE,
    )
    spy = None
    assert bench.stdout is not None
    for line in bench.stdout:
        print(line, end="", flush=True)
        if line.startswith("# feeding") and spy is None:
            command = ["record", "--pid", str(bench.pid), "--idle", "--threads", "--rate", "200"]
            spy = subprocess.Popen(
                [str(py_spy), *command, "--format", "raw", "--output", str(out)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
    bench.wait()
    if spy is None:
        sys.exit("the benchmark never started feeding")
    spy.wait()
    split(out)
    if not args.keep:
        os.unlink(out)


if __name__ == "__main__":
    main()
