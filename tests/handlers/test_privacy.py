"""/export and /delete."""

from __future__ import annotations

import json

from sqlmodel import select

from bot.storage.models import Invite, OutboxMessage, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import pair, set_up


async def test_export_sends_my_data_as_a_json_file(sim, sam, alex):
    await pair(sam, alex)
    [doc] = await sam.send("/export")
    assert doc.kind == "document" and doc.file_name.endswith(".json")
    data = json.loads(doc.file_bytes)
    assert data["you"]["id"] == SAM_ID and data["you"]["name"] == "Sam"
    assert data["couple"]["partner_name"] == "Alex"
    assert all("token_hash" not in invite for invite in data["invites"])


async def test_delete_asks_then_erases_and_tells_the_partner_only_that_they_left(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/delete")
    await sam.tap("No, keep my data")
    async with sim.db.transaction() as session:
        assert await session.get(User, SAM_ID) is not None
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    assert sam.last.text.startswith("🗑 Done.")
    assert alex.last.text.startswith("Your partner has left Rekindle")
    async with sim.db.transaction() as session:
        assert await session.get(User, SAM_ID) is None
        assert list(await session.exec(select(Invite).where(Invite.inviter_id == SAM_ID))) == []
        assert (
            list(await session.exec(select(OutboxMessage).where(OutboxMessage.user_id == SAM_ID)))
            == []
        )
        assert (await session.get(User, ALEX_ID)).couple_id is not None
    # Starting again is a fresh start.
    [welcome] = await sam.send("/start")
    assert "I agree" in welcome.button_labels()[0]


async def test_a_solo_person_can_delete_too(sim, sam):
    await set_up(sam)
    await sam.send("/invite")
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    async with sim.db.transaction() as session:
        assert list(await session.exec(select(User))) == []
        assert list(await session.exec(select(Invite))) == []
