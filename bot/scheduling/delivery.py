"""What the dispatcher hands around: a claimed intent, its rendered message, the row as it is
sent, and what came of it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Literal

from bot.storage.db import Database

Outcome = Literal["sent", "retry", "rate_limited", "blocked", "failed", "unknown", "dropped"]


@dataclass(frozen=True)
class Intent:
    """A row this dispatcher has claimed: what to say, not yet how (a plain copy)."""

    id: int
    kind: str
    view: str  # which view renders it
    user_id: int  # the recipient
    about_id: int | None  # the person it is about (their partner), if any
    params: dict[str, Any]  # ids of the rows it is about, and non-personal parameters
    attempts: int
    counted: bool  # whether it used one of the user's daily budget
    # The id of the first of the notices waiting for this person that may go as one message
    # (this row's own id for that first one); None for a row that is sent on its own.
    fold_with: int | None = None


@dataclass(frozen=True)
class Message:
    """An intent rendered: Telegram HTML and the Bot API's reply_markup (or None)."""

    text: str
    reply_markup: dict[str, object] | None = None


@dataclass(frozen=True)
class Folded:
    """This intent's words went into another row's message (``into``): several notices for one
    person sent together. It is sent, or not, with that row."""

    into: int


@dataclass(frozen=True)
class Claimed:
    """A row this dispatcher is sending right now, rendered."""

    id: int
    kind: str
    user_id: int
    text: str
    reply_markup: dict[str, object] | None
    attempts: int
    counted: bool
    also: tuple[int, ...] = ()  # rows folded into this message, recorded with it
    lease_until: datetime | None = None  # when the claim's lease runs out

    @property
    def ids(self) -> list[int]:
        return [self.id, *self.also]


# Renders a batch of intents at send time: a message for each, None when what it refers to is
# gone (the row is dropped), Folded when its words went into another row's message, or the
# exception that rendering it raised (the row fails).
Renderer = Callable[
    [Database, Sequence[Intent], datetime],
    Awaitable[Sequence[Message | Folded | BaseException | None]],
]


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float = 0.0
    error: str | None = None
    at: datetime | None = None  # when the answer reached the bot (set by the dispatcher)


Sender = Callable[[Claimed], Awaitable[SendResult]]


@dataclass
class DispatchStats:
    sent: int = 0
    claimed: int = 0
    held: int = 0
    skipped: int = 0
    failed: int = 0
    unknown: int = 0
    retried: int = 0
    dropped: int = 0
    # Due rows left for later in this run: their person's previous message was still on its way.
    waiting: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def add(self, other: DispatchStats) -> None:
        names = [f.name for f in fields(self) if f.name != "outcomes"]
        for name in names:
            setattr(self, name, getattr(self, name) + getattr(other, name))
