"""Reading the fake Bot API server's request log (bot/simulator/botapi_server.py): one record per
request, with its answer joined on, for bench/crash.py and the server's tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass
class LoggedRequest:
    """One request as the server saw it."""

    id: int
    method: str
    received_at: float
    answer: int
    chat_id: int | None = None
    text_sha: str | None = None
    identity: str | None = None
    fault: str | None = None
    answered_at: float | None = None  # when the answer was written (None: never)
    client_gone: bool = False  # the bot had hung up when the answer was ready
    gone_at: float | None = None  # when the bot hung up on it while it was open

    @property
    def delivered(self) -> bool:
        """The message reached the person (it arrived and was accepted)."""
        return self.method == "sendMessage" and self.answer == 200

    def open_at(self, instant: float) -> bool:
        """Not yet answered at ``instant``. (For the moment a bot was killed: a request of that
        bot received just after it had been sent just before; a dead bot sends nothing.)"""
        return self.answered_at is None or self.answered_at > instant


def read_log(path: str | Path) -> list[LoggedRequest]:
    """The requests in a server log, in arrival order, with their answers joined on."""
    requests: dict[int, LoggedRequest] = {}
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if not line.endswith("\n"):
                break  # a line being written right now
            record = json.loads(line)
            if record["ev"] == "recv":
                requests[record["id"]] = LoggedRequest(
                    id=record["id"],
                    method=record["method"],
                    received_at=record["t"],
                    answer=record["answer"],
                    chat_id=record.get("chat_id"),
                    text_sha=record.get("text_sha"),
                    identity=record.get("identity"),
                    fault=record.get("fault"),
                )
            elif record["ev"] == "resp" and record["id"] in requests:
                found = requests[record["id"]]
                found.answered_at = record["t"]
                found.client_gone = bool(record.get("client_gone"))
            elif record["ev"] == "gone" and record["id"] in requests:
                requests[record["id"]].gone_at = record["t"]
    return sorted(requests.values(), key=lambda r: r.id)
