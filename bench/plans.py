"""The hot queries' plans on a lived-in SQLite database, and whether their work grows with it.

Two databases with the couples of ``bench/evening.py`` after 15 and after 30 weeks of use
(``bot.simulator.history``), analysed (``ANALYZE``, what ``PRAGMA optimize`` does when it
decides statistics are due). On each, the timer jobs run for two hours through the simulator
(acts fall due, a lost send is recovered, retention runs, the clock moves event to event) and
the whole check-in evening of some of the couples is fed to the bot; every distinct statement
is recorded.
Printed per statement: where it ran, SQLite's plan with statistics, and its work (thousands of
SQLite VM steps, run inside a transaction that is rolled back) at 15 and at 30 weeks. A query
whose work doubles with the history reads every past week each time, whatever the plan says;
``SCAN`` marks a plan that reads a whole table or index.

    python bench/plans.py [couples] [couples_whose_evening_is_recorded]
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import evening
import updates
from common import emit, machine

from bot.simulator.plans import Statement, full_scans, query_plan, recorded, tables
from bot.storage.migrate import upgrade

COUPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
SAMPLE = int(sys.argv[2]) if len(sys.argv) > 2 else 30  # couples whose evening is recorded


async def record(url: str) -> list[tuple[str, Statement]]:
    """The statements of two hours of timer jobs, then of some couples' evening."""
    from sqlalchemy import text

    from bot.clock import FakeClock
    from bot.simulator import Simulator
    from bot.simulator.harness import simulator_settings
    from bot.storage.db import Database

    db = Database(url)
    async with db.connection() as conn:  # a tenth of the people are due for their act
        await conn.execute(
            text("UPDATE users SET next_act_at = :at WHERE id % 10 = 0"),
            {"at": evening.EVENING - timedelta(hours=1)},
        )
    await db.dispose()
    found: list[tuple[str, Statement]] = []
    sim = Simulator(
        simulator_settings(url), FakeClock(evening.EVENING - timedelta(hours=2)), raise_errors=False
    )
    await sim.start()
    try:
        with recorded(sim.db.engine) as statements:
            await sim.advance(hours=2)
    finally:
        await sim.stop()
    found += [("jobs", s) for s in statements]
    ev = await evening.build(url)
    app = updates.rekindle_app(url, "sqlite")
    driven = await updates.Driven(app, ev.kinds).start()
    seen = {s.sql for _, s in found}
    try:
        with recorded(app.bot_data["rt"].db.engine) as statements:
            sample = set(sorted({u["from"]["id"] for u in map(_body, ev.updates)})[: 2 * SAMPLE])
            await driven.feed([u for u in ev.updates if _body(u)["from"]["id"] in sample])
    finally:
        await driven.stop()
    found += [("updates", s) for s in statements if s.sql not in seen]
    return found


def _body(update: dict) -> dict:
    return update.get("message") or update["callback_query"]


def work(path: Path, statement: Statement) -> int:
    """SQLite VM steps to run ``statement`` (rolled back), to the nearest hundred."""
    conn = sqlite3.connect(path, isolation_level=None)
    steps = [0]

    def tick() -> int:
        steps[0] += 100
        return 0

    try:
        conn.set_progress_handler(tick, 100)
        conn.execute("BEGIN")
        try:
            conn.execute(statement.sql, statement.parameters).fetchall()
        except sqlite3.Error:
            return -1  # e.g. a unique key the first run already wrote
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    return steps[0]


def lived_in(folder: Path, weeks: int) -> tuple[Path, str]:
    path = folder / f"weeks{weeks}.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade(url)
    evening.WEEKS = weeks
    asyncio.run(evening.seed(url, COUPLES))
    return path, url


def main() -> None:
    print(f"# {machine()}", flush=True)
    folder = Path(tempfile.mkdtemp())
    try:
        shorter, _ = lived_in(folder, 15)
        path, url = lived_in(folder, 30)
        pristine = {p: folder / f"{p.stem}-pristine.db" for p in (shorter, path)}
        for p, copy in pristine.items():
            with closing(sqlite3.connect(p)) as conn, closing(sqlite3.connect(copy)) as target:
                conn.execute("ANALYZE")
                conn.commit()
                conn.backup(target)  # the copy to measure on, as it was before the jobs ran
        statements = asyncio.run(record(url))
        names = tables(path)
        flagged = 0
        for where, statement in statements:
            if not statement.is_query:
                continue
            plan = query_plan(pristine[path], statement)
            scans = full_scans(plan, names)
            flagged += bool(scans)
            steps = (work(pristine[shorter], statement), work(pristine[path], statement))
            print(
                f"{where:<8} {steps[0] / 1000:>7.1f}k {steps[1] / 1000:>7.1f}k"
                f"{'  SCAN' if scans else ''}  {' '.join(statement.sql.split())[:150]}\n"
                f"{'':<28}-> {' / '.join(plan)}"
            )
        emit("plans", "sqlite", statements=len(statements), full_scans=flagged)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
