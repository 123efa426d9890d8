"""The daily budget as a couple lives it: notices about the partner use it up, the core messages
(the check-in invitation) still arrive, and the notices beyond it wait."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.simulator.harness import simulator_settings
from bot.storage.models import OutboxMessage, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import answer_checkin, pair

# Saturday 21 November 2026, 14:00 in Berlin; Sunday's act at 09:00 Berlin, the check-in slot
# at 19:00 Berlin (18:00 UTC).
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
SUNDAY_ACTS = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


@pytest.fixture
def settings(db_url: str):
    return simulator_settings(db_url, daily_message_budget=1)


def invitations(phone):
    return [m for m in phone.inbox if m.text.startswith("📅 It's your 30-minute check-in")]


async def budgets(sim) -> dict[int, int]:
    async with sim.db.transaction() as session:
        people = await session.exec(select(User).where(User.id.in_((SAM_ID, ALEX_ID))))
        return {u.id: u.budget_used for u in people}


async def test_the_checkin_invitation_arrives_with_the_budget_used_up_by_notices(sim, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await sim.advance_to(SUNDAY_ACTS)
    # Sunday morning: Sam does the act and tells Alex (a notice: Alex's one for the day), and
    # Alex says it landed (a notice: Sam's one).
    await sam.tap("Done", [m for m in sam.inbox if m.text.startswith("🌱 Today's small act")][-1])
    await sam.tap("Yes, tell Alex")
    assert alex.last.text.startswith("💛 Sam did a small act for you today")
    await alex.tap("That landed")
    assert sam.last.text.startswith("❤️ Alex says your small act landed today")
    assert await budgets(sim) == {SAM_ID: 1, ALEX_ID: 1}

    await sim.advance_to(SLOT)
    [for_sam], [for_alex] = invitations(sam), invitations(alex)
    assert for_sam.button_labels() == ["▶️ Start", "⏰ In 1 hour", "Skip this week"]
    assert for_alex.button_labels() == for_sam.button_labels()

    # Once Sam has answered, the nudge to Alex ("Sam has answered...") is a notice: with Alex's
    # budget used up it would wait for the morning, by when it is stale, so it is skipped;
    # Sam's own steps (core) kept coming.
    before = len(alex.inbox)
    await sam.tap("Start", for_sam)
    await answer_checkin(sam)
    assert sam.last.text.startswith("✅ Thank you — your answers are saved.")
    assert len(alex.inbox) == before
    async with sim.db.transaction() as session:
        nudges = list(
            await session.exec(
                select(OutboxMessage).where(
                    OutboxMessage.user_id == ALEX_ID, OutboxMessage.kind == "checkin_nudge"
                )
            )
        )
    assert [(n.status, n.error) for n in nudges] == [
        ("skipped", "daily budget reached: would be too late")
    ]
