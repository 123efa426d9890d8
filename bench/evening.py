"""The evening of a weekly check-in: the database and the updates ``bench/updates.py`` feeds.

Sunday 20:00 in Berlin: the weekly slot opens for every couple at once, the burst the bot must
absorb. The couples have used Rekindle for 30 weeks (``bot.simulator.history``), so history
look-ups and insight checks read real amounts of data. What each couple sends that evening, and
why (about 31 updates per couple; 300 couples, some 9,000 updates, by default):

* **The private questions, about 27 updates for the 3 in 4 couples where both finish**: per
  partner Start, 4 pulse ratings, 4 "how often" ratings, the follow-up on last week's hard topic
  (when there was one: about half the people), "what went well" and "what felt hard" (typed),
  its topic (a button), "what can we improve" (typed). The check-in is the evening's point, so it is
  most of the traffic. In the other 1 in 4 couples one partner stops after the pulse, so the
  other finishes alone and is told the partner has not finished yet.
* **The reveal and the insight checks** run inside the last typed answer of the second partner
  to finish (outbox rows for both, a skill tip, ``insights.consider`` for both): about 1 update
  in 40 carries them.
* **Ready for the talk, 2 presses** per finishing couple (the second plans the timed agenda).
* **The daily act, 2 presses**: the evening is when people mark the day's act done; 1 in 10
  asks for "Another one" instead.
* **Promises, about 2 updates a couple**: in half the couples one partner answers "Kept" to a
  promise that fell due at 19:45 and the other confirms it ("Yes, thank you") later; in 1 of 3
  couples someone types ``/promise ...`` with a time (read by the date parser, screened for
  safety) and confirms the draft; 1 in 4 people looks at ``/promises``.

That is about 80 % button presses and 20 % typed messages (6 in 7 of them check-in answers, the
rest ``/promise`` and ``/promises``). Typed answers go through the normal text path, so the
safety screen sees every one, each in its writer's own words (``personal``: no two people
type the same answer). Each person's updates stay in order; people are interleaved, shuffled
within each step, as they would arrive.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

EVENING = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)  # Sunday 20:00 in Berlin: the slot
CLOCK = EVENING + timedelta(minutes=40)  # the evening is under way
WEEKS = 30
COUPLES = 300

WENT_WELL = [
    "We cooked together on Tuesday and laughed a lot",
    "Our walk by the river on Sunday morning",
    "Movie night",
    "We finally talked about the holidays without it turning into a row, which felt like a small"
    " win for both of us after the last few weeks",
    "Breakfast in bed",
    "You picked me up from the station when it was raining",
]
HARD = [
    "Busy evenings, we barely saw each other",
    "I felt a bit ignored when the phone came out at dinner",
    "Money worries about the car repair",
    "Tired after work, short with each other",
    "Planning the weekend with your parents took a lot of energy and I did not say how much it"
    " bothered me",
]
IMPROVE = [
    "Dinner without phones",
    "Plan one evening just for us",
    "Tell each other earlier when plans change",
    "A proper goodbye in the morning",
]
PROMISES = [
    "cook dinner tomorrow at 7pm",
    "call your mum with you on Tuesday evening",
    "take the bins out at 9pm",
    "book the cinema for Friday 20:00",
]
TOPICS = ["time", "communication", "money", "chores", "work", "family"]
# People do not type the same words: each typed answer of the evening is made distinct by an
# opening and an ending (so a cache or a batch of identical texts cannot flatter the screen's
# cost; 6 x 2 x 16 = 192 forms of each answer: one per person at 300 couples).
OPENINGS = ["", "Honestly, ", "I think ", "Probably ", "hmm ", "Mostly: "]
ENDINGS = ["", "!", " :)", " 🙂", ".", " again", " x", "…", " ❤️", "!!", " haha", " tbh", " lol"]
ENDINGS += [" 😊", "?", " 🙏"]


def personal(answers: list[str], uid: int) -> str:
    """The answer of person ``uid``: one of ``answers``, in that person's own words."""
    text = answers[uid % len(answers)]
    form = uid // len(answers)
    opening = OPENINGS[form % len(OPENINGS)]
    form //= len(OPENINGS)
    if form % 2:  # typed in lower case
        text = text[0].lower() + text[1:]
    form //= 2
    return opening + text + ENDINGS[form % len(ENDINGS)]


# -- the database on the evening ----------------------------------------------------------------


async def seed(url: str, couples: int) -> None:
    """30 weeks of history, then this evening: the open check-in, today's act offers and the
    promises that fell due at 19:45."""
    from bot.services.checkins.weeks import week_key
    from bot.simulator.history import seed_history
    from bot.storage.db import Database
    from bot.storage.models import ActDelivery, CheckIn, Couple, Promise

    history = await seed_history(url, EVENING, couples=couples, weeks=WEEKS)
    db = Database(url)
    try:
        async with db.connection() as conn:
            couple_ids = [history.first_couple + c for c in range(couples)]
            await conn.execute(
                update(Couple.__table__)
                .where(Couple.__table__.c.id.in_(couple_ids))
                .values(next_checkin_at=EVENING + timedelta(days=7))
            )
            await conn.execute(
                insert(CheckIn.__table__),
                [
                    {
                        "couple_id": c,
                        "week_key": week_key(EVENING.date()),
                        "slot_at": EVENING,
                        "status": "open",
                        "closes_at": EVENING + timedelta(days=6),
                        "remind_at": EVENING + timedelta(minutes=90),
                        "nudge_at": EVENING + timedelta(hours=24),
                        "solo": False,
                        "meeting": "none",
                        "meeting_step": 0,
                        "meeting_gen": 0,
                        "ready": [],
                        "created_at": EVENING,
                    }
                    for c in couple_ids
                ],
            )
            await conn.execute(
                insert(ActDelivery.__table__),
                [
                    {
                        "user_id": uid,
                        "act_id": "appreciation-01",
                        "category": "appreciation",
                        "local_date": EVENING.date(),
                        "status": "offered",
                        "offered_at": EVENING - timedelta(hours=11),
                    }
                    for uid in history.people
                ],
            )
            await conn.execute(
                insert(Promise.__table__),
                [
                    {
                        "promiser_id": history.people[2 * c],
                        "couple_id": couple_ids[c],
                        "text": "be home by 7:45",
                        "due_at": EVENING - timedelta(minutes=15),
                        "all_day": False,
                        "private": False,
                        "status": "open",
                        "revision": 0,
                        "snoozes": 0,
                        "source": "chat",
                        "created_at": EVENING - timedelta(hours=10),
                        "updated_at": EVENING - timedelta(hours=10),
                    }
                    for c in range(0, couples, 2)
                ],
            )
    finally:
        await db.dispose()


# -- the evening's updates ----------------------------------------------------------------------


class Evening:
    """The updates in the order they arrive, and the kind of each (for the per-kind counts)."""

    def __init__(self) -> None:
        self.updates: list[dict] = []
        self.kinds: dict[int, str] = {}
        self._ids = iter(range(1, 10**9))

    def _from(self, uid: int) -> dict:
        return {"id": uid, "is_bot": False, "first_name": "P", "language_code": "en"}

    def press(self, uid: int, data: str) -> dict:
        return {
            "update_id": next(self._ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "chat_instance": "c",
                "data": data,
                "from": self._from(uid),
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": uid, "type": "private"},
                    "text": "…",
                },
            },
        }

    def typed(self, uid: int, text: str) -> dict:
        message = {
            "message_id": next(self._ids),
            "date": 0,
            "text": text,
            "chat": {"id": uid, "type": "private", "first_name": "P"},
            "from": self._from(uid),
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"update_id": next(self._ids), "message": message}


async def build(url: str) -> Evening:
    """The same evening every time, for the people in the database."""
    from bot.services import safety, when
    from bot.storage.db import Database
    from bot.storage.models import ActDelivery, CheckIn, CheckInResponse, Promise, User

    for text in WENT_WELL + HARD + IMPROVE + PROMISES:  # the mix must not trip the screen
        if safety.screen(text).level != "none":
            raise RuntimeError(f"the safety screen flags a benchmark answer: {text!r}")
    for text in PROMISES:
        if when.read(text, CLOCK, "Europe/Berlin").when is None:
            raise RuntimeError(f"no time in the benchmark promise {text!r}")

    users_t, checkins_t = User.__table__, CheckIn.__table__
    responses_t, deliveries_t, promises_t = (
        CheckInResponse.__table__,
        ActDelivery.__table__,
        Promise.__table__,
    )
    db = Database(url)
    try:
        async with db.reading() as conn:
            people = (
                await conn.execute(select(users_t.c.id, users_t.c.couple_id).order_by(users_t.c.id))
            ).all()
            tonight = dict(
                (
                    await conn.execute(
                        select(checkins_t.c.couple_id, checkins_t.c.id).where(
                            checkins_t.c.slot_at == EVENING
                        )
                    )
                ).all()
            )
            offers = dict(
                (
                    await conn.execute(
                        select(deliveries_t.c.user_id, deliveries_t.c.id).where(
                            deliveries_t.c.local_date == EVENING.date()
                        )
                    )
                ).all()
            )
            due = dict(
                (
                    await conn.execute(
                        select(promises_t.c.promiser_id, promises_t.c.id).where(
                            promises_t.c.status == "open"
                        )
                    )
                ).all()
            )
            # Who gets last week's hard topic back as a question (as checkins._previous_topic).
            latest = (
                select(
                    responses_t.c.user_id,
                    responses_t.c.hard_topic,
                    func.row_number()
                    .over(partition_by=responses_t.c.user_id, order_by=checkins_t.c.slot_at.desc())
                    .label("n"),
                )
                .join(checkins_t, checkins_t.c.id == responses_t.c.checkin_id)
                .where(checkins_t.c.slot_at < EVENING)
                .subquery()
            )
            followup = {
                uid
                for uid, topic in (
                    await conn.execute(
                        select(latest.c.user_id, latest.c.hard_topic).where(latest.c.n == 1)
                    )
                ).all()
                if topic not in (None, "other")
            }
    finally:
        await db.dispose()

    out = Evening()
    couples: dict[int, list[int]] = defaultdict(list)
    for uid, couple in people:
        if couple in tonight:
            couples[couple].append(uid)
    scripts: dict[int, list[tuple[str, dict] | None]] = {}
    for n, (couple, (a, b)) in enumerate(sorted(couples.items())):
        ci = tonight[couple]
        both_finish = n % 4 != 3
        for uid in (a, b):
            steps: list[tuple[str, dict] | None] = [None] * 22
            act = "another" if uid % 10 == 3 else "done"
            steps[0] = (f"act {act}", out.press(uid, f"act:{act}:{offers[uid]}"))
            if uid in due:
                steps[1] = ("promise kept", out.press(uid, f"pk:kept:{due[uid]}:0"))
            steps[2] = ("checkin start", out.press(uid, f"ck:start:{ci}"))
            for i, (field, value) in enumerate(
                (("happiness", 4), ("warmth", 3), ("rewarding", 4), ("satisfied", 3))
            ):
                steps[3 + i] = ("rating pulse", out.press(uid, f"ca:{ci}:{field}:{value}"))
            finishes = both_finish or uid == a
            if finishes:
                for i, field in enumerate(("criticised", "disrespected", "defensive", "shut_out")):
                    steps[7 + i] = ("rating often", out.press(uid, f"ca:{ci}:{field}:{i % 2}"))
                if uid in followup:
                    steps[11] = ("topic follow-up", out.press(uid, f"ca:{ci}:topic_resolved:y"))
                steps[12] = ("typed answer", out.typed(uid, personal(WENT_WELL, uid)))
                steps[13] = ("typed answer", out.typed(uid, personal(HARD, uid)))
                topic = TOPICS[uid % len(TOPICS)]
                steps[14] = ("topic", out.press(uid, f"ca:{ci}:hard_topic:{topic}"))
                steps[15] = ("typed last answer", out.typed(uid, personal(IMPROVE, uid)))
            if both_finish:
                steps[17] = ("ready", out.press(uid, f"ck:ready:{ci}"))
            partner = b if uid == a else a
            if uid == b and partner in due:
                steps[18] = ("promise confirm", out.press(uid, f"pc:yes:{due[partner]}"))
            if uid == b and n % 3 == 0:
                text = PROMISES[n % len(PROMISES)]
                steps[19] = ("/promise", out.typed(uid, f"/promise {text}"))
                steps[20] = ("promise ok", out.press(uid, "pr:ok"))
            if uid % 4 == 1:
                steps[21] = ("/promises", out.typed(uid, "/promises"))
            scripts[uid] = steps
    shuffle = random.Random(18)
    order = sorted(scripts)
    for i in range(22):
        shuffle.shuffle(order)
        for uid in order:
            step = scripts[uid][i]
            if step is not None:
                kind, data = step
                out.kinds[data["update_id"]] = kind
                out.updates.append(data)
    # The later of the two last answers of a finishing couple is the one that reveals.
    last: dict[int, int] = {}
    position = {u["update_id"]: p for p, u in enumerate(out.updates)}
    for couple, (a, b) in couples.items():
        ids = [s[1]["update_id"] for s in (scripts[a][15], scripts[b][15]) if s is not None]
        if len(ids) == 2:
            last[couple] = max(ids, key=position.__getitem__)
    for update_id in last.values():
        out.kinds[update_id] = "typed last answer: reveal"
    return out


async def reached(url: str) -> dict[str, int]:
    """What the evening got to, from the database."""
    from bot.storage.db import Database
    from bot.storage.models import CheckIn, CheckInResponse, OutboxMessage, Promise, Suggestion

    db = Database(url)
    try:
        async with db.reading() as conn:

            async def count(query: Any) -> int:
                return int((await conn.execute(query)).scalar() or 0)

            outbox, responses = OutboxMessage.__table__, CheckInResponse.__table__
            checkins, promises = CheckIn.__table__, Promise.__table__
            tonight = select(checkins.c.id).where(checkins.c.slot_at == EVENING)
            return {
                "finished": await count(
                    select(func.count())
                    .select_from(responses)
                    .where(
                        responses.c.checkin_id.in_(tonight), responses.c.finished_at.is_not(None)
                    )
                ),
                "reveals": await count(
                    select(func.count()).where(
                        checkins.c.slot_at == EVENING, checkins.c.revealed_at.is_not(None)
                    )
                ),
                "talks": await count(
                    select(func.count()).where(
                        checkins.c.slot_at == EVENING, checkins.c.meeting == "running"
                    )
                ),
                "insight_suggestions": await count(
                    select(func.count()).where(Suggestion.__table__.c.created_at >= EVENING)
                ),
                "promises_made": await count(
                    select(func.count()).where(promises.c.created_at >= EVENING)
                ),
                "promises_confirmed": await count(
                    select(func.count()).where(
                        promises.c.partner_answered_at >= EVENING,
                        promises.c.partner_view == "confirmed",
                    )
                ),
                "outbox_written": await count(
                    select(func.count()).where(outbox.c.created_at >= CLOCK)
                ),
            }
    finally:
        await db.dispose()
