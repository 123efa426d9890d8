"""The PostgreSQL poller lock under a running poller: when its session ends (the server
restarted, the connection broke; simulated with pg_terminate_backend), the poller takes the
lock again, or stops with a clear message if another process took it meanwhile."""

from __future__ import annotations

import asyncio
import socket

import asyncpg
import pytest

from bot.ops import locks
from bot.simulator.databases import admin_dsn
from tests.conftest import _truncate_postgres
from tests.ops.conftest import bot_env, run_bot, start_bot, stop_bot, wait_until

pytestmark = pytest.mark.postgres

HOLDER = (
    "SELECT l.pid, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.database ="
    " (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND l.classid = $1 AND l.objid = $2 AND l.objsubid = 2"
)
KEY = (locks.LOCK_NAMESPACE, locks.POLLER_LOCK)


@pytest.fixture
def database_url(pg_database: str) -> str:
    _truncate_postgres(pg_database)
    return pg_database.replace("+asyncpg", "")


class Sql:
    """A connection of the test's own to the bot's database, on a loop of its own."""

    def __init__(self, url: str, application_name: str = "rekindle test") -> None:
        self.loop = asyncio.new_event_loop()
        self.conn = self.run(
            asyncpg.connect(admin_dsn(url), server_settings={"application_name": application_name})
        )

    def run(self, coroutine):  # type: ignore[no-untyped-def]
        return self.loop.run_until_complete(coroutine)

    def holder(self) -> tuple[int, str] | None:
        row = self.run(self.conn.fetchrow(HOLDER, *KEY))
        return (row["pid"], row["application_name"]) if row else None

    def close(self) -> None:
        self.run(self.conn.close())
        self.loop.close()


def test_a_poller_takes_its_lock_again_after_its_connection_is_lost(
    bot_api, database_url, tmp_path
):
    env = bot_env(bot_api, database_url, LOG_LEVEL="WARNING")
    sql = Sql(database_url)
    poller = start_bot(["run"], env, tmp_path)
    try:
        wait_until(bot_api.polled.is_set, poller, "it polled")
        holder = sql.holder()
        assert holder is not None and f"pid={poller.pid}" in holder[1]
        # As if the server restarted under it: its lock's session ends.
        assert sql.run(sql.conn.fetchval("SELECT pg_terminate_backend($1)", holder[0]))

        def retaken() -> bool:
            now = sql.holder()
            return now is not None and now[0] != holder[0] and f"pid={poller.pid}" in now[1]

        wait_until(retaken, poller, "it took the lock again")
        # So a second poller is still refused, naming the first.
        second = run_bot(["run"], env, tmp_path)
        assert second.returncode == 3, second.stderr
        assert f"Rekindle is already running (pid {poller.pid})" in second.stderr
        assert poller.poll() is None
    finally:
        sql.close()
        code, err = stop_bot(poller)
    assert code == 0, err
    assert "the poller lock is held again" in err
    assert "Traceback" not in err


def test_a_poller_whose_lock_was_taken_meanwhile_stops_with_a_clear_message(
    bot_api, database_url, tmp_path
):
    env = bot_env(bot_api, database_url, LOG_LEVEL="WARNING")
    sql = Sql(database_url)
    # Another poller's session, as that process would name it.
    other = Sql(database_url, f"{locks.APPLICATION_NAME} pid=4242 host={socket.gethostname()}")
    poller = start_bot(["run"], env, tmp_path)
    try:
        wait_until(bot_api.polled.is_set, poller, "it polled")
        holder = sql.holder()
        assert holder is not None
        # The other process waits for the lock first, so it gets it the moment the poller's
        # session ends, before the poller can connect again.
        waiting = other.loop.create_task(
            other.conn.execute("SELECT pg_advisory_lock($1, $2)", *KEY)
        )
        other.run(asyncio.sleep(0.2))
        assert (
            sql.run(
                sql.conn.fetchval(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    " AND classid = $1 AND objid = $2",
                    *KEY,
                )
            )
            == 1
        )
        assert sql.run(sql.conn.fetchval("SELECT pg_terminate_backend($1)", holder[0]))
        other.run(waiting)  # granted
        code, err = poller.wait(timeout=90), poller.communicate()[1]
    finally:
        sql.close()
        other.close()
        if poller.poll() is None:
            stop_bot(poller)
    assert code == 3, err
    assert "lost its connection to the database" in err
    assert "Rekindle is already running (pid 4242) on this database" in err
    assert "Traceback" not in err
