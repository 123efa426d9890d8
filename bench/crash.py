"""Crash safety, measured from outside: the real bot process killed with SIGKILL while it sends.

N people have today's act due now. The real bot (``python -m bot``, polling, its own planner and
dispatcher jobs) sends them through the out-of-process fake Bot API
(``bot/simulator/botapi_server.py``), which logs every request it receives and every answer it
writes. The bot is killed with SIGKILL at seeded random moments (each a random time after that
bot process's first sendMessage), restarted after each kill, then left to drain and stopped
cleanly. Then the outbox and the server's log are compared, per kill and in total:

* rows due; delivered once / twice or more / never (counted at the server: what people got);
* rows left ``unknown``; of those, how many did arrive and how many are lost (never delivered:
  never reached the server, or answered with an error);
* requests in flight at each kill (issue 14's bound: unknown <= in flight, per kill). A request
  is in flight from the moment it reached the fake until the bot could have recorded its
  answer: at a kill, if the fake received it (before the kill, or just after: it was on its
  way) and either had not answered it by the kill (``open_at_kill``, the server's own count)
  or had answered it less than ``record_ms`` before. ``record_ms`` is the median time that
  same bot process took from the fake writing an answer to the bot having it on record (its
  ``sent_at``: stamped when the answer reached the dispatcher, which writes it down at once),
  over every answer it did record. An answer younger than that was more likely than not still
  on its way in, so it counts as in flight; an older one does not, so a bot slow to record is
  held to its own typical speed rather than excused by a wide window. ``record_ms`` and its
  99th percentile are printed per kill, and the bound is judged both ways:
  ``kills_over_bound`` by this definition, ``kills_over_open`` by the server's count alone. A
  row the bot had marked ``sending`` whose request never reached the fake is not in flight by
  this definition: it shows as ``lost`` and can break the bound;
* each kill's ``verdict`` (``ok``: unknown <= in flight; ``OVER``), and for its unknown rows
  that were not in flight why not: ``unknown_never_reached`` (marked, never reached the fake)
  and ``unknown_answered_before`` (answered before the bot could have recorded it; the oldest
  such answer's age in ``answered_before_ms``); the last line is the verdict over all kills;
* why each ``unknown`` row is unknown: left by a kill (the per-kill figure), or after an error
  answer the live bot read (a 502, say: issue 14 wants those retried), or after the bot hung up;
* rows still ``sending``/``pending`` at the end, and the time to drain after the last restart.

Exits 1 if anyone got a message twice (a correctness failure, not a figure).

    python bench/crash.py [--people 1500] [--kills 20] [--seed 1] [--rate 30]
        [--latency lognormal:80:0.5] [--share-429 0] [--share-502 0] [--share-500 0]
        [--per-second 0] [--kill-after 0.2:3.0] [--keep DIR]

PostgreSQL too when BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) is set.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import ROOT, backends, database, emit, seed_couples
from crashfigures import cause_of_unknown, quantile, record_delays

from bot.simulator.botapi_server import fault_arguments, fault_argv
from bot.simulator.requestlog import LoggedRequest, read_log

FIRST_ID = 60_000_000
# Settings of the user's environment that would change what is measured.
_SCRUB = (
    "BOT_MODE",
    "RUN_JOBS",
    "WEBHOOK_URL",
    "DAILY_MESSAGE_BUDGET",
    "PLANNER_INTERVAL",
    "DISPATCHER_INTERVAL",
    "CONCURRENT_UPDATES",
    "TELEGRAM_RATE_LIMIT",
)


@dataclass
class BotRun:
    """One bot process, from its start to its kill (or its clean stop)."""

    number: int
    process: subprocess.Popen
    started: float
    killed_at: float | None = None
    stopped_cleanly: bool | None = None
    sends: list[LoggedRequest] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1500, help="people with an act due now")
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs while sending")
    parser.add_argument("--seed", type=int, default=1, help="kill moments and server faults")
    parser.add_argument("--rate", type=float, default=30, help="DISPATCH_RATE of the bot")
    parser.add_argument(
        "--kill-after",
        default="0.2:3.0",
        help="LO:HI seconds after a bot's first sendMessage to kill it (uniform)",
    )
    parser.add_argument(
        "--start-timeout", type=float, default=60, help="seconds to wait for a bot's first send"
    )
    parser.add_argument(
        "--drain-timeout", type=float, default=300, help="seconds to wait for the drain"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep the logs (server and bots) in DIR")
    parser.add_argument(
        "--only", choices=["sqlite", "postgres"], help="one database (default: every one set up)"
    )
    fault_arguments(parser)
    parser.set_defaults(latency="lognormal:80:0.5")
    return parser.parse_args(argv)


# -- the processes --------------------------------------------------------------------------------


def start_server(folder: Path, args: argparse.Namespace) -> tuple[subprocess.Popen, str]:
    argv = [sys.executable, "-m", "bot.simulator.botapi_server", "--port=0"]
    argv += [f"--log={folder / 'requests.jsonl'}", f"--seed={args.seed}", *fault_argv(args)]
    server = subprocess.Popen(
        argv,
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=(folder / "server.log").open("w"),
        text=True,
    )
    line = server.stdout.readline() if server.stdout else ""
    if not line.startswith("listening on "):
        server.kill()
        raise RuntimeError(f"the fake Bot API did not start: {(folder / 'server.log').read_text()}")
    return server, line.split()[-1]


def start_bot(number: int, folder: Path, url: str, api: str, rate: float) -> BotRun:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUB}
    env.update(
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        TELEGRAM_BOT_TOKEN="123456:crash-bench",
        TELEGRAM_API_BASE_URL=api,
        DATABASE_URL=url,
        DISPATCH_RATE=str(rate),
        QUIET_HOURS="00:00-00:00",  # no quiet hours: everything due goes now
        LOG_LEVEL="INFO",
    )
    # The run folder has no .env, so nothing of the developer's configuration leaks in.
    log = (folder / f"bot-{number:02d}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=folder, env=env, stdout=log, stderr=log
    )
    return BotRun(number, process, time.time())


class LogTail:
    """New sendMessage arrivals in the server's log, read incrementally while the bot runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def sends_since(self, instant: float) -> bool:
        if not self.path.exists():
            return False
        found = False
        with self.path.open(encoding="utf-8") as log:
            log.seek(self.offset)
            while True:
                line = log.readline()
                if not line.endswith("\n"):
                    break
                self.offset = log.tell()
                record = json.loads(line)
                if record.get("method") == "sendMessage" and record["t"] >= instant:
                    found = True
        return found


async def outbox_statuses(db: Any) -> Counter[str]:
    from sqlalchemy import text

    async with db.reading() as conn:
        rows = (
            await conn.execute(text("SELECT status, count(*) FROM outbox GROUP BY status"))
        ).all()
    return Counter({status: count for status, count in rows})


async def wait_for_first_send(db: Any, tail: LogTail, run: BotRun, within: float) -> str:
    """``sending`` once this bot's first sendMessage arrived; else why not: ``exited``,
    ``nothing left`` (no pending rows: killing more would measure nothing) or ``timeout``."""
    deadline = time.monotonic() + within
    checked = 0.0
    while time.monotonic() < deadline:
        if tail.sends_since(run.started):
            return "sending"
        if run.process.poll() is not None:
            return "exited"
        if time.monotonic() - checked > 0.5:
            checked = time.monotonic()
            statuses = await outbox_statuses(db)
            if sum(statuses.values()) and not statuses["pending"]:
                return "nothing left"
        await asyncio.sleep(0.05)
    return "timeout"


async def wait_for_drain(db: Any, run: BotRun, within: float) -> float | None:
    """Seconds from the start of the last bot until nothing is pending or sending."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and run.process.poll() is None:
        statuses = await outbox_statuses(db)
        if sum(statuses.values()) and not (
            statuses["pending"] or statuses["claimed"] or statuses["sending"]
        ):
            return time.time() - run.started
        await asyncio.sleep(0.5)
    return None


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 60) -> bool:
    """Ask a process to stop; True if it exited 0 in time (killed otherwise)."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return False
    return process.returncode == 0


# -- one run --------------------------------------------------------------------------------------


async def crash_run(url: str, backend: str, args: argparse.Namespace, folder: Path) -> int:
    """Enrol, send with kills, drain, report; returns how many people got a message twice."""
    from bot.storage.db import Database

    lo, hi = (float(x) for x in args.kill_after.split(":"))
    now = datetime.now(UTC)
    couples = (args.people + 1) // 2
    await seed_couples(
        url,
        couples,
        next_act_at=now,
        first_id=FIRST_ID,
        zone="UTC",
        act_time=now.time().replace(microsecond=0),
    )
    rng = random.Random(args.seed)
    print(
        f"# {backend}: {couples * 2} people, {args.kills} kills (seed {args.seed}, "
        f"{args.kill_after} s after each bot's first send), DISPATCH_RATE={args.rate:g}, "
        f"server: {' '.join(fault_argv(args))}",
        flush=True,
    )
    server, api = start_server(folder, args)
    db = Database(url)
    tail = LogTail(folder / "requests.jsonl")
    runs: list[BotRun] = []
    began = time.time()
    try:
        for number in range(1, args.kills + 1):
            run = start_bot(number, folder, url, api, args.rate)
            runs.append(run)
            state = await wait_for_first_send(db, tail, run, args.start_timeout)
            if state == "exited":
                raise RuntimeError(f"bot {number} exited by itself; see {folder}")
            if state != "sending":
                print(f"# {state} before kill {number}: no more kills", flush=True)
                break
            await asyncio.sleep(rng.uniform(lo, hi))
            if run.process.poll() is not None:
                raise RuntimeError(f"bot {number} exited by itself; see {folder}")
            run.killed_at = time.time()
            run.process.send_signal(signal.SIGKILL)
            run.process.wait()
        else:
            run = start_bot(len(runs) + 1, folder, url, api, args.rate)
            runs.append(run)
        final = runs[-1]
        drain_s = await wait_for_drain(db, final, args.drain_timeout)
        final.stopped_cleanly = stop(final.process)
        total_s = time.time() - began
    finally:
        for run in runs:
            if run.process.poll() is None:
                run.process.kill()
                run.process.wait()
        stop(server, signal.SIGTERM, 10)
    rows = await outbox_rows(db)
    await db.dispose()
    return report(
        backend, rows, read_log(folder / "requests.jsonl"), runs, drain_s, total_s, folder
    )


async def outbox_rows(db: Any) -> list[dict[str, Any]]:
    """Every outbox row, with whatever columns the schema has (the refactor drops ``text``)."""
    from sqlalchemy import text

    async with db.reading() as conn:
        return [dict(r) for r in (await conn.execute(text("SELECT * FROM outbox"))).mappings()]


# -- the figures ----------------------------------------------------------------------------------


def report(
    backend: str,
    rows: list[dict[str, Any]],
    requests: list[LoggedRequest],
    runs: list[BotRun],
    drain_s: float | None,
    total_s: float,
    folder: Path,
) -> int:
    sends = [r for r in requests if r.method == "sendMessage"]
    starts = [run.started for run in runs]
    for send in sends:  # each request belongs to the bot that was running when it was sent
        runs[max(bisect.bisect_right(starts, send.received_at) - 1, 0)].sends.append(send)

    # Which requests were for which row: the person's, and the row's subject if they have several.
    rows_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        rows_of[int(row["user_id"])].append(row)
    sends_of: dict[int, list[LoggedRequest]] = defaultdict(list)
    for send in sends:
        sends_of[send.chat_id or 0].append(send)

    def requests_for(row: dict[str, Any]) -> list[LoggedRequest]:
        mine = sends_of[int(row["user_id"])]
        if len(rows_of[int(row["user_id"])]) > 1 and row.get("ref"):
            mine = [s for s in mine if s.identity == row["ref"]]
        return mine

    delivered: dict[int, int] = {}
    received: dict[int, int] = {}
    for row in rows:
        mine = requests_for(row)
        delivered[row["id"]] = sum(1 for s in mine if s.delivered)
        received[row["id"]] = len(mine)
    status = Counter(row["status"] for row in rows)
    unknown = [row for row in rows if row["status"] == "unknown"]
    lost = [row for row in unknown if delivered[row["id"]] == 0]
    never_reached = [row for row in lost if received[row["id"]] == 0]
    twice = sum(1 for n in delivered.values() if n >= 2)
    sent_undelivered = sum(1 for r in rows if r["status"] == "sent" and delivered[r["id"]] == 0)
    strangers = sum(1 for s in sends if (s.chat_id or 0) not in rows_of)

    causes = {row["id"]: cause_of_unknown(row, runs, requests_for(row)) for row in unknown}
    delays = record_delays(rows, requests_for, runs)
    everyone = sorted(d for run_delays in delays.values() for d in run_delays)
    in_flight_total = open_total = over_bound = over_open = 0
    for run in runs:
        if run.killed_at is None:
            continue
        own = sorted(delays.get(run.number, ())) or everyone
        record_s = quantile(own, 0.5)
        open_at_kill = sum(1 for s in run.sends if s.open_at(run.killed_at))
        in_flight = sum(1 for s in run.sends if s.open_at(run.killed_at - record_s))
        mine = [r for r in unknown if causes[r["id"]] == ("crash", run.number)]
        # Why each of this kill's unknown rows is not in flight: its request never reached the
        # fake, or was answered longer than record_ms before the kill (how long before, worst).
        never = early = 0
        early_ms = 0.0
        for r in mine:
            own_sends = [s for s in requests_for(r) if s in run.sends]
            if not own_sends:
                never += 1
            elif not own_sends[-1].open_at(run.killed_at - record_s):
                early += 1
                age = run.killed_at - (own_sends[-1].answered_at or run.killed_at)
                early_ms = max(early_ms, age * 1000)
        in_flight_total += in_flight
        open_total += open_at_kill
        over_bound += len(mine) > in_flight
        over_open += len(mine) > open_at_kill
        emit(
            "crash-kill",
            backend,
            kill=run.number,
            alive_s=run.killed_at - run.started,
            received=len(run.sends),
            delivered=sum(1 for s in run.sends if s.delivered),
            open_at_kill=open_at_kill,
            in_flight=in_flight,
            unknown=len(mine),
            verdict="ok" if len(mine) <= in_flight else "OVER",
            lost=sum(1 for r in mine if delivered[r["id"]] == 0),
            unknown_never_reached=never,
            unknown_answered_before=early,
            answered_before_ms=early_ms,
            record_ms=record_s * 1000,
            record_p99_ms=quantile(own, 0.99) * 1000,
            recorded=len(delays.get(run.number, ())),
        )
    why = Counter(cause for cause, _ in causes.values())
    answers = Counter(s.fault or str(s.answer) for s in sends)
    logs = [p.read_text(errors="replace") for p in sorted(folder.glob("bot-*.log"))]
    kills = sum(1 for run in runs if run.killed_at is not None)
    emit(
        "crash",
        backend,
        people=len({int(r["user_id"]) for r in rows}),
        rows_due=len(rows),
        kills=kills,
        delivered_once=sum(1 for n in delivered.values() if n == 1),
        delivered_twice_or_more=twice,
        never_delivered=sum(1 for n in delivered.values() if n == 0),
        unknown=len(unknown),
        unknown_arrived=len(unknown) - len(lost),
        unknown_lost=len(lost),
        lost_never_reached=len(never_reached),
        lost_answered_error=len(lost) - len(never_reached),
        in_flight_at_kills=in_flight_total,
        open_at_kills=open_total,
        unknown_from_kills=why["crash"],
        kills_over_bound=over_bound,
        kills_over_open=over_open,
        record_ms=quantile(everyone, 0.5) * 1000,
        record_p99_ms=quantile(everyone, 0.99) * 1000,
        unknown_after_error_answer=why["error_answer"],
        unknown_after_hang_up=why["hung_up"],
        unknown_other=why["other"] + why["unattributed"],
        left_sending=status["sending"],
        left_claimed=status["claimed"],
        left_pending=status["pending"],
        drain_s=drain_s if drain_s is not None else "timeout",
        total_s=total_s,
    )
    emit(
        "crash-more",
        backend,
        statuses=",".join(f"{k}:{v}" for k, v in sorted(status.items())),
        answers=",".join(f"{k}:{v}" for k, v in sorted(answers.items())),
        requests=len(sends),
        sent_but_never_delivered=sent_undelivered,
        sends_to_strangers=strangers,
        clean_stop="yes" if runs and runs[-1].stopped_cleanly else "no",
        tracebacks=sum(log.count("Traceback (most recent call last)") for log in logs),
        warnings=sum(log.count(" WARNING ") for log in logs),
    )
    bound = "holds" if over_bound == 0 else f"broken at {over_bound} of {kills} kills"
    strict = "holds" if over_open == 0 else f"broken at {over_open} of {kills} kills"
    print(
        f"# {backend}: {len(rows)} due, {twice} twice, {len(unknown)} unknown "
        f"({len(lost)} lost, {len(never_reached)} never reached the server), "
        f"{in_flight_total} in flight at {kills} kills; unknown <= in flight per kill: {bound}; "
        f"unknown <= unanswered at the server per kill: {strict}",
        flush=True,
    )
    if twice:
        print(f"# FAILURE: {twice} people got their message twice", flush=True)
    return twice


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    twice = 0
    for backend in [b for b in backends() if args.only in (None, b)]:
        folder = Path(args.keep) / backend if args.keep else Path(tempfile.mkdtemp(prefix="crash-"))
        folder.mkdir(parents=True, exist_ok=True)
        try:
            with database(backend, "crash") as url:
                twice += asyncio.run(crash_run(url, backend, args, folder))
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    return 1 if twice else 0


if __name__ == "__main__":
    sys.exit(main())
