"""Callback data: every kind of button declared once, with its prefix, typed fields and bounds.

A declaration says what each part of the data may be (``Int``, ``OneOf``, ``Token``,
``ClockTime``); the codec in ``codec.py`` encodes it (at most 64 bytes) and decodes only what
could have been encoded (anything forged, stale or out of range is None). Import everything from
here: ``from bot.callbacks import ActPress, decode``. The handlers are registered from these
declarations in one place (``bot/handlers/__init__.py``).
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import Annotated

from bot.callbacks.codec import (
    INT32,
    INT64,
    KINDS,
    LIMIT,
    SEPARATOR,
    CallbackData,
    ClockTime,
    Int,
    OneOf,
    Part,
    Token,
    decode,
)
from bot.content import LANGUAGES, PATTERN_IDS, PULSE_IDS, WRITTEN_IDS

__all__ = [
    "INT32",
    "INT64",
    "KINDS",
    "LIMIT",
    "SEPARATOR",
    "CallbackData",
    "ClockTime",
    "Int",
    "OneOf",
    "Part",
    "Token",
    "decode",
]

YES_NO = ("yes", "no")
# The question fields of the private check-in questions (``ca`` and ``cp`` buttons).
CHECKIN_FIELDS = (*PULSE_IDS, *PATTERN_IDS, "topic_resolved", *WRITTEN_IDS, "hard_topic")


# -- onboarding, settings, pairing and privacy --------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Consent(CallbackData, prefix="consent"):
    """'I agree' / 'Not now' on the welcome; an invite's token rides along on 'I agree'."""

    answer: Annotated[str, OneOf(*YES_NO)]
    token: Annotated[str | None, Token(r"[A-Za-z0-9_-]{1,40}", optional=True)] = None


@dataclasses.dataclass(frozen=True)
class TelegramName(CallbackData, prefix="name"):
    """'Call me <Telegram first name>'."""

    source: Annotated[str, OneOf("tg")]


@dataclasses.dataclass(frozen=True)
class ZoneChoice(CallbackData, prefix="tz"):
    """One of several time zones of a place (checked against the tz database on use)."""

    zone: Annotated[str, Token(r"[A-Za-z][A-Za-z0-9_+/-]{0,59}")]


@dataclasses.dataclass(frozen=True)
class ActTimeChoice(CallbackData, prefix="acttime"):
    at: Annotated[time, ClockTime()]


@dataclasses.dataclass(frozen=True)
class SettingsChoice(CallbackData, prefix="set"):
    """A button on the /settings menu."""

    choice: Annotated[
        str,
        OneOf(
            "name",
            "timezone",
            "act_time",
            "pause",
            "quiet",
            "resume",
            "apart",
            "together",
            "share",
            "noshare",
            "invite",
            "unpair",
            "withdraw",
            "language",
        ),
    ]


@dataclasses.dataclass(frozen=True)
class LanguageChoice(CallbackData, prefix="lang"):
    """A language on the /settings → Language menu."""

    lang: Annotated[str, OneOf(*LANGUAGES)]


@dataclasses.dataclass(frozen=True)
class PauseChoice(CallbackData, prefix="pause"):
    days: Annotated[int, Int(1, 90)]  # what a pause may last (services.users.MAX_PAUSE_DAYS)


@dataclasses.dataclass(frozen=True)
class QuietChoice(CallbackData, prefix="quiet"):
    """A quiet-hours preset ("set" with its window) or none at all ("off")."""

    mode: Annotated[str, OneOf("set", "off")]
    start: Annotated[time | None, ClockTime(optional=True)] = None
    end: Annotated[time | None, ClockTime(optional=True)] = None

    def valid(self) -> bool:
        if self.mode == "off":
            return self.start is None and self.end is None
        return self.start is not None and self.end is not None and self.start != self.end


@dataclasses.dataclass(frozen=True)
class UnpairAnswer(CallbackData, prefix="unpair"):
    """'Yes, end the pairing' names the partner it was shown for, so a stale one ends nothing."""

    answer: Annotated[str, OneOf(*YES_NO)]
    partner: Annotated[int | None, Int(1, INT64, optional=True)] = None

    def valid(self) -> bool:
        return (self.partner is not None) == (self.answer == "yes")


@dataclasses.dataclass(frozen=True)
class DeleteAnswer(CallbackData, prefix="delete"):
    answer: Annotated[str, OneOf(*YES_NO)]


@dataclasses.dataclass(frozen=True)
class SafetyDelete(CallbackData, prefix="sf"):
    """'Delete these messages' under a safety reply: the worrying message's id (0: none)."""

    action: Annotated[str, OneOf("del")]
    message: Annotated[int, Int(0, INT32)]


@dataclasses.dataclass(frozen=True)
class SafetyCheck(CallbackData, prefix="sc"):
    """The gentle "are you safe right now?": show me where to get help, or I'm OK. ``flag`` is
    the first flag of that question (0 before consent: nothing stored), ``message`` the
    worrying message's id for the delete button (0: none)."""

    action: Annotated[str, OneOf("help", "ok")]
    flag: Annotated[int, Int(0, INT32)]
    message: Annotated[int, Int(0, INT32)]


@dataclasses.dataclass(frozen=True)
class SafetyQuestion(CallbackData, prefix="sq"):
    """One answer to the private safety question: the answers given so far ride along (one
    letter each), so nothing is stored before the last one; ``flag`` is the row noted when it
    was asked, ``checkin`` the check-in it was asked in (0: at set-up)."""

    answer: Annotated[str, OneOf("y", "n", "s")]
    so_far: Annotated[str, Token(r"[yns]{0,2}")]
    flag: Annotated[int, Int(1, INT32)]
    checkin: Annotated[int, Int(0, INT32)]


# -- the daily act ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ActPress(CallbackData, prefix="act"):
    action: Annotated[str, OneOf("done", "another", "skip", "landed")]
    delivery: Annotated[int, Int(1, INT32)]


@dataclasses.dataclass(frozen=True)
class ShareActs(CallbackData, prefix="actshare"):
    """Whether to tell the partner when one has done one's act."""

    answer: Annotated[str, OneOf(*YES_NO)]


# -- promises -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PromiseWhen(CallbackData, prefix="pw"):
    """Tonight / Tomorrow / By the end of the week."""

    choice: Annotated[str, OneOf("tonight", "tomorrow", "week")]


@dataclasses.dataclass(frozen=True)
class PromiseDraft(CallbackData, prefix="pr"):
    """Buttons on a promise being made, and after a "Couldn't"."""

    action: Annotated[str, OneOf("ok", "time", "private", "share", "cancel", "new", "skipreason")]


@dataclasses.dataclass(frozen=True)
class PromiseCheck(CallbackData, prefix="pk"):
    """Kept / Not yet / Couldn't; the revision makes the buttons of a moved promise stale."""

    answer: Annotated[str, OneOf("kept", "later", "couldnt")]
    promise: Annotated[int, Int(1, INT32)]
    revision: Annotated[int, Int(0, INT32)]


@dataclasses.dataclass(frozen=True)
class PromiseConfirm(CallbackData, prefix="pc"):
    """The partner's 'Yes, thank you' / 'Not really'."""

    answer: Annotated[str, OneOf(*YES_NO)]
    promise: Annotated[int, Int(1, INT32)]


@dataclasses.dataclass(frozen=True)
class PromiseManage(CallbackData, prefix="pm"):
    """A promise in /promises: show it, move it, cancel it."""

    action: Annotated[str, OneOf("show", "time", "cancel")]
    promise: Annotated[int, Int(1, INT32)]


# -- the weekly check-in ------------------------------------------------------------------------

TALK_ACTIONS = ("loved", "next", "end", "break", "resume")


@dataclasses.dataclass(frozen=True)
class SlotMenu(CallbackData, prefix="cs"):
    """Choosing the weekly slot, and answering the partner's proposal of a new one."""

    action: Annotated[str, OneOf("other", "later", "pick", "keep", "ok", "no")]
    proposal: Annotated[str | None, Token(r"[0-9a-f]{8}", optional=True)] = None

    def valid(self) -> bool:
        return (self.proposal is not None) == (self.action in ("ok", "no"))


@dataclasses.dataclass(frozen=True)
class SlotChoice(CallbackData, prefix="cst"):
    """One of the suggested weekly slots."""

    weekday: Annotated[int, Int(0, 6)]
    at: Annotated[time, ClockTime()]


@dataclasses.dataclass(frozen=True)
class CheckinPress(CallbackData, prefix="ck"):
    """The check-in's own buttons; those of the talk carry its generation (``meeting_gen``)."""

    action: Annotated[str, OneOf("start", "snooze", "skip", "ready", "now", "hist", *TALK_ACTIONS)]
    checkin: Annotated[int, Int(0, INT32)]  # 0 for "now" and "hist", which need none
    gen: Annotated[int | None, Int(0, INT32, optional=True)] = None

    def valid(self) -> bool:
        if (self.gen is not None) != (self.action in TALK_ACTIONS):
            return False
        return self.checkin > 0 or self.action in ("now", "hist")


@dataclasses.dataclass(frozen=True)
class CheckinAnswer(CallbackData, prefix="ca"):
    """An answer button under a private question: the value is read by the question's kind."""

    checkin: Annotated[int, Int(1, INT32)]
    question: Annotated[str, OneOf(*CHECKIN_FIELDS)]
    value: Annotated[str, Token(r"[a-z0-9_]{1,16}")]


@dataclasses.dataclass(frozen=True)
class CheckinPrivacy(CallbackData, prefix="cp"):
    """Keep one written answer private, or share it after all."""

    checkin: Annotated[int, Int(1, INT32)]
    question: Annotated[str, OneOf(*WRITTEN_IDS)]


# -- insights -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SuggestionPress(CallbackData, prefix="ins"):
    """Buttons on a suggestion of help; "options" (to the invited partner) names none (0)."""

    action: Annotated[str, OneOf("notnow", "share", "why", "options")]
    suggestion: Annotated[int, Int(0, INT32)]

    def valid(self) -> bool:
        return (self.suggestion == 0) == (self.action == "options")


# -- the daily question -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class QuestionSetup(CallbackData, prefix="dqs"):
    """The daily question's settings (and the offer after pairing): open the menu, show the
    times, turn it on at a time ("at"), off, not now ("later"); agree to intimacy questions,
    turn them off, or leave the partner's suggestion open ("notnow")."""

    action: Annotated[
        str, OneOf("menu", "times", "at", "off", "later", "intim", "nointim", "notnow")
    ]
    at: Annotated[time | None, ClockTime(optional=True)] = None

    def valid(self) -> bool:
        return (self.at is not None) == (self.action == "at")


@dataclasses.dataclass(frozen=True)
class QuestionPress(CallbackData, prefix="dqp"):
    """A button about one day's question: ❤️, let's talk, change my answer, and the answer to
    "replace your answer with this one?"."""

    action: Annotated[str, OneOf("heart", "talk", "edit", "replace", "keep")]
    question: Annotated[int, Int(1, INT32)]


@dataclasses.dataclass(frozen=True)
class QuestionPage(CallbackData, prefix="dqa"):
    """A page of /questions (0 is the newest)."""

    page: Annotated[int, Int(0, 9999)]
