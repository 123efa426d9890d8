"""bench/crash.py's figures that need more than counting: why a row is ``unknown``, and how long
a bot took from the fake writing an answer to having it on record."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from bot.simulator.requestlog import LoggedRequest


def cause_of_unknown(
    row: dict[str, Any], runs: list[Any], requests: list[LoggedRequest]
) -> tuple[str, int]:
    """Why a row is ``unknown``, and which bot left it so (its ``claimed_by`` names the pid):

    * ``error_answer``: its last request was answered with an error status while that bot was
      alive to read it (an HTTP answer means it was not delivered: issue 14 wants a retry);
    * ``hung_up``: the bot itself gave up on the request while alive (a read timeout);
    * ``crash``: that bot was killed before it recorded an answer (the per-kill figure);
    * ``other`` / ``unattributed``: anything else (no bot's pid in ``claimed_by``).
    """
    claimed_by = f"{row.get('claimed_by') or ''}"
    run = next((r for r in runs if f":{r.pid}:" in claimed_by), None)
    if run is None:
        return "unattributed", 0
    alive_until = run.killed_at if run.killed_at is not None else float("inf")
    own = [s for s in requests if s in run.sends]
    last = own[-1] if own else None
    if last is not None and last.answer != 200 and (last.answered_at or alive_until) < alive_until:
        return "error_answer", run.number
    if last is not None and last.gone_at is not None and last.gone_at < alive_until:
        return "hung_up", run.number
    return ("crash" if run.killed_at is not None else "other"), run.number


def quantile(values: list[float], q: float) -> float:
    """Of sorted ``values`` (0 when there are none)."""
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(q * len(values)))]


def as_epoch(value: Any) -> float | None:
    """A ``sent_at`` as read back (a datetime, or SQLite's text): seconds since the epoch."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def record_delays(
    rows: list[dict[str, Any]], requests_for: Any, runs: list[Any]
) -> dict[int, list[float]]:
    """Per bot run: for each answer it recorded as sent, the seconds from the fake writing the
    answer to the bot having it (``sent_at``)."""
    found: dict[int, list[float]] = defaultdict(list)
    run_of = {id(s): run.number for run in runs for s in run.sends}
    for row in rows:
        at = as_epoch(row.get("sent_at")) if row["status"] == "sent" else None
        if at is None:
            continue
        answered = [s for s in requests_for(row) if s.delivered and s.answered_at is not None]
        if not answered:
            continue
        last = answered[-1]
        found[run_of.get(id(last), 0)].append(max(0.0, at - last.answered_at))
    return found
