"""The SQLite files are the owner's alone: data/ 0700, the database, WAL and SHM 0600, whatever
the umask; deleted content does not survive in free pages (``secure_delete``)."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.storage.db import Database
from bot.storage.files import private_database
from bot.storage.migrate import upgrade

_umask_lock = threading.Lock()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o002])
async def test_a_new_data_folder_and_database_files_are_private(tmp_path, umask):
    folder = tmp_path / "data"
    database = folder / "rekindle.db"
    url = f"sqlite+aiosqlite:///{database}"
    with _umask_lock:
        old = os.umask(umask)
        try:
            await asyncio.to_thread(upgrade, url)  # the release step creates them
            db = Database(url)
            async with db.transaction() as session:
                await session.exec(
                    text(
                        "INSERT INTO couples (created_at, long_distance, "
                        "missed_weeks) VALUES ('2026-11-21', 0, 0)"
                    )
                )
            files = {p.name: mode(p) for p in folder.iterdir()}
            await db.dispose()
        finally:
            os.umask(old)
    assert mode(folder) == 0o700
    assert {"rekindle.db", "rekindle.db-wal", "rekindle.db-shm"} <= set(files), files
    assert {name: m for name, m in files.items() if m != 0o600} == {}


async def test_a_checked_out_data_folder_and_loose_files_are_tightened(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / ".gitkeep").touch()
    database = folder / "rekindle.db"
    for suffix in ("", "-wal", "-shm"):
        path = folder / f"rekindle.db{suffix}"
        path.touch()
        os.chmod(path, 0o644)
    private_database(database)
    assert mode(folder) == 0o700
    assert {p.name: mode(p) for p in folder.iterdir() if p.name != ".gitkeep"} == {
        "rekindle.db": 0o600,
        "rekindle.db-wal": 0o600,
        "rekindle.db-shm": 0o600,
    }


def test_a_folder_holding_other_things_is_left_as_it_is(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, 0o755)
    (home / "notes.txt").touch()
    private_database(home / "rekindle.db")
    assert mode(home) == 0o755  # not Rekindle's to close (doctor says so)
    assert mode(home / "rekindle.db") == 0o600


async def test_every_connection_zeroes_deleted_content(tmp_path):
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with db.connection() as conn:
            assert (await conn.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1
    finally:
        await db.dispose()
