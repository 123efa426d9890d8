"""Real `python -m bot` processes: one poller per database, the health port, migrations run
by several processes at once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

import asyncpg
import httpx
import pytest

from bot.ops import locks
from bot.simulator.databases import admin_dsn
from tests.conftest import _truncate_postgres, postgres_url
from tests.ops.conftest import (
    ROOT,
    bot_env,
    free_port,
    run_bot,
    start_bot,
    stop_bot,
    wait_for_http,
    wait_until,
)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path) -> str:
    """A migrated database for bot processes, in DATABASE_URL's plain form."""
    if backend == "postgres":
        url = request.getfixturevalue("pg_database")
        _truncate_postgres(url)  # no rows left by other tests for the bot to send
        return url.replace("+asyncpg", "")
    return f"sqlite:///{tmp_path}/rekindle.db"


def test_a_second_poller_on_the_same_database_is_refused(bot_api, database_url, tmp_path):
    env = bot_env(bot_api, database_url)
    first = start_bot(["run"], env, tmp_path)
    try:
        wait_until(bot_api.polled.is_set, first, "it polled")
        started = time.monotonic()
        second = run_bot(["run"], env, tmp_path)
        print(f"refused after {time.monotonic() - started:.2f} s")
        assert second.returncode == 3
        assert f"Rekindle is already running (pid {first.pid}) on this database" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first one carries on
        # A crash releases the lock: after SIGKILL a new poller starts.
        first.kill()
        first.wait(timeout=30)
        bot_api.polled.clear()
        third = start_bot(["run"], env, tmp_path)
        try:
            wait_until(bot_api.polled.is_set, third, "the new poller polled")
        finally:
            code, err = stop_bot(third)
        assert code == 0, err
    finally:
        if first.poll() is None:
            stop_bot(first)


def test_webhook_workers_take_no_poller_lock(bot_api, database_url, tmp_path):
    env = bot_env(bot_api, database_url, BOT_MODE="webhook", DISPATCHER_INTERVAL="0.2")
    workers = [start_bot(["run"], env, tmp_path) for _ in range(2)]
    try:
        port = free_port()
        poller = start_bot(
            ["run"], {**env, "BOT_MODE": "polling", "HEALTH_PORT": str(port)}, tmp_path
        )
        try:  # workers hold no lock, so a poller can still start beside them
            wait_until(bot_api.polled.is_set, poller, "it polled")
        finally:
            stop_bot(poller)
        assert all(w.poll() is None for w in workers), [
            stop_bot(w) for w in workers if w.poll() is not None
        ]
    finally:
        results = [stop_bot(w) for w in workers]
    assert [code for code, _ in results] == [0, 0], results


def test_health_port_serves_the_three_endpoints(bot_api, database_url, tmp_path):
    port = free_port()
    env = bot_env(bot_api, database_url, HEALTH_PORT=str(port))
    process = start_bot(["run"], env, tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/healthz", process)
        assert httpx.get(f"{base}/healthz").text == "ok\n"
        # The timer jobs run a second after start; then the process is ready.
        wait_until(lambda: httpx.get(f"{base}/readyz").status_code == 200, process, "ready")
        assert httpx.get(f"{base}/readyz").text.startswith("ready\n")
        page = httpx.get(f"{base}/metrics")
        assert page.status_code == 200
        assert 'rekindle_job_duration_seconds_count{job="planner"}' in page.text
        assert "rekindle_outbox_oldest_due_seconds 0.0" in page.text
        assert "process_resident_memory_bytes" in page.text
    finally:
        code, err = stop_bot(process)
    assert code == 0, err
    assert "Traceback" not in err


def test_a_health_port_in_use_is_a_clear_message(bot_api, tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = bot_env(bot_api, f"sqlite:///{tmp_path}/r.db", HEALTH_PORT=str(port))
        result = run_bot(["run"], env, tmp_path)
    assert result.returncode == 2
    assert f"HEALTH_PORT: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.postgres
def test_migrations_started_at_once_on_postgres_all_succeed(tmp_path):
    """Several machines releasing at once: each `migrate` waits for the one before it."""
    base = postgres_url()
    if not base:
        pytest.skip("needs TEST_POSTGRES_URL")
    name = f"rekindle_migrate_race_{os.getpid()}"
    admin = admin_dsn(base)

    async def sql(statement: str) -> None:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(statement)
        finally:
            await conn.close()

    asyncio.run(sql(f'DROP DATABASE IF EXISTS "{name}"'))
    asyncio.run(sql(f'CREATE DATABASE "{name}"'))
    try:
        url = base.rsplit("/", 1)[0] + f"/{name}"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": url, "LOG_LEVEL": "INFO"}
        # The test holds the migration lock first, so all three meet a migration in progress
        # whatever the machine's speed; it lets go once all three are waiting for it.
        holder = asyncio.new_event_loop()
        lock = holder.run_until_complete(asyncpg.connect(admin_dsn(url)))
        key = (locks.LOCK_NAMESPACE, locks.MIGRATION_LOCK)
        holder.run_until_complete(lock.execute("SELECT pg_advisory_lock($1, $2)", *key))
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", "migrate"],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        try:
            waiting = 0
            deadline = time.monotonic() + 120
            while waiting < 3 and time.monotonic() < deadline:
                waiting = holder.run_until_complete(
                    lock.fetchval(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    )
                )
                if any(r.poll() is not None for r in runs):
                    break
                time.sleep(0.1)
        finally:
            holder.run_until_complete(lock.close())
            holder.close()
        results = [(r.wait(timeout=120), r.communicate()[1]) for r in runs]
        assert [code for code, _ in results] == [0, 0, 0], results
        assert waiting == 3, results
        assert all("another process is migrating this database" in err for _, err in results)
    finally:
        asyncio.run(sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_sigterm_stops_a_poller_cleanly(bot_api, tmp_path):
    process = start_bot(["run"], bot_env(bot_api, f"sqlite:///{tmp_path}/r.db"), tmp_path)
    wait_until(bot_api.polled.is_set, process, "it polled")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert not os.path.exists(tmp_path / "r.db.lock") or (tmp_path / "r.db.lock").read_text() == ""
