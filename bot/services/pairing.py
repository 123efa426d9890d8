"""Pairing two people into a couple with a single-use invite link.

The token is 192 random bits; only its SHA-256 is stored, it works once, and it expires after 48
hours. A couple has at most two members. Every refusal changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.services import users
from bot.services.checkins import planning
from bot.services.notices import notify_partner
from bot.services.promises import changes
from bot.storage.models import CheckIn, Couple, Invite, InviteGuess, User

# Every kind of message about a couple's weekly check-in.
TOKEN_BYTES = 24  # 192 bits -> 32 URL-safe characters (Telegram allows 64 in a deep link)
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32}$")


class InviteStatus(StrEnum):
    OK = "ok"
    GARBLED = "garbled"  # not a token we could have made, or no such invite
    EXPIRED = "expired"
    USED = "used"
    SELF = "self"  # the inviter opened their own link
    FULL = "full"  # the inviter already has a partner
    ALREADY_PAIRED = "already_paired"  # the person opening it has a partner


@dataclass(frozen=True)
class InviteCheck:
    status: InviteStatus
    token_hash: str | None = None
    inviter: User | None = None
    invite_id: int | None = None


@dataclass(frozen=True)
class NewInvite:
    token: str
    expires_at: datetime


GUESS_LIMIT = 5  # wrong invite tokens a person may open in GUESS_WINDOW
GUESS_WINDOW = timedelta(hours=1)


def opener_key(secret: str, telegram_id: int) -> str:
    """Who opened a link, as the guess limit stores it: a keyed hash of the Telegram account,
    not its id (the person may not have agreed to anything yet). ``secret`` is the bot token:
    without it the hash says nothing; a new token only forgets the last hour's counts."""
    return hmac.new(secret.encode(), str(telegram_id).encode(), hashlib.sha256).hexdigest()


async def take_try(
    session: AsyncSession, opener: str, now: datetime, *, limit: int = GUESS_LIMIT
) -> bool:
    """Count one invite link this person opens, before it is looked at: False when they have
    already opened ``limit`` that did not work since their first one within the hour (a link
    that works is given back with ``give_back``). The count lives in the database, so every web
    process shares it, and it is taken in one statement (an upsert holding the person's row),
    so links opened at once through several processes cannot slip past it."""
    cutoff = now - GUESS_WINDOW
    table = InviteGuess.__table__
    stale = table.c.window_start <= cutoff
    statement = (
        _insert_for(session)(table)
        .values(opener=opener, window_start=now, tries=1, told=False)
        .on_conflict_do_update(
            index_elements=[table.c.opener],
            set_={
                "tries": case((stale, 1), else_=table.c.tries + 1),
                "told": case((stale, False), else_=table.c.told),
                "window_start": case((stale, now), else_=table.c.window_start),
            },
        )
        .returning(table.c.tries)
    )
    tries = (await session.exec(statement)).scalar_one()  # type: ignore[call-overload]
    if tries == 1:  # now and then, forget whoever stopped guessing over an hour ago
        await session.exec(delete(InviteGuess).where(InviteGuess.window_start <= cutoff))
    return tries <= limit


async def give_back(session: AsyncSession, opener: str) -> None:
    """The link opened was a real one (whatever became of it): it does not count as a guess."""
    await session.exec(
        update(InviteGuess)
        .where(InviteGuess.opener == opener, InviteGuess.tries > 0)
        .values(tries=InviteGuess.tries - 1)
    )


async def tell_once(session: AsyncSession, opener: str) -> bool:
    """Whether to tell the person about the pause now: once per hour past the limit."""
    told = await session.exec(
        update(InviteGuess)
        .where(InviteGuess.opener == opener, InviteGuess.told.is_(False))  # type: ignore[attr-defined]
        .values(told=True)
        .returning(InviteGuess.opener)
    )
    return told.first() is not None


def _insert_for(session: AsyncSession):  # type: ignore[no-untyped-def]
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_token(text: str) -> bool:
    return bool(_TOKEN_SHAPE.match(text))


async def create_invite(
    session: AsyncSession, inviter: User, *, now: datetime, ttl: timedelta
) -> NewInvite:
    """A fresh link; earlier unused links of this person stop working."""
    assert inviter.couple_id is not None
    await session.exec(
        update(Invite)
        .where(Invite.inviter_id == inviter.id, Invite.used_at.is_(None), Invite.expires_at > now)
        .values(expires_at=now)
    )
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invite = Invite(
        couple_id=inviter.couple_id,
        inviter_id=inviter.id,
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(invite)
    await session.flush()
    return NewInvite(token=token, expires_at=invite.expires_at)


async def check(
    session: AsyncSession, *, token_hash: str | None, opener_id: int, now: datetime
) -> InviteCheck:
    """Whether ``opener_id`` could join with this invite now. Reads only."""
    if token_hash is None:
        return InviteCheck(InviteStatus.GARBLED)
    invite = (await session.exec(select(Invite).where(Invite.token_hash == token_hash))).first()
    if invite is None:
        return InviteCheck(InviteStatus.GARBLED)
    inviter = await session.get(User, invite.inviter_id)
    if inviter is None:
        return InviteCheck(InviteStatus.GARBLED)
    if inviter.id == opener_id:
        return InviteCheck(InviteStatus.SELF, token_hash, inviter)
    if invite.used_at is not None:
        return InviteCheck(InviteStatus.USED, token_hash, inviter)
    if invite.expires_at <= now:
        return InviteCheck(InviteStatus.EXPIRED, token_hash, inviter)
    if (
        inviter.couple_id != invite.couple_id
        or await users.couple_size(session, invite.couple_id) >= 2
    ):
        return InviteCheck(InviteStatus.FULL, token_hash, inviter)
    opener = await session.get(User, opener_id)
    if opener is not None and await users.partner_of(session, opener) is not None:
        return InviteCheck(InviteStatus.ALREADY_PAIRED, token_hash, inviter)
    return InviteCheck(InviteStatus.OK, token_hash, inviter)


def token_hash_for(payload: str | None) -> str | None:
    """The hash to look up for a deep-link payload, or None when it cannot be a token."""
    if not payload or not looks_like_token(payload):
        return None
    return hash_token(payload)


async def redeem(
    session: AsyncSession, *, token_hash: str, joiner: User, now: datetime
) -> InviteCheck:
    """Join the inviter's couple if the invite is still good. All checks repeat here, inside the
    same transaction as the change, so two people racing for one link cannot both win."""
    result = await check(session, token_hash=token_hash, opener_id=joiner.id, now=now)
    if result.status is not InviteStatus.OK:
        return result
    invite = (await session.exec(select(Invite).where(Invite.token_hash == token_hash))).one()
    result = InviteCheck(result.status, token_hash, result.inviter, invite.id)
    claimed = await session.exec(
        update(Invite)
        .where(Invite.id == invite.id, Invite.used_at.is_(None))
        .values(used_at=now, used_by=joiner.id)
    )
    if claimed.rowcount != 1:
        return InviteCheck(InviteStatus.USED, token_hash, result.inviter)
    old_couple = joiner.couple_id
    joiner.couple_id = invite.couple_id
    await changes.move_to_couple(session, joiner.id, invite.couple_id)  # they carry over
    joiner.pending_invite = None
    if joiner.flow and joiner.flow.startswith("checkin."):
        users.set_flow(joiner, None)  # a question of the couple they are leaving
    users.touch(joiner, now)
    await session.flush()
    if old_couple is not None and old_couple != invite.couple_id:
        await _end_if_empty(session, old_couple, now)
    await notify_partner(
        session,
        result.inviter,
        joiner,
        "pairing.joined",
        now,
        kind="pairing",
        key=f"paired:{result.invite_id}",
    )
    return result


async def _end_if_empty(session: AsyncSession, couple_id: int, now: datetime) -> None:
    """The couple someone left to join another is ended, never deleted: its check-ins stay part
    of its former members' history. Its schedule stops, its open check-in closes, and its unused
    invites stop working."""
    if await users.couple_size(session, couple_id) > 0:
        return
    couple = await session.get(Couple, couple_id)
    if couple is None:
        return
    couple.ended_at = now
    couple.next_checkin_at = None
    couple.checkin_proposal = None
    await session.exec(
        update(Invite)
        .where(Invite.couple_id == couple_id, Invite.used_at.is_(None), Invite.expires_at > now)
        .values(expires_at=now)
    )
    for ci in await session.exec(
        select(CheckIn).where(CheckIn.couple_id == couple_id, CheckIn.status == "open")
    ):
        await planning.close(session, ci, now)


async def unpair(session: AsyncSession, user: User, *, now: datetime) -> User | None:
    """Leave the couple: the partner keeps it, ``user`` starts a solo one (a new couple id, which
    also names this unpairing), and the partner is told. Returns the partner."""
    partner = await users.partner_of(session, user)
    if partner is None:
        return None
    couple = Couple(created_at=now)
    session.add(couple)
    await session.flush()
    user.couple_id = couple.id
    users.touch(user, now)
    await changes.move_to_couple(session, user.id, couple.id)
    # Open invites of either partner belong to the old couple; none may add a third person later.
    await session.exec(
        update(Invite)
        .where(Invite.inviter_id.in_([user.id, partner.id]), Invite.used_at.is_(None))
        .values(expires_at=now)
    )
    await session.flush()
    # What was waiting about the couple's check-in is no longer true: the one who left gets
    # none of it, and the partner no nudges about them. That is decided where every row is
    # judged as it is sent (bot/views/intents.py: a check-in message renders only while its
    # recipient is in that check-in's couple, a nudge only while the one it is about is), which
    # also catches a row already on its way out; cancelling here as well would be a second home.
    await notify_partner(
        session,
        partner,
        user,
        "pairing.unpaired",
        now,
        kind="pairing",
        key=f"unpaired:{user.couple_id}:{partner.id}",
    )
    return partner
