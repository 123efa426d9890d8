"""Callback data: every kind of button declared once, with its prefix, typed fields and bounds.

In the spirit of aiogram's ``CallbackData`` factories. A button kind is a frozen dataclass whose
fields say what each part of the data may be::

    @dataclass(frozen=True)
    class ActPress(CallbackData, prefix="act"):
        action: Annotated[str, OneOf("done", "another", "skip", "landed")]
        delivery: Annotated[int, Int(1, INT32)]

    ActPress("done", 12).encode()          # "act:done:12" (at most 64 bytes, or ValueError)
    ActPress.decode("act:done:12")         # ActPress(action="done", delivery=12)
    ActPress.decode("act:done:99999999999999999999")   # None

Telegram gives callback data back exactly as we sent it, but anyone can send anything: an old
button from last month, or data made up by hand. ``decode`` therefore returns a typed value only
for data this module could have produced: the right prefix, the right number of parts, numbers
in canonical form within what the database column holds and the domain allows, words from a
fixed set. Everything else is None, which the handlers answer as a stale button. The handlers
are registered from these declarations in one place (``bot/handlers/__init__.py``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import time
from typing import Annotated, Any, ClassVar, Self, get_args, get_type_hints

from bot.content import LANGUAGES, PATTERN_IDS, PULSE_IDS, WRITTEN_IDS

LIMIT = 64  # bytes: Telegram's limit for callback data
INT32 = 2**31 - 1  # an integer column (row ids, revisions, message ids)
INT64 = 2**63 - 1  # a BigInteger column (Telegram user ids)
SEPARATOR = ":"


class _Invalid:
    """What a part decodes to when the text is not a value it could have encoded."""


INVALID = _Invalid()


class Part:
    """One field of callback data."""

    optional = False

    def encode(self, value: Any) -> str:
        raise NotImplementedError

    def decode(self, raw: str) -> Any:
        raise NotImplementedError


class Int(Part):
    """A whole number in [low, high], written in canonical decimal (no sign, no leading zeros)."""

    _DIGITS = re.compile(r"0|[1-9][0-9]*")

    def __init__(self, low: int, high: int, *, optional: bool = False) -> None:
        self.low, self.high, self.optional = low, high, optional

    def encode(self, value: Any) -> str:
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not self.low <= value <= self.high
        ):
            raise ValueError(f"{value!r} is not a whole number in [{self.low}, {self.high}]")
        return str(value)

    def decode(self, raw: str) -> Any:
        if len(raw) > len(str(self.high)) or not self._DIGITS.fullmatch(raw):
            return INVALID
        value = int(raw)
        return value if self.low <= value <= self.high else INVALID


class OneOf(Part):
    """One of a fixed set of words (or numbers)."""

    def __init__(self, *values: str | int, optional: bool = False) -> None:
        self.values = {str(v): v for v in values}
        self.optional = optional

    def encode(self, value: Any) -> str:
        if str(value) not in self.values or self.values[str(value)] != value:
            raise ValueError(f"{value!r} is not one of {sorted(self.values)}")
        return str(value)

    def decode(self, raw: str) -> Any:
        return self.values.get(raw, INVALID)


class Token(Part):
    """A short text of a fixed shape (an invite token, a nonce, a time zone name)."""

    def __init__(self, pattern: str, *, optional: bool = False) -> None:
        self.pattern = re.compile(pattern)
        self.optional = optional

    def encode(self, value: Any) -> str:
        if not isinstance(value, str) or not self.pattern.fullmatch(value):
            raise ValueError(f"{value!r} does not match {self.pattern.pattern}")
        return value

    def decode(self, raw: str) -> Any:
        return raw if self.pattern.fullmatch(raw) else INVALID


class ClockTime(Part):
    """A time of day as four digits, "0730"."""

    _SHAPE = re.compile(r"([01][0-9]|2[0-3])([0-5][0-9])")

    def __init__(self, *, optional: bool = False) -> None:
        self.optional = optional

    def encode(self, value: Any) -> str:
        if not isinstance(value, time):
            raise ValueError(f"{value!r} is not a time of day")
        return f"{value.hour:02d}{value.minute:02d}"

    def decode(self, raw: str) -> Any:
        match = self._SHAPE.fullmatch(raw)
        return time(int(match[1]), int(match[2])) if match else INVALID


KINDS: dict[str, type[CallbackData]] = {}
_PARTS: dict[type, list[tuple[str, Part]]] = {}  # each kind's fields, read once


class CallbackData:
    """A button kind. Subclasses are frozen dataclasses declared with ``prefix=``."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not re.fullmatch(r"[a-z]{1,8}", prefix) or prefix in KINDS:
            raise TypeError(f"callback prefix {prefix!r} is malformed or used twice")
        cls.prefix = prefix
        KINDS[prefix] = cls

    @classmethod
    def _parts(cls) -> list[tuple[str, Part]]:
        found = _PARTS.get(cls)
        if found is None:
            hints = get_type_hints(cls, include_extras=True)
            found = []
            for f in dataclasses.fields(cls):  # type: ignore[arg-type]
                kinds = [a for a in get_args(hints[f.name])[1:] if isinstance(a, Part)]
                if len(kinds) != 1:
                    raise TypeError(f"{cls.__name__}.{f.name}: declare it as Annotated[type, Part]")
                found.append((f.name, kinds[0]))
            seen_optional = False
            for _, kind in found:
                if seen_optional and not kind.optional:
                    raise TypeError(f"{cls.__name__}: optional parts must come last")
                seen_optional = seen_optional or kind.optional
            _PARTS[cls] = found
        return found

    def valid(self) -> bool:
        """Rules between fields (override): e.g. a proposal answer needs the proposal's id."""
        return True

    def encode(self) -> str:
        if not self.valid():
            raise ValueError(f"{self!r} breaks its own rules")
        pieces = [self.prefix]
        for name, kind in _PARTS.get(type(self)) or self._parts():
            value = getattr(self, name)
            if value is None and kind.optional:
                break
            pieces.append(kind.encode(value))
        data = SEPARATOR.join(pieces)
        # (A character is at most 4 bytes: only longer data needs counting.)
        if len(data) * 4 > LIMIT and len(data.encode()) > LIMIT:
            raise ValueError(f"callback data {data!r} is longer than {LIMIT} bytes")
        return data

    @classmethod
    def matches(cls, data: object) -> bool:
        """Whether ``data`` is meant for this kind (its prefix), valid or not."""
        return isinstance(data, str) and data.split(SEPARATOR, 1)[0] == cls.prefix

    @classmethod
    def decode(cls, data: object) -> Self | None:
        """The typed value, or None for anything this kind could not have encoded."""
        if not isinstance(data, str) or len(data.encode()) > LIMIT:
            return None
        prefix, *raw = data.split(SEPARATOR)
        parts = cls._parts()
        required = sum(1 for _, kind in parts if not kind.optional)
        if prefix != cls.prefix or not required <= len(raw) <= len(parts):
            return None
        values: dict[str, Any] = {}
        for (name, kind), text in zip(parts, raw, strict=False):
            value = kind.decode(text)
            if value is INVALID:
                return None
            values[name] = value
        decoded = cls(**values)
        return decoded if decoded.valid() else None


def decode(data: object) -> CallbackData | None:
    """Any button's data, decoded by the kind its prefix names (None: forged, stale, unknown)."""
    if not isinstance(data, str):
        return None
    kind = KINDS.get(data.split(SEPARATOR, 1)[0])
    return kind.decode(data) if kind else None


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
