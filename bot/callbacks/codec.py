"""The callback data codec: how a button kind declared in ``bot.callbacks`` encodes and decodes.

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
fixed set. Everything else is None, which the handlers answer as a stale button.

The declarations themselves are in ``bot.callbacks`` (this package), and callers import
everything from there.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import time
from typing import Any, ClassVar, Self, get_args, get_type_hints

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
