"""The SQLite files are private: the data folder 0700, the database, its WAL and SHM 0600.

They hold couples' private words, so no other account on the machine may read them, whatever
the umask of the shell or service that started the bot. SQLite creates its ``-wal`` and
``-shm`` files with the mode of the database file, so creating the database file 0600 before
SQLite first opens it is what keeps all three private; existing files are tightened too.

The folder is made 0700 when Rekindle creates it, and also when it already exists but holds
nothing other than Rekindle's own files (the project's ``data/`` folder from a checkout is 0755):
a folder the operator chose that holds other things (a home directory) is left as it is, and
``python -m bot doctor`` says so.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from sqlalchemy.engine import make_url

FOLDER_MODE = 0o700
FILE_MODE = 0o600
# The database file's companions: SQLite's WAL and shared-memory index, and the poller's lock.
SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
# Files a dedicated data folder may hold besides the database's own (a checkout keeps the
# empty folder with this file).
KEEP_FILES = {".gitkeep"}


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for PostgreSQL and in-memory databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def _is_ours(folder: Path, database: Path) -> bool:
    names = {database.name + suffix for suffix in SUFFIXES} | KEEP_FILES
    try:
        return all(entry.name in names for entry in folder.iterdir())
    except OSError:
        return False


def private_folder(folder: Path, database: Path | None = None) -> None:
    """Create ``folder`` (and its parents) with mode 0700, or tighten it if it is Rekindle's."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask
        return
    if database is not None and _is_ours(folder, database):
        _tighten(folder, FOLDER_MODE)


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # not ours to change (another owner): doctor tells
        info = path.stat()
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != mode:
            os.chmod(path, mode)


def private_database(path: Path) -> None:
    """The folder, then the database file created empty with 0600 if it is new (an empty file
    is a valid empty SQLite database), and every companion file tightened to 0600."""
    private_folder(path.parent, path)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)  # os.open's mode is filtered by the umask too
        finally:
            os.close(fd)
    for suffix in SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            _tighten(companion, FILE_MODE)


def prepare_sqlite(url: str) -> None:
    """Before an engine opens ``url``: private folder and files (nothing for PostgreSQL)."""
    path = sqlite_path(url)
    if path is not None:
        private_database(path)
