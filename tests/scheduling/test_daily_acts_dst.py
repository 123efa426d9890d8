"""Through the real planner and dispatcher: one act per local day across DST changes."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.scheduling.recurrence import local_date
from bot.simulator import Simulator
from bot.storage.models import OutboxMessage
from tests.factories import make_user

CASES = [
    ("Europe/Berlin", time(2, 30), datetime(2026, 3, 25, 12, tzinfo=UTC)),  # spring forward
    ("Europe/Berlin", time(2, 30), datetime(2026, 10, 21, 12, tzinfo=UTC)),  # fall back
    ("America/New_York", time(2, 30), datetime(2026, 3, 4, 12, tzinfo=UTC)),
    ("America/New_York", time(1, 30), datetime(2026, 10, 28, 12, tzinfo=UTC)),
    ("Australia/Lord_Howe", time(2, 15), datetime(2026, 9, 30, 12, tzinfo=UTC)),
    ("Australia/Lord_Howe", time(1, 45), datetime(2026, 4, 1, 12, tzinfo=UTC)),
    ("Asia/Kathmandu", time(2, 30), datetime(2026, 3, 25, 12, tzinfo=UTC)),
]


@pytest.mark.parametrize(("zone", "at", "start"), CASES)
async def test_one_act_per_local_day_across_the_change(settings, zone, at, start):
    clock = FakeClock(start)
    async with Simulator(settings, clock) as sim:
        await make_user(sim.db, 4242, now=clock.now(), zone=zone, act_time=at, quiet_off=True)
        # Seven days hold each change (all in days 1-5); a sent row is purged a week after.
        await sim.advance(days=7)
        async with sim.db.transaction() as session:
            sent = list(
                await session.exec(
                    select(OutboxMessage).where(
                        OutboxMessage.kind == "act", OutboxMessage.status == "sent"
                    )
                )
            )
        days = Counter(local_date(row.sent_at, zone) for row in sent)
        first = local_date(start, zone) + timedelta(days=1)
        assert days == Counter({first + timedelta(days=i): 1 for i in range(7)})
        assert len(sim.telegram.chat(4242)) == 7
        for row in sent:  # on time, or just after a gap
            local = row.sent_at.astimezone(ZoneInfo(zone))
            minutes = local.hour * 60 + local.minute - (at.hour * 60 + at.minute)
            assert 0 <= minutes <= 60, (row.sent_at, local)


async def test_partners_in_different_time_zones_get_theirs_at_their_own_time(settings):
    clock = FakeClock(datetime(2026, 11, 21, 12, tzinfo=UTC))
    async with Simulator(settings, clock) as sim:
        berlin = await make_user(sim.db, 1, now=clock.now(), zone="Europe/Berlin")
        await make_user(
            sim.db, 2, now=clock.now(), zone="America/New_York", couple_id=berlin.couple_id
        )
        await sim.advance(hours=24)
        [sam_act] = sim.telegram.chat(1)
        [alex_act] = sim.telegram.chat(2)
        async with sim.db.transaction() as session:
            rows = {r.user_id: r for r in await session.exec(select(OutboxMessage))}
        assert rows[1].sent_at == datetime(2026, 11, 22, 8, 0, tzinfo=UTC)  # 09:00 Berlin
        assert rows[2].sent_at == datetime(
            2026, 11, 21, 14, 0, tzinfo=UTC
        )  # 09:00 New York, same day
        assert sam_act.text.startswith("🌱 Today's small act")
        assert date(2026, 11, 21) == local_date(rows[2].sent_at, "America/New_York")
        assert alex_act.button_labels() == ["✅ Done", "🔄 Another one", "⏭ Skip today"]
