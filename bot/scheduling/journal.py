"""Requests about to leave and Telegram's answers, written down at once, before the database.

On SQLite the database has one writer at a time: an answer that has reached the bot may wait
behind the planner's transaction, a claim or another batch of answers before it is committed,
and a ``sending`` mark committed before the request would hold the request back as long. A crash
in those waits would leave a row ``unknown`` although its answer had arrived, or whose request
never left. So both are lines in a small file of the dispatcher's own (one ``os.write`` on the
event loop's thread, no lock to wait for: it survives a SIGKILL like a committed SQLite
transaction under ``synchronous=NORMAL`` does, since both are in the operating system's hands
once written): ``{"sending": [ids]}`` right before the request (nothing is awaited in between),
the answer right after it; the answer then goes into the outbox as before (the row says
``claimed`` until then). The file is emptied whenever everything in it has been applied.

When a dispatcher finds one whose process is gone (or whose lease ran out), it first applies
that one's journal (a row answered 200 is ``sent``, one answered with an error goes back to be
retried, one written down as leaving with no answer is ``unknown``), and only then hands the
other claimed rows back to ``pending``. Applying is idempotent: each answer changes its
row only while the row is still the dead dispatcher's and in flight.

The journals live next to the SQLite file (``<database>-answers/``), where every process that
opens that database can read them. PostgreSQL has no single writer to wait for, so there the
answer goes straight into its own short transaction (no journal).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.scheduling.delivery import Claimed, SendResult

log = logging.getLogger(__name__)

SUFFIX = ".answers"


def directory_for(url: str) -> Path | None:
    """Where the journals of a database live: beside a SQLite file; None otherwise (PostgreSQL,
    an in-memory SQLite)."""
    parsed = make_url(url)
    if not parsed.get_backend_name().startswith("sqlite"):
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(os.path.abspath(database + "-answers"))


def _file_name(worker: str) -> str:
    return worker.replace("/", "_").replace(":", "_") + SUFFIX


def path_for(folder: Path, worker: str) -> Path:
    return folder / _file_name(worker)


class Journal:
    """One dispatcher's journal (``worker`` is its name, ``ledger.worker_name()``)."""

    def __init__(self, folder: Path, worker: str) -> None:
        self.folder = folder
        self.worker = worker
        self.path = path_for(folder, worker)
        self._fd: int | None = None
        self.out: set[int] = set()  # rows written down as leaving whose answer is not applied
        self.written = 0  # answers appended since the file was last emptied
        self.applied = 0  # ... and of those, how many the database has

    def _open(self) -> int:
        if self._fd is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            # The first line names the worker: the file name is only a readable copy.
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            if os.fstat(self._fd).st_size == 0:
                os.write(self._fd, (json.dumps({"worker": self.worker}) + "\n").encode())
        return self._fd

    def sending(self, row: Claimed) -> None:
        """Write down that this row's request is about to leave (synchronously, right before
        it): from here on a crash leaves it ``unknown``; before, it goes back to pending."""
        os.write(self._open(), (json.dumps({"sending": row.ids}) + "\n").encode())
        self.out.add(row.id)

    def append(self, row: Claimed, result: SendResult) -> None:
        """Write one answer down (synchronously: nothing may run between the answer arriving
        and this)."""
        self._answer(row, result)
        self.written += 1

    def heard(self, row: Claimed, result: SendResult) -> None:
        """Write down what the status line alone says, the moment it is read (the full answer,
        with its message id, follows as an ``append`` and replaces it)."""
        self._answer(row, result)

    def _answer(self, row: Claimed, result: SendResult) -> None:
        entry = {
            "ids": row.ids,
            "kind": row.kind,
            "user": row.user_id,
            "attempts": row.attempts,
            "counted": row.counted,
            "outcome": result.outcome,
            "message_id": result.message_id,
            "retry_after": result.retry_after,
            "error": result.error,
            "at": result.at.isoformat() if result.at is not None else None,
        }
        os.write(self._open(), (json.dumps(entry) + "\n").encode())

    def _settled(self) -> bool:
        return not self.out and self.applied >= self.written

    def applied_to_database(self, rows: list[Claimed]) -> None:
        """These rows' answers are committed; once every row written down as leaving has its
        answer in the database, the file is emptied (kept open)."""
        self.applied += len(rows)
        self.out.difference_update(row.id for row in rows)
        if self._settled() and self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.write(self._fd, (json.dumps({"worker": self.worker}) + "\n").encode())
            self.written = self.applied = 0

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            if self._settled():
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()


@dataclass
class Left:
    """What a journal says: its worker, the rows whose requests left, and the answers."""

    worker: str | None = None
    sending: set[int] = field(default_factory=set)
    answers: list[tuple[Claimed, SendResult]] = field(default_factory=list)


def read(path: Path) -> Left:
    """What a journal holds; a line cut short by a crash says nothing. A row's last line is the
    one that counts: the full answer after what its status line said, and a ``sending`` line
    after an answer (the row was retried: a new request that may have arrived) makes that
    earlier answer stale."""
    left = Left()
    marked: dict[int, int] = {}  # row id -> the line that last wrote it down as leaving
    answers: dict[int, tuple[int, Claimed, SendResult]] = {}  # row id -> its last answer
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return left
    for number, line in enumerate(text.splitlines(keepends=True)):
        if not line.endswith("\n"):
            break
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if "worker" in entry:
            left.worker = entry["worker"]
            continue
        if "sending" in entry:
            marked.update((int(i), number) for i in entry["sending"])
            continue
        ids = [int(i) for i in entry["ids"]]
        row = Claimed(
            ids[0],
            entry["kind"],
            int(entry["user"]),
            "",
            None,
            int(entry["attempts"]),
            bool(entry["counted"]),
            tuple(ids[1:]),
        )
        at = datetime.fromisoformat(entry["at"]) if entry.get("at") else None
        result = SendResult(
            entry["outcome"],
            message_id=entry.get("message_id"),
            retry_after=float(entry.get("retry_after") or 0),
            error=entry.get("error"),
            at=at,
        )
        answers[row.id] = (number, row, result)
    answered: set[int] = set()
    for number, row, result in answers.values():
        if number > marked.get(row.id, -1):
            left.answers.append((row, result))
            answered.update(row.ids)
    left.sending = set(marked) - answered
    return left


def left_behind(folder: Path | None, dead: Callable[[str], bool]) -> Iterator[tuple[str, Path]]:
    """The journals of dispatchers that are gone: (worker, path)."""
    if folder is None or not folder.is_dir():
        return
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        worker = worker_of(path)
        if worker is not None and dead(worker):
            yield worker, path


def worker_of(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8") as lines:
            first = lines.readline()
        return json.loads(first).get("worker")
    except (FileNotFoundError, ValueError, AttributeError):
        return None
