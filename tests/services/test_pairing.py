"""Pairing by invite link: single-use, expiring tokens stored only as hashes; every refusal
changes nothing; unpairing leaves each partner their own couple and history."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import select

from bot.services import pairing
from bot.services.pairing import InviteStatus
from bot.storage.db import Database
from bot.storage.models import Invite, Promise, User
from tests.factories import make_user
from tests.services.conftest import ALEX, CASEY, SAM, couple, outbox_rows

TTL = timedelta(hours=48)


async def invite(db, now, inviter: int = SAM) -> str:
    async with db.transaction() as session:
        user = await session.get(User, inviter)
        return (await pairing.create_invite(session, user, now=now, ttl=TTL)).token


async def opened(db, token: str, opener: int, now) -> InviteStatus:
    async with db.transaction() as session:
        hashed = pairing.token_hash_for(token)
        return (await pairing.check(session, token_hash=hashed, opener_id=opener, now=now)).status


async def redeemed(db, token: str, joiner: int, now) -> InviteStatus:
    async with db.transaction() as session:
        user = await session.get(User, joiner)
        hashed = pairing.token_hash_for(token)
        return (await pairing.redeem(session, token_hash=hashed, joiner=user, now=now)).status


def test_a_token_is_long_and_only_its_hash_is_looked_up():
    assert pairing.token_hash_for("short") is None
    assert pairing.token_hash_for("A" * 32) == pairing.hash_token("A" * 32)
    assert len(pairing.hash_token("A" * 32)) == 64


async def test_an_invite_works_once_for_someone_else_and_tells_the_inviter(db, clock):
    now = clock.now()
    await make_user(db, SAM, now=now, name="Sam")
    await make_user(db, ALEX, now=now, name="Alex")
    token = await invite(db, now)
    async with db.transaction() as session:
        [stored] = list(await session.exec(select(Invite)))
        assert stored.token_hash == pairing.hash_token(token) and token not in repr(stored)
    assert await opened(db, token, SAM, now) is InviteStatus.SELF
    assert await redeemed(db, token, ALEX, now) is InviteStatus.OK
    assert await redeemed(db, token, ALEX, now) is InviteStatus.USED
    [told] = await outbox_rows(db, view="pairing.joined")
    assert (told.user_id, told.about_id) == (SAM, ALEX)


async def test_an_expired_invite_and_a_new_link_replacing_an_old_one(db, clock):
    now = clock.now()
    await make_user(db, SAM, now=now)
    await make_user(db, ALEX, now=now)
    old = await invite(db, now)
    new = await invite(db, now + timedelta(minutes=1))
    assert await opened(db, old, ALEX, now + timedelta(minutes=2)) is InviteStatus.EXPIRED
    made = now + timedelta(minutes=1)
    assert await opened(db, new, ALEX, made + TTL - timedelta(seconds=1)) is InviteStatus.OK
    assert await opened(db, new, ALEX, made + TTL) is InviteStatus.EXPIRED


async def test_no_third_person_and_no_one_already_paired(db, clock):
    now = clock.now()
    await couple(db, now)
    await make_user(db, CASEY, now=now)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        token = (await pairing.create_invite(session, sam, now=now, ttl=TTL)).token
    assert await opened(db, token, CASEY, now) is InviteStatus.FULL
    casey_token = await invite(db, now, inviter=CASEY)
    assert await opened(db, casey_token, ALEX, now) is InviteStatus.ALREADY_PAIRED
    assert await redeemed(db, casey_token, ALEX, now) is InviteStatus.ALREADY_PAIRED
    async with db.transaction() as session:
        assert (await session.get(User, ALEX)).couple_id == (await session.get(User, SAM)).couple_id


async def test_two_people_racing_for_one_link_cannot_both_join(db_url, clock):
    now = clock.now()
    seed = Database(db_url)
    await make_user(seed, SAM, now=now)
    await make_user(seed, ALEX, now=now)
    await make_user(seed, CASEY, now=now)
    token = await invite(seed, now)
    await seed.dispose()
    dbs = [Database(db_url), Database(db_url)]
    try:
        results = await asyncio.gather(
            redeemed(dbs[0], token, ALEX, now), redeemed(dbs[1], token, CASEY, now)
        )
        assert sorted(r.value for r in results) == ["ok", "used"]
    finally:
        for db in dbs:
            await db.dispose()


async def test_unpairing_gives_each_their_own_couple_and_their_own_promises(db, clock):
    now = clock.now()
    sam, alex = await couple(db, now)
    async with db.transaction() as session:
        session.add(
            Promise(
                promiser_id=SAM,
                couple_id=sam.couple_id,
                text="walk the dog",
                due_at=now + timedelta(days=1),
                created_at=now,
                updated_at=now,
            )
        )
    async with db.transaction() as session:
        partner = await pairing.unpair(session, await session.get(User, SAM), now=now)
        assert partner.id == ALEX
    async with db.transaction() as session:
        sam_now, alex_now = await session.get(User, SAM), await session.get(User, ALEX)
        assert sam_now.couple_id != alex_now.couple_id == alex.couple_id
        assert (await session.exec(select(Promise))).one().couple_id == sam_now.couple_id
        assert await pairing.unpair(session, sam_now, now=now) is None  # nothing left to end
    [told] = await outbox_rows(db, view="pairing.unpaired")
    assert (told.user_id, told.about_id) == (ALEX, SAM)
