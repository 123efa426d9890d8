"""Shared pieces for the benchmarks: databases, a fast fake Telegram, seeding, measuring.

Benchmarks print figures; they assert nothing. Each seeds its own data into a throwaway
database: a SQLite file in a temporary folder, and a PostgreSQL database when
BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) points at a server.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from bot.simulator.telegram import InProcessBotApi  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # Monday 08:00 in Berlin


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def emit(bench: str, backend: str, **figures: Any) -> None:
    """One line per figure set: easy to read, easy to grep."""
    parts = " ".join(
        f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
    )
    print(f"{bench:<10} {backend:<9} {parts}", flush=True)


def postgres_base() -> str | None:
    return os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL") or None


@contextmanager
def database(backend: str, name: str) -> Iterator[str]:
    """A migrated, empty database URL for one benchmark run."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{folder}/{name}.db"
            upgrade(url)
            yield url
        return
    from bot.simulator.databases import throwaway_postgres

    with throwaway_postgres(postgres_base(), f"rekindle_bench_{name}_{os.getpid()}") as url:
        yield url


def backends() -> list[str]:
    return ["sqlite"] + (["postgres"] if postgres_base() else [])


async def seed_couples(
    url: str,
    couples: int,
    *,
    next_act_at: datetime | None,
    first_id: int = 1,
    act_time: dtime = dtime(8, 0),
    zone: str = "Europe/Berlin",
) -> list[int]:
    """``couples`` couples of two set-up people (ids from ``first_id``), with a weekly slot."""
    from sqlalchemy import insert, text

    from bot.storage.db import Database
    from bot.storage.models import Couple, User

    db = Database(url)
    ids: list[int] = []
    try:
        async with db.connection() as conn:
            start = (await conn.execute(text("SELECT coalesce(max(id), 0) FROM couples"))).scalar()
            couple_rows = [
                {
                    "id": start + 1 + i,
                    "created_at": NOW,
                    "long_distance": False,
                    "missed_weeks": 0,
                    "checkin_weekday": 6,
                    "checkin_time": dtime(19, 0),
                    "checkin_zone": zone,
                }
                for i in range(couples)
            ]
            for offset in range(0, len(couple_rows), 5000):
                await conn.execute(insert(Couple.__table__), couple_rows[offset : offset + 5000])
            user_rows = []
            for i in range(couples * 2):
                uid = first_id + i
                ids.append(uid)
                user_rows.append(
                    {
                        "id": uid,
                        "name": f"P{uid}",
                        "language": "en",
                        "timezone": zone,
                        "act_time": act_time,
                        "couple_id": start + 1 + i // 2,
                        "consented_at": NOW,
                        "setup_done_at": NOW,
                        "flow_data": {},
                        "budget_used": 0,
                        "created_at": NOW,
                        "updated_at": NOW,
                        "next_act_at": next_act_at,
                        "share_acts": None,
                    }
                )
            for offset in range(0, len(user_rows), 5000):
                await conn.execute(insert(User.__table__), user_rows[offset : offset + 5000])
    finally:
        await db.dispose()
    return ids


class InstantTelegram(InProcessBotApi):
    """A Bot API that answers at once and keeps only counts. With ``rate`` it enforces that many
    messages per second (over any rolling second) by answering 429 with retry_after, as
    Telegram does."""

    def __init__(self, rate: float = 0) -> None:
        self.rate = rate
        self.sent: Counter[tuple[int, str]] = Counter()
        self.calls: Counter[str] = Counter()
        self.refused = 0
        self._window: list[float] = []
        self._ids = 0

    async def call(
        self, name: str, params: dict[str, Any], files: dict[str, Any]
    ) -> tuple[int, bytes]:
        self.calls[name] += 1
        if name == "getMe":
            return 200, json.dumps(
                {
                    "ok": True,
                    "result": {
                        "id": 1,
                        "is_bot": True,
                        "first_name": "Rekindle",
                        "username": "RekindleBench",
                    },
                }
            ).encode()
        if name in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            if self.rate and name == "sendMessage":
                now = time.monotonic()
                self._window = [t for t in self._window if now - t < 1.0]
                if len(self._window) >= self.rate:
                    self.refused += 1
                    return 429, json.dumps(
                        {
                            "ok": False,
                            "error_code": 429,
                            "description": "Too Many Requests: retry after 1",
                            "parameters": {"retry_after": 1},
                        }
                    ).encode()
                self._window.append(now)
            self._ids += 1
            chat = int(params.get("chat_id", 0))
            text = str(params.get("text") or params.get("caption") or "")
            if name == "sendMessage":
                self.sent[(chat, text[:60])] += 1
            return 200, json.dumps(
                {
                    "ok": True,
                    "result": {
                        "message_id": self._ids,
                        "date": 0,
                        "chat": {"id": chat, "type": "private"},
                        "text": text,
                    },
                }
            ).encode()
        return 200, b'{"ok": true, "result": true}'


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = 900) -> str:
    """Run this benchmark's child mode in a fresh interpreter (for startup time and memory)."""
    result = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"child failed: {result.stderr[-2000:]}")
    return result.stdout
