"""Invites and pairing between two (or three) simulated phones."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlmodel import select

from bot.storage.models import Invite, User
from tests.conftest import ALEX_ID, CASEY_ID, SAM_ID
from tests.flows import invite_link, pair, set_up


async def users_by_id(sim) -> dict[int, User]:
    async with sim.db.transaction() as session:
        return {u.id: u for u in await session.exec(select(User))}


async def make_invite(phone) -> str:
    await phone.send("/invite")
    return invite_link(phone).rsplit("=", 1)[1]


async def test_invite_link_is_a_long_single_use_deep_link_stored_hashed(sim, sam):
    await set_up(sam)
    replies = await sam.send("/invite")
    link = invite_link(sam)
    assert link.startswith("https://t.me/RekindleTestBot?start=")
    token = link.rsplit("=", 1)[1]
    assert len(token) >= 22  # 22 URL-safe characters are 128 bits; ours are 32 (192 bits)
    # The second message is for forwarding, with a join button carrying the same link.
    assert replies[1].buttons[0][0]["url"] == link
    async with sim.db.transaction() as session:
        [invite] = await session.exec(select(Invite))
    assert invite.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in invite.token_hash
    assert invite.expires_at - invite.created_at == timedelta(hours=48)


async def test_partner_joins_and_both_are_told(sim, sam, alex):
    await set_up(sam)
    token = await make_invite(sam)
    [welcome] = await alex.send(f"/start {token}")
    assert welcome.text.startswith("💌 Sam invited you to Rekindle")
    await alex.tap("I agree")
    await alex.send("Alex")
    await alex.send("London")
    await alex.send("8:00")
    assert alex.inbox[-3].text.startswith("🎉 You're all set, Alex — and paired with Sam!")
    # Both are offered the daily question; Alex is also offered a time for the check-in.
    assert alex.inbox[-2].text.startswith("💭 A daily question for the two of you?")
    assert "weekly check-in" in alex.last.text
    assert sam.inbox[-2].text.startswith("💞 Alex accepted your invite")
    assert sam.last.text.startswith("💭 A daily question for the two of you?")
    people = await users_by_id(sim)
    assert people[SAM_ID].couple_id == people[ALEX_ID].couple_id is not None


async def test_a_used_link_cannot_add_a_third_person(sim, sam, alex, casey):
    await set_up(sam)
    token = await make_invite(sam)
    await set_up(alex, start=f"/start {token}")
    replies = await casey.send(f"/start {token}")
    assert "already been used" in replies[0].text
    # Casey can still start on their own, but nothing ties them to Sam and Alex.
    await casey.tap("I agree")
    people = await users_by_id(sim)
    assert people[CASEY_ID].couple_id != people[SAM_ID].couple_id
    assert sum(1 for u in people.values() if u.couple_id == people[SAM_ID].couple_id) == 2


async def test_two_people_racing_for_one_link(sim, sam, alex, casey):
    """Both open the link before either finishes set-up: the first to finish wins."""
    await set_up(sam)
    token = await make_invite(sam)
    for phone in (alex, casey):
        await phone.send(f"/start {token}")
        await phone.tap("I agree")
        await phone.send(phone.first_name)
        await phone.send("Berlin")
    await alex.send("9:00")
    await casey.send("9:00")
    assert alex.saw("paired with Sam")
    assert casey.saw("already been used")
    assert casey.inbox[-2].text.startswith("🎉 You're all set, Casey!")
    assert "weekly check-in" in casey.last.text  # and the offer to pick its time  # set up, solo
    people = await users_by_id(sim)
    assert people[CASEY_ID].couple_id != people[SAM_ID].couple_id


async def test_expired_link(sim, clock, sam, alex):
    await set_up(sam)
    token = await make_invite(sam)
    clock.advance(hours=48, seconds=1)
    [status, welcome] = await alex.send(f"/start {token}")
    assert "expired" in status.text and "Ask Sam" in status.text
    assert "invited you" not in welcome.text
    await alex.tap("I agree")
    await set_up_rest(alex)
    assert alex.inbox[-2].text.startswith("🎉 You're all set, Alex!")
    assert "weekly check-in" in alex.last.text  # and the offer to pick its time
    people = await users_by_id(sim)
    assert people[ALEX_ID].couple_id != people[SAM_ID].couple_id


async def set_up_rest(phone) -> None:
    await phone.send(phone.first_name)
    await phone.send("Berlin")
    await phone.send("9:00")


async def test_opening_your_own_link(sim, sam):
    await set_up(sam)
    token = await make_invite(sam)
    [reply] = await sam.send(f"/start {token}")
    assert "your own invite link" in reply.text


async def test_garbled_links(sim, sam, alex):
    await set_up(sam)
    await make_invite(sam)
    for payload in ("abc", "A" * 32, "x" * 64, "../../etc/passwd"):
        replies = await alex.send(f"/start {payload}")
        assert "couldn't read that invite link" in replies[0].text
    await alex.tap("I agree")
    assert (await users_by_id(sim))[ALEX_ID].pending_invite is None


async def test_a_new_link_replaces_the_old_one(sim, sam, alex):
    await set_up(sam)
    old = await make_invite(sam)
    await make_invite(sam)
    replies = await alex.send(f"/start {old}")
    assert "expired" in replies[0].text


async def test_someone_already_paired_cannot_join_another_couple(sim, sam, alex, casey):
    await pair(sam, alex)
    await set_up(casey)
    token = await make_invite(casey)
    [reply] = await alex.send(f"/start {token}")
    assert "You're already paired with Sam" in reply.text
    people = await users_by_id(sim)
    assert people[ALEX_ID].couple_id == people[SAM_ID].couple_id


async def test_a_solo_user_who_opens_a_link_is_paired_at_once(sim, sam, alex):
    await set_up(sam)
    await set_up(alex)
    token = await make_invite(sam)
    [reply, offer] = await alex.send(f"/start {token}")
    assert reply.text.startswith("💞 You're paired with Sam!")
    assert offer.text.startswith("💭 A daily question for the two of you?")
    assert sam.inbox[-2].text.startswith("💞 Alex accepted your invite")


async def test_invite_when_already_paired(sim, sam, alex):
    await pair(sam, alex)
    [reply] = await sam.send("/invite")
    assert "already paired with Alex" in reply.text


async def test_pairing_news_waits_for_the_end_of_quiet_hours(sim, clock, sam, alex):
    await set_up(sam)
    token = await make_invite(sam)
    clock.advance(hours=14)  # 23:00 in Berlin: Sam's quiet hours
    await set_up(alex, start=f"/start {token}")
    assert not sam.saw("accepted your invite")
    await sim.advance(hours=9)  # past 08:00
    assert sam.saw("accepted your invite")


async def test_unpair_asks_first_and_tells_the_partner_kindly(sim, sam, alex):
    await pair(sam, alex)
    [confirm] = await sam.send("/unpair")
    assert "end your pairing with Alex" in confirm.text
    await sam.tap("No, keep us paired")
    assert sam.last.text.startswith("Good — nothing changed")
    people = await users_by_id(sim)
    assert people[SAM_ID].couple_id == people[ALEX_ID].couple_id

    await sam.send("/unpair")
    await sam.tap("Yes, end the pairing")
    assert sam.saw("You're no longer paired with Alex")
    assert alex.last.text.startswith("Sam has ended your pairing")
    assert "Be gentle with yourself" in alex.last.text
    people = await users_by_id(sim)
    assert people[SAM_ID].couple_id != people[ALEX_ID].couple_id
    assert (await sam.send("/unpair"))[0].text.startswith("You're not paired")


async def test_a_stale_unpair_button_cannot_end_a_newer_pairing(sim, sam, alex, casey):
    await pair(sam, alex)
    [confirm] = await sam.send("/unpair")
    await sam.tap("Yes, end the pairing")
    await set_up(casey)
    token = await make_invite(casey)
    await sam.send(f"/start {token}")  # Sam now pairs with Casey
    await sam.press(f"unpair:yes:{ALEX_ID}", confirm)  # the old button, replayed
    people = await users_by_id(sim)
    assert people[SAM_ID].couple_id == people[CASEY_ID].couple_id


async def test_pairing_after_unpairing_uses_a_fresh_link(sim, sam, alex):
    await pair(sam, alex)
    await alex.send("/unpair")
    await alex.tap("Yes, end the pairing")
    token = await make_invite(sam)
    await alex.send(f"/start {token}")
    people = await users_by_id(sim)
    assert people[SAM_ID].couple_id == people[ALEX_ID].couple_id
    assert sum("accepted your invite" in m.text for m in sam.inbox) == 2  # once each time
