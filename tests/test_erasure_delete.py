"""/delete erases the words: after a couple wrote a marker into every place a person can write,
none of the one who left is anywhere - no table, no column, no byte of the SQLite files - and
nothing their partner is sent afterwards quotes them."""

from __future__ import annotations

import json

import pytest
from sqlmodel import SQLModel

from bot.clock import FakeClock
from bot.simulator import Phone
from tests.conftest import ALEX_ID, SAM_ID
from tests.markers import (
    AFTERNOON,
    ALEX_PRIVATE,
    MARKERS,
    WORDS,
    every_row,
    found_in_files,
    found_in_tables,
    sqlite_files,
    write_everywhere,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


@pytest.fixture
def sam(sim) -> Phone:
    return sim.phone(SAM_ID, MARKERS["name"])


async def delete(sam: Phone) -> None:
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    assert sam.last.text.startswith("🗑 Done.")


async def test_the_flow_really_writes_every_marker_somewhere(sim, sam, alex):
    """The control: before /delete each marker is stored (else the scans prove nothing)."""
    await write_everywhere(sim, sam, alex)
    stored = " ".join(found_in_tables(await every_row(sim)))
    missing = [w for w in WORDS if w not in stored and w != MARKERS["slot_typed"]]
    assert missing == []  # (the mistyped slot is only ever echoed, never stored)
    if sim.db.is_sqlite:
        in_files = " ".join(found_in_files(sqlite_files(sim)))
        assert [w for w in missing if w not in in_files] == []
        assert MARKERS["promise"] in in_files


async def test_delete_leaves_no_marker_in_any_table_or_file(sim, sam, alex):
    await write_everywhere(sim, sam, alex)
    await delete(sam)
    rows = await every_row(sim)
    assert found_in_tables(rows) == []
    assert {r["id"] for r in rows["users"]} == {ALEX_ID}
    assert ALEX_PRIVATE in json.dumps(rows["checkin_responses"], default=str)  # his words
    if sim.db.is_sqlite:
        files = sqlite_files(sim)
        assert files[0].exists()
        assert found_in_files(files) == []


async def test_after_delete_nothing_the_partner_is_sent_quotes_them(sim, sam, alex):
    await write_everywhere(sim, sam, alex)
    seen = len(alex.inbox)
    await delete(sam)
    assert alex.last.text.startswith("Your partner has left Rekindle")
    for command in ("/promises", "/questions", "/insights", "/checkin", "/settings", "/export"):
        await alex.send(command)
    await sim.advance(days=8)  # a week of acts, questions and the next check-in slot
    later = alex.inbox[seen:]
    quoted = [
        (m.text[:60], w)
        for m in later
        for w in WORDS
        if w.lower() in (m.text + (m.file_bytes or b"").decode(errors="replace")).lower()
    ]
    assert quoted == []
    assert any(m.kind == "document" for m in later)  # the export was among them


async def test_export_names_every_table_and_none_of_the_partners_private_words(sim, sam, alex):
    await write_everywhere(sim, sam, alex)
    [doc] = await sam.send("/export")
    data = json.loads(doc.file_bytes)
    shown_as = {"users": "you", "couples": "couple"}
    tables = {t.name for t in SQLModel.metadata.sorted_tables}
    assert {shown_as.get(t, t) for t in tables} <= set(data), tables
    exported = json.dumps(data, ensure_ascii=False)
    assert [w for w in WORDS if w not in exported and w != MARKERS["slot_typed"]] == []
    assert ALEX_PRIVATE not in exported
    for table in ("promises", "checkin_responses", "question_answers", "outbox", "checkins"):
        assert data[table], table
    assert all(r["user_id"] == SAM_ID for r in data["checkin_responses"])
