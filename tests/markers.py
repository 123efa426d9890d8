"""A couple who write a unique marker word into every place a person can write, and the scans
that look for those words afterwards: in every text and JSON column of every table, and on
SQLite in the raw bytes of the database, its WAL and its SHM file.

Zorbel (the phone of ``SAM_ID``) writes the markers; Alex writes ordinary words, and one
private marker of his own, to check what stays his.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import SQLModel

from bot.simulator import Phone, Simulator
from tests.flows import PATTERN_LABELS, pair

# Saturday 21 November 2026, 14:00 in Berlin; the check-in slot is Sunday 19:00 Berlin.
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
DAILY = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)  # 20:00 in Berlin

# Where each of Zorbel's marker words is written.
MARKERS = {
    "name": "Zorbel",
    "promise": "quimbleberry",
    "private_promise": "snorkelfig",
    "reason": "wombatjam",
    "daily_answer": "jibberwock",
    "went_well_private": "pumpernix",
    "hard_shared": "glimmerquatch",
    "improve_shared": "fandangloo",
    "loved_promise": "crumplehorn",
    "slot_typed": "whiffletree",
    "draft": "zanzibarish",
}
WORDS = tuple(MARKERS.values())
ALEX_PRIVATE = "oxtailmoon"  # Alex's own private answer: never in Zorbel's export


async def write_everywhere(sim: Simulator, sam: Phone, alex: Phone) -> None:
    """Pair, then write each marker where it belongs (the clock starts at AFTERNOON)."""
    assert sam.first_name == MARKERS["name"]
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await sam.tap("20:00", sam.find("A daily question for the two of you?")[-1])

    await sam.send("/promise call you about the quimbleberry jam at 6pm")
    await sam.tap("Promise it")
    assert alex.saw("quimbleberry")
    await sam.send("/promise snorkelfig run tomorrow morning")
    await sam.tap("Keep it private")
    await sam.tap("Promise it")
    assert not alex.saw("snorkelfig")

    await sim.advance_to(datetime(2026, 11, 21, 18, 0, tzinfo=UTC))
    question = [m for m in sam.inbox if m.text.startswith("⏰ Did you keep")][-1]
    await sam.tap("Couldn't", question)
    await sam.send("the wombatjam on the motorway")
    assert sam.last.text.startswith("Thanks — noted.")

    await sim.advance_to(DAILY)
    await sam.send("jibberwock by the lake, every time")
    await alex.send("The bakery on Elm Street")
    assert alex.saw("jibberwock")  # revealed to Alex once both answered

    await sim.advance_to(SLOT)
    await sam.tap("Start", sam.find("It's your 30-minute check-in")[-1])
    for value in ("5", "4", "4", "3"):
        await sam.tap(value)
    for value in (0, 1, 0, 0):
        await sam.tap(PATTERN_LABELS[value])
    await sam.send("a pumpernix picnic on Tuesday")
    await sam.tap("Keep this private")
    await sam.send("glimmerquatch at work all week")
    await sam.tap("Money")
    await sam.send("fandangloo evenings, phones away")
    assert sam.last.text.startswith("✅ Thank you — your answers are saved.")
    await alex.tap("Start", alex.find("It's your 30-minute check-in")[-1])
    for value in ("4", "4", "4", "4"):
        await alex.tap(value)
    for value in (0, 0, 0, 0):
        await alex.tap(PATTERN_LABELS[value])
    await alex.send(f"the {ALEX_PRIVATE} soup")
    await alex.tap("Keep this private")
    await alex.send("Busy evenings")
    await alex.tap("Time together")
    await alex.tap("Skip")
    reveal = alex.find("🔓 Your answers side by side")[-1]
    assert "glimmerquatch" in reveal.text and "pumpernix" not in reveal.text

    await sam.tap("Ready to talk", sam.find("🔓 Your answers side by side")[-1])
    await alex.tap("I'm ready too")
    start = sim.clock.now()
    await sim.advance_to(start + timedelta(minutes=25))
    await sam.tap("Write what I'll do", sam.find("Something good for this week")[-1])
    await sam.send("crumplehorn dinner on Friday")
    assert alex.saw("crumplehorn")
    await sim.advance_to(start + timedelta(minutes=40))

    await sam.send("/checkin settings")
    await sam.tap("Change the time")
    await sam.tap("Another time")
    await sam.send("whiffletree o'clock")
    await sam.send("Wednesday 20:30")
    assert sam.last.text.startswith("📨 I've asked Alex")

    await sam.send("/promise plan a zanzibarish picnic")  # a draft, never confirmed


def found_in_tables(rows_by_table: dict[str, list[dict]], words=WORDS) -> list[str]:
    """'table.column: word' for every marker found in a text or JSON column (SQLModel's
    ``AutoString`` is a TypeDecorator over String: read by what each value is)."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        for row in rows_by_table.get(table.name, []):
            for column in table.columns:
                value = row[column.name]
                if not isinstance(value, str | dict | list):
                    continue
                shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                for word in words:
                    if word.lower() in (shown or "").lower():
                        found.append(f"{table.name}.{column.name}: {word}")
    return found


async def every_row(sim: Simulator) -> dict[str, list[dict]]:
    async with sim.db.engine.connect() as conn:
        return {
            table.name: [dict(r) for r in (await conn.execute(table.select())).mappings()]
            for table in SQLModel.metadata.sorted_tables
        }


def sqlite_files(sim: Simulator) -> list[Path]:
    path = Path(sim.db.url.removeprefix("sqlite+aiosqlite:///"))
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm")]


def found_in_files(files: list[Path], words=WORDS) -> list[str]:
    """'file: word' for every marker in the raw bytes (UTF-8, any case)."""
    found = []
    for file in files:
        if not file.exists():
            continue
        data = file.read_bytes().lower()
        for word in words:
            if word.lower().encode() in data:
                found.append(f"{file.name}: {word}")
    return found
