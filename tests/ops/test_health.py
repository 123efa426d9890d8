"""/healthz, /readyz and /metrics, served by the real app of a simulated bot (SQLite, and
PostgreSQL when available)."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from bot.clock import FakeClock
from bot.ops import metrics
from bot.ops.health import stale_jobs
from bot.ops.metrics import JobRuns, handler_name
from bot.ops.web import asgi_app
from bot.simulator import Simulator
from bot.simulator.databases import admin_dsn, throwaway_postgres
from bot.simulator.harness import simulator_settings
from tests.conftest import ALEX_ID, CASEY_ID, SAM_ID, postgres_url
from tests.factories import make_user
from tests.flows import set_up

# The conftest clock starts at 08:00 UTC; daily acts are due at 09:00 Berlin, i.e. 08:00 UTC.
TOMORROW_9 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
WORRY = "i keep thinking about killing myself"


@pytest.fixture(autouse=True)
def fresh_job_runs() -> None:
    """The timer jobs' last runs are per process: start each test with none."""
    metrics.JOBS.clear()


@pytest.fixture
async def http(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    app = asgi_app(sim.app, runs_jobs=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://rekindle") as client:
        yield client


def samples(exposition: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(exposition):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def whole_token(word: str) -> str:
    """A pattern for ``word`` as a token of its own: a person's id inside a longer number
    (1.1001e+08) is not that id, but ``user1001`` or ``id=1001`` would be."""
    edge = r"[\d.]" if word.isdigit() else r"\w"
    return rf"(?<!{edge}){re.escape(word)}(?!{edge})"


def value(found: dict, name: str, **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


async def test_healthz_answers_and_readyz_waits_for_the_timer_jobs(sim, http):
    assert (await http.get("/healthz")).status_code == 200
    before = await http.get("/readyz")
    assert before.status_code == 503
    assert "planner: has not run yet" in before.text
    assert "dispatcher: has not run yet" in before.text
    await sim.tick()  # the planner and the dispatcher run
    after = await http.get("/readyz")
    assert after.status_code == 200, after.text
    assert after.text.startswith("ready")
    assert "migrations at head" in after.text


def test_readyz_notices_timer_jobs_that_stopped():
    settings = simulator_settings("sqlite+aiosqlite://")  # planner every 30 s, dispatcher 1 s
    runs = JobRuns()
    runs.succeeded.update(planner=1000.0, dispatcher=1000.0)
    problems, _ = stale_jobs(settings, runs, now=1005.0)
    assert problems == []
    problems, _ = stale_jobs(settings, runs, now=1030.0)  # 30 s: the dispatcher is overdue
    assert problems == ["dispatcher: last ran 30 s ago, expected every 1 s"]
    problems, _ = stale_jobs(settings, runs, now=1061.0)  # and now the planner as well
    assert len(problems) == 2 and problems[0].startswith("planner: last ran 61 s ago")
    runs.started["planner"], runs.running["planner"] = 1050.0, 1  # a long run counts as alive
    problems, notes = stale_jobs(settings, runs, now=1061.0)
    assert "planner: running now" in notes and len(problems) == 1


@pytest.fixture
def doomed(backend: str, template_db, tmp_path) -> Iterator[tuple[str, object]]:
    """A database of its own that the test may destroy: (url, how to destroy it)."""
    if backend == "sqlite":
        path = tmp_path / "doomed.db"
        path.write_bytes(template_db.read_bytes())

        def remove() -> None:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(f"{path}{suffix}"):
                    os.remove(f"{path}{suffix}")

        yield f"sqlite+aiosqlite:///{path}", remove
        return
    import asyncpg

    name = f"rekindle_doomed_{os.getpid()}"
    with throwaway_postgres(postgres_url(), name) as url:

        async def drop() -> None:
            conn = await asyncpg.connect(admin_dsn(postgres_url()))
            try:
                await conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            finally:
                await conn.close()

        yield url, drop


async def test_readyz_says_not_ready_when_the_database_is_gone(doomed, clock):
    url, destroy = doomed
    async with Simulator(simulator_settings(url), clock) as sim:
        transport = httpx.ASGITransport(app=asgi_app(sim.app, runs_jobs=True))
        async with httpx.AsyncClient(transport=transport, base_url="http://rekindle") as http:
            await sim.tick()
            assert (await http.get("/readyz")).status_code == 200
            result = destroy()
            if asyncio.iscoroutine(result):
                await result
            gone = await http.get("/readyz")
            assert gone.status_code == 503
            assert gone.text.startswith("not ready\n- database: ")
            assert (await http.get("/healthz")).status_code == 200  # alive all the same
            page = await http.get("/metrics")  # still served, without the outbox figures
            assert page.status_code == 200 and "rekindle_sends_total" in page.text


async def test_metrics_count_updates_sends_and_safety_without_personal_data(sim, sam, http):
    before = samples((await http.get("/metrics")).text)

    await set_up(sam)  # updates through several handlers
    await sam.send(WORRY)  # a safety event
    for user_id in (ALEX_ID, CASEY_ID, 1004, 1005):
        await make_user(sim.db, user_id, now=sim.clock.now(), name=f"Person {user_id}")
    sim.telegram.fail("sendMessage", "429", chat_id=ALEX_ID, retry_after=30)
    sim.telegram.fail("sendMessage", "403", chat_id=CASEY_ID)
    sim.telegram.fail("sendMessage", "timeout_after_send", chat_id=1004)
    sim.telegram.fail("sendMessage", "connect_error", chat_id=1005)
    sim.clock.set(TOMORROW_9)
    await sim.tick()  # everyone's daily act: one of each answer

    page = await http.get("/metrics")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/plain")
    after = samples(page.text)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    count = "rekindle_update_handling_seconds_count"
    assert grew(count, handler="onboarding.start") == 1
    assert grew(count, handler="onboarding.consent") == 1
    assert grew(count, handler="text.on_text") >= 4  # name, zone, time, and the worry
    assert grew("rekindle_safety_events_total") == 1
    sends = "rekindle_sends_total"
    assert grew(sends, result="sent") >= 1  # Sam's act
    assert grew(sends, result="rate_limited") == 1
    assert grew(sends, result="blocked") == 1
    assert grew(sends, result="unknown") == 1
    assert grew(sends, result="retried") == 1
    assert grew("rekindle_job_duration_seconds_count", job="planner") >= 1
    assert grew("rekindle_job_duration_seconds_count", job="dispatcher") >= 1

    # The outbox gauges are the database's own counts.
    async with sim.db.reading() as conn:
        rows = (
            await conn.execute(text("SELECT status, kind, count(*) FROM outbox GROUP BY 1, 2"))
        ).all()
    assert rows
    for status, kind, n in rows:
        assert value(after, "rekindle_outbox_messages", status=status, kind=kind) == n
    # Alex's act waits for the 429 to pass: due now, so the oldest due row is a few seconds old.
    sim.clock.set(TOMORROW_9.replace(minute=5))
    oldest = samples((await http.get("/metrics")).text)
    assert value(oldest, "rekindle_outbox_oldest_due_seconds") > 0

    # No personal data: every label value is from a fixed vocabulary; no name, id or word.
    handlers = {handler_name(h.callback) for g in sim.app.handlers.values() for h in g}
    allowed = {
        "handler": handlers,
        "result": set(metrics.SEND_RESULTS.values()),
        "job": {"planner", "dispatcher"},
        "kind": {kind for _, kind, _ in rows},
        "status": {status for status, _, _ in rows},
    }
    for family in text_string_to_metric_families(page.text):
        if not family.name.startswith("rekindle_"):
            continue
        for sample in family.samples:
            for label, label_value in sample.labels.items():
                if label != "le":
                    assert label_value in allowed[label], (family.name, label, label_value)
    # Nor anywhere else a person's words or ids could hide: in no label value of any family,
    # as a whole token (a sample's number, e.g. a process's memory 1.1001e+08, is not a label).
    private = ("Sam", "Person 1004", str(SAM_ID), str(ALEX_ID), "killing", "Berlin")
    for family in text_string_to_metric_families(page.text):
        for sample in family.samples:
            for label_value in sample.labels.values():
                for word in private:
                    assert not re.search(whole_token(word), label_value), (family.name, word)


async def test_the_timer_jobs_record_their_runs_on_any_clock(settings):
    """Readiness uses this process's own clock, not the simulated one: a fake clock far in the
    future does not make a fresh run look old."""
    clock = FakeClock(datetime(2030, 1, 1, tzinfo=UTC))
    async with Simulator(settings, clock) as sim:
        await sim.tick()
        problems, _ = stale_jobs(sim.settings)
        assert problems == []


def test_the_privacy_check_sees_ids_as_tokens_not_inside_numbers():
    """A process metric of 1.1001e+08 bytes once failed the check above for person 1001."""
    assert not re.search(whole_token(str(SAM_ID)), "1.1001e+08")
    assert not re.search(whole_token(str(SAM_ID)), "21001")
    assert re.search(whole_token(str(SAM_ID)), "user1001")
    assert re.search(whole_token("Sam"), "hello Sam")
    assert not re.search(whole_token("Sam"), "Samba")
