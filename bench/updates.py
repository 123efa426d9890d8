"""Update handling on a check-in evening, beside the floor of the framework, in one run.

The evening is ``bench/evening.py`` (what couples send when the weekly slot opens, in the
proportions written down there). One driver feeds it, as fast as each bot takes it, to a fake
Bot API that answers at once, in Applications that take turns chunk by chunk (a tenth of
the evening each, ``BENCH_CHUNKS``), so all see the same load: the floor
(``bench/floor.py``: a minimal python-telegram-bot Application doing one insert per update
through the same engine), ``floor_ans`` (the same, answering each update once) and Rekindle.
Printed per backend: updates/s, p50/p99 of the time to handle one update (around
``process_update``: waiting for the database's one writer counts, time in the queue does not),
main-thread CPU per update and the whole process's (``process_cpu_ms``: the screen's thread
too), the longest the event loop was held (``loop_held_ms``, a 5 ms ticker in every run alike),
and ``ratio``: Rekindle's rate over the floor's, the figure that holds on a noisy machine
(``floor_chunk_spread``: how far the floor's rate moved between chunks, i.e. how much the
machine's load changed during the run).

Every typed message goes through the normal text path, so the safety screen's cost is counted.
Its time is metered (``screen_ms_per_typed``: the model's calls in its threads, the rules and
the head on the loop, ``screen_loop_ms_per_typed`` the loop's part of it;
``texts_per_model_call``: how many texts waiting at once shared one), and
a fourth Application, ``unscreened``, is Rekindle again on a copy of the database with the
screen answering "nothing found" at once: its rate over the floor's is ``screen_excluded``,
Rekindle with the screen counted separately. ``reached`` checks, from the database, that the
evening got to the reveals, talks, insight checks and promises. The Application handles
``CONCURRENT_UPDATES`` updates at once (default 4 on SQLite, the figure issue 18 targets for
p99; 16 on PostgreSQL). ``planner``: afterwards, the planner's passes of the next morning on
Rekindle's database (its short transactions run on the loop's thread on SQLite), their time and
the loop's longest hold.

    python bench/updates.py [couples]           # the floors and Rekindle; the ratio
    python bench/updates.py --count [couples]   # SQL statements and aiosqlite hand-offs per
                                                # update, by kind of update, one at a time
    python bench/updates.py --only rekindle     # Rekindle alone (e.g. under py-spy)
    python bench/updates.py --screened          # without the unscreened run (quicker)

On PostgreSQL it also splits the evening over two processes on one database, the way several
web workers would share it (each person always to the same worker), and prints the total rate.
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import inspect
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

import evening
from common import InstantTelegram, backends, database, emit, machine
from sqlalchemy.engine import make_url

from bot.simulator.looplag import LoopLag


def concurrency(backend: str) -> int:
    return int(os.environ.get("CONCURRENT_UPDATES", 0)) or (4 if backend == "sqlite" else 16)


# -- the driver ---------------------------------------------------------------------------------

CURRENT_KIND: contextvars.ContextVar[str] = contextvars.ContextVar("kind", default="(none)")


class Driven:
    """One Application, started, fed updates as fast as it takes them, a chunk at a time.

    A chunk goes into the Application's queue at once; ``feed`` returns when every update in
    it has been handled. The time to handle one update is measured around
    ``Application.process_update`` (what the Application calls for each update it takes), so it
    includes waiting for the database's one writer but not the time in the queue."""

    def __init__(self, app: Any, kinds: dict[int, str] | None = None) -> None:
        self.app = app
        self.kinds = kinds or {}
        self.durations: list[float] = []
        self.by_kind: dict[str, list[float]] = defaultdict(list)
        self.errors: list[object] = []
        self.updates = 0
        self.elapsed = 0.0
        self.cpu = 0.0
        self.process_cpu = 0.0  # every thread's: the screen's model calls included

    async def start(self) -> Driven:
        app = self.app
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        original = app.process_update

        async def timed(update: Any) -> None:
            kind = self.kinds.get(update.update_id, "(none)")
            token = CURRENT_KIND.set(kind)
            started = time.perf_counter()
            try:
                await original(update)
            finally:
                spent = time.perf_counter() - started
                self.durations.append(spent)
                self.by_kind[kind].append(spent)
                CURRENT_KIND.reset(token)

        async def record(update: object, context: Any) -> None:
            self.errors.append(context.error)

        app.process_update = timed
        app.add_error_handler(record)
        await app.start()
        return self

    async def feed(self, updates: list[dict]) -> float:
        from telegram import Update

        started = time.perf_counter()
        cpu_started = time.thread_time()
        process_started = time.process_time()
        for data in updates:
            self.app.update_queue.put_nowait(Update.de_json(data, self.app.bot))
        await self.app.update_queue.join()  # task_done comes after each update is handled
        elapsed = time.perf_counter() - started
        self.cpu += time.thread_time() - cpu_started
        self.process_cpu += time.process_time() - process_started
        self.elapsed += elapsed
        self.updates += len(updates)
        return elapsed

    async def stop(self) -> None:
        await self.app.stop()
        await self.app.shutdown()
        if self.app.post_shutdown is not None:  # what run_polling would do: close the database
            await self.app.post_shutdown(self.app)

    def figures(self) -> dict:
        durations = sorted(self.durations)
        return {
            "updates": self.updates,
            "per_s": self.updates / self.elapsed,
            "elapsed_s": self.elapsed,
            "p50_ms": durations[len(durations) // 2] * 1000,
            "p99_ms": durations[int(len(durations) * 0.99)] * 1000,
            "main_thread_cpu_ms": self.cpu / max(self.updates, 1) * 1000,
            "process_cpu_ms": self.process_cpu / max(self.updates, 1) * 1000,
            "mean_ms": statistics.fmean(durations) * 1000,
            "errors": len(self.errors),
            "by_kind": {k: statistics.fmean(v) * 1000 for k, v in self.by_kind.items()},
        }


async def drive(app: Any, updates: list[dict], kinds: dict[int, str] | None = None) -> dict:
    """All the updates into one Application, at once."""
    driven = await Driven(app, kinds).start()
    try:
        await driven.feed(updates)
    finally:
        await driven.stop()
    return driven.figures()


class ScreenMeter:
    """Time spent in ``bot.services.safety.screen`` and in the model's batched calls
    (``batching.embed_many``), on the event loop's thread and off it; and how many texts the
    model's calls carried."""

    def __init__(self) -> None:
        from bot.services import safety
        from bot.services.safety import batching

        self.module = safety
        self.original = safety.screen
        self.batching = batching
        self.original_many = batching.embed_many
        self.calls = 0
        self.on_loop_s = 0.0
        self.off_loop_s = 0.0
        self.loop_thread = threading.get_ident()
        self.batches = self.batched = 0

    def _add(self, spent: float, call: bool = True) -> None:
        self.calls += call
        if threading.get_ident() == self.loop_thread:
            self.on_loop_s += spent
        else:
            self.off_loop_s += spent

    def __enter__(self) -> ScreenMeter:
        original = self.original
        if inspect.iscoroutinefunction(original):

            async def metered(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                try:
                    return await original(*args, **kwargs)
                finally:
                    self._add(time.perf_counter() - started)
        else:

            def metered(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    self._add(time.perf_counter() - started)

        self.module.screen = metered
        many = self.original_many

        def metered_many(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return many(*args)
            finally:
                self._add(time.perf_counter() - started, call=False)

        self.batching.embed_many = metered_many
        batcher = getattr(self.module, "_batcher", None)
        self._counted = (batcher.calls, batcher.texts) if batcher else None
        return self

    def __exit__(self, *exc: object) -> None:
        self.module.screen = self.original
        self.batching.embed_many = self.original_many
        batcher = getattr(self.module, "_batcher", None)
        if batcher is not None and self._counted is not None:
            self.batches += batcher.calls - self._counted[0]
            self.batched += batcher.texts - self._counted[1]


def rekindle_app(url: str, backend: str) -> Any:
    from bot.app import build_application
    from bot.clock import FakeClock
    from bot.config import Settings

    settings = Settings(
        telegram_bot_token="1:bench",
        database_url=url,
        telegram_rate_limit_per_second=0,
        dispatch_rate_per_second=0,
        run_jobs=False,
        concurrent_updates=concurrency(backend),
    )
    return build_application(settings, clock=FakeClock(evening.CLOCK), request=InstantTelegram())


def floor_app(url: str, backend: str, *, answer: bool = False) -> Any:
    from floor import build_floor_application

    return build_floor_application(url, InstantTelegram(), concurrency(backend), answer=answer)


def _line(figures: dict, *keys: str) -> dict:
    return {k: figures[k] for k in keys if k in figures}


class Unscreened:
    """The safety screen answering "nothing found" at once (the evening's texts are safe)."""

    def __enter__(self) -> Unscreened:
        from bot.services import safety

        self.module = safety
        self.original = safety.screen_async
        nothing = safety.screen("")

        async def unscreened(text: str) -> Any:
            return nothing

        safety.screen_async = unscreened
        return self

    def __exit__(self, *exc: object) -> None:
        self.module.screen_async = self.original


async def compare(url: str, backend: str, only: str | None, copy: str | None = None) -> None:
    """The floors and Rekindle on one database (the floor writes only its own table), taking
    turns chunk by chunk, so that each chunk's rates are measured under the same load; Rekindle
    without the screen on ``copy``, a copy of the database."""
    ev = await evening.build(url)
    label = f"{backend} x{concurrency(backend)}"
    runs: dict[str, Driven] = {}
    if only != "rekindle":
        runs["floor"] = Driven(floor_app(url, backend))
        runs["floor_ans"] = Driven(floor_app(url, backend, answer=True))
    if only != "floor":
        runs["updates"] = Driven(rekindle_app(url, backend), ev.kinds)
        if copy is not None:
            runs["unscreened"] = Driven(rekindle_app(copy, backend), ev.kinds)
    for driven in runs.values():
        await driven.start()
    chunks = int(os.environ.get("BENCH_CHUNKS", 10))
    size = -(-len(ev.updates) // chunks)
    turns: dict[str, list[float]] = defaultdict(list)
    meter = ScreenMeter()
    chunked = [ev.updates[start : start + size] for start in range(0, len(ev.updates), size)]
    print(f"# feeding {len(ev.updates)} updates", flush=True)  # bench/cpu.py starts here
    held: dict[str, float] = defaultdict(float)  # the longest the loop was held, per run
    for chunk in chunked:
        for name, driven in runs.items():
            async with LoopLag() as lag:  # the same 5 ms ticker in every run
                if name == "updates":
                    with meter:
                        turns[name].append(await driven.feed(chunk))
                elif name == "unscreened":
                    with Unscreened():
                        turns[name].append(await driven.feed(chunk))
                else:
                    turns[name].append(await driven.feed(chunk))
            held[name] = max(held[name], lag.longest_ms)
    # What the evening reached, before the planner's pass adds its own rows.
    got = await evening.reached(url) if "updates" in runs else None
    planned = await planner_pass(runs["updates"].app) if "updates" in runs else None
    for driven in runs.values():
        await driven.stop()

    keys = (
        "updates",
        "per_s",
        "p50_ms",
        "p99_ms",
        "main_thread_cpu_ms",
        "process_cpu_ms",
        "loop_held_ms",
        "errors",
    )
    figures = {
        name: driven.figures() | {"loop_held_ms": held[name]} for name, driven in runs.items()
    }
    for name in ("floor", "floor_ans"):
        if name in figures:
            emit(name, label, **_line(figures[name], *keys))
    if "updates" not in figures:
        return
    ours = figures["updates"]
    typed = sum(1 for k in ev.kinds.values() if k.startswith("typed") or k == "/promise")
    emit(
        "updates",
        label,
        **_line(ours, *keys),
        screen_ms_per_typed=(meter.on_loop_s + meter.off_loop_s) / max(typed, 1) * 1000,
        screen_loop_ms_per_typed=meter.on_loop_s / max(typed, 1) * 1000,
        screen_calls_per_typed=meter.calls / max(typed, 1),
        texts_per_model_call=meter.batched / max(meter.batches, 1),
    )
    unscreened = figures.get("unscreened")
    if unscreened is not None:
        emit("unscreened", label, **_line(unscreened, *keys))
    emit("reached", label, **got)
    if planned is not None:
        emit("planner", label, **planned)
    if "floor" not in figures:
        return
    floor = figures["floor"]
    # The floor's cost hardly depends on what an update is: how much its chunks differ shows how
    # much the machine's load moved during the run.
    floor_rates = [len(c) / t for c, t in zip(chunked, turns["floor"], strict=True)]
    emit(
        "ratio",
        label,
        rekindle_per_floor=ours["per_s"] / floor["per_s"],
        screen_excluded=(unscreened or {"per_s": float("nan")})["per_s"] / floor["per_s"],
        per_floor_ans=ours["per_s"] / figures["floor_ans"]["per_s"],
        floor_chunk_spread=(max(floor_rates) - min(floor_rates)) / statistics.median(floor_rates),
        p99_ms=ours["p99_ms"],
        unscreened_p99_ms=(unscreened or {"p99_ms": float("nan")})["p99_ms"],
        floor_p99_ms=floor["p99_ms"],
    )


async def planner_pass(app: Any) -> dict:
    """After the evening, the planner's pass the next morning at 07:00 Berlin (the day's acts,
    the week's reminders, retention erasing words older than 26 weeks; its short transactions
    run on the loop's thread on SQLite): per planning function, rows written, seconds and the
    longest it held the loop."""
    rt = app.bot_data["rt"]
    rt.clock.set(evening.EVENING + timedelta(hours=11))
    now = rt.clock.now()
    out: dict[str, float] = {}
    for planner in rt.planners:
        started = time.perf_counter()
        async with LoopLag() as lag:
            written = await planner.plan(rt.db, now, rt.settings)
        out[f"{planner.name}_rows"] = written
        out[f"{planner.name}_s"] = time.perf_counter() - started
        out[f"{planner.name}_held_ms"] = lag.longest_ms
    return out


# -- counting: statements and hand-offs per update ----------------------------------------------


async def count(url: str, backend: str) -> None:
    """One update at a time (so the time per kind is its own), counting per kind of update the
    SQL statements (``before_cursor_execute``, and commits) and aiosqlite's hand-offs to its
    worker thread (each cursor, execute, fetch, close and commit is one)."""
    import aiosqlite.core
    from sqlalchemy import event

    os.environ["CONCURRENT_UPDATES"] = "1"
    ev = await evening.build(url)
    statements: dict[str, Counter[str]] = defaultdict(Counter)
    hops: dict[str, Counter[str]] = defaultdict(Counter)
    original_execute = aiosqlite.core.Connection._execute

    async def counted(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        hops[CURRENT_KIND.get()][getattr(fn, "__name__", "?")] += 1
        return await original_execute(self, fn, *args, **kwargs)

    def listen(engine: Any) -> None:
        @event.listens_for(engine.sync_engine, "before_cursor_execute")
        def on_statement(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            statements[CURRENT_KIND.get()][statement.split(None, 1)[0].upper()] += 1

        @event.listens_for(engine.sync_engine, "commit")
        def on_commit(conn):  # type: ignore[no-untyped-def]
            statements[CURRENT_KIND.get()]["COMMIT"] += 1

    def per(counter: Counter[str], n: int) -> str:
        return " ".join(f"{k}={v / n:.1f}" for k, v in counter.most_common())

    aiosqlite.core.Connection._execute = counted
    try:
        for name, app in (
            ("floor", floor_app(url, backend)),
            ("rekindle", rekindle_app(url, backend)),
        ):
            db = app.bot_data["db"] if name == "floor" else app.bot_data["rt"].db
            listen(db.engine)
            kinds = ev.kinds if name == "rekindle" else {u: "floor" for u in ev.kinds}
            figures = await drive(app, ev.updates, kinds)
            n = Counter(kinds.values())
            print(f"{name}: {figures['per_s']:.0f} updates/s one at a time")
            print(f"  {'kind of update':<28}{'share':>6}{'SQL':>6}{'hops':>6}{'ms':>7}  statements")
            everything, all_hops = Counter(), Counter()
            for kind, total in sorted(n.items(), key=lambda kv: -kv[1]):
                everything.update(statements[kind])
                all_hops.update(hops[kind])
                print(
                    f"  {kind:<28}{total / len(kinds):>6.1%}"
                    f"{statements[kind].total() / total:>6.1f}{hops[kind].total() / total:>6.1f}"
                    f"{figures['by_kind'][kind]:>7.2f}  {per(statements[kind], total)}"
                )
            print(
                f"  {'all':<28}{1:>6.0%}{everything.total() / len(kinds):>6.1f}"
                f"{all_hops.total() / len(kinds):>6.1f}{figures['mean_ms']:>7.2f}"
                f"  {per(everything, len(kinds))}"
            )
            if all_hops:
                print(f"  hand-offs per update by call: {per(all_hops, len(kinds))}")
            statements.clear()
            hops.clear()
    finally:
        aiosqlite.core.Connection._execute = original_execute


# -- several processes (PostgreSQL) ------------------------------------------------------------


def several_processes(url: str, processes: int) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", url, str(k), str(processes)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for k in range(processes)
    ]
    results = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    total = sum(r["updates"] for r in results)
    emit(
        "updates",
        f"pg {processes} processes",
        updates=total,
        per_s=total / max(r["elapsed_s"] for r in results),
        p50_ms=max(r["p50_ms"] for r in results),
        p99_ms=max(r["p99_ms"] for r in results),
        errors=sum(r["errors"] for r in results),
    )


async def child(url: str, k: int, n: int) -> dict:
    ev = await evening.build(url)
    mine = [
        u
        for u in ev.updates
        if (u.get("message") or u.get("callback_query"))["from"]["id"] % n == k
    ]
    figures = await drive(rekindle_app(url, "postgres"), mine, ev.kinds)
    figures.pop("by_kind")
    return figures


def main(only: str | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("couples", nargs="?", type=int, default=evening.COUPLES)
    parser.add_argument("--count", action="store_true", help="statements and hand-offs per update")
    parser.add_argument("--only", choices=["floor", "rekindle"], default=only)
    parser.add_argument(
        "--screened", action="store_true", help="no run of Rekindle without the screen"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        url, k, n = args.child
        print(json.dumps(asyncio.run(child(url, int(k), int(n)))))
        return
    print(f"# {machine()}; load average {os.getloadavg()[0]:.1f} at start", flush=True)
    for backend in backends():
        with database(backend, "updates") as url:
            started = time.perf_counter()
            asyncio.run(evening.seed(url, args.couples))
            print(
                f"# {backend}: seeded {args.couples} couples with {evening.WEEKS} weeks of history "
                f"in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            if args.count:
                asyncio.run(count(url, backend))
                continue
            if args.only is not None or args.screened:
                asyncio.run(compare(url, backend, args.only))
            else:
                with database(backend, "updates_copy") as copy:
                    if backend == "sqlite":  # seeding closed the file, so it is whole
                        shutil.copyfile(make_url(url).database, make_url(copy).database)
                    else:  # the same seed again: the same rows, the same ids
                        asyncio.run(evening.seed(copy, args.couples))
                    asyncio.run(compare(url, backend, args.only, copy))
            if backend == "postgres" and args.only is None:
                with database("postgres", "updates2") as again:
                    asyncio.run(evening.seed(again, args.couples))
                    several_processes(again, 2)
    print(f"# load average {os.getloadavg()[0]:.1f} at the end", flush=True)


if __name__ == "__main__":
    main()
