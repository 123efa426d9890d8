"""What a view returns: a message's text (Telegram HTML) and its buttons, with no Telegram
objects, so that the same result can be sent as a reply by a handler or from the outbox by the
dispatcher."""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks import CallbackData
from bot.views.catalogue import label, t


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: what pressing it means (``data``), or a link (``url``)."""

    text: str
    data: CallbackData | None = None
    url: str | None = None

    def as_json(self) -> dict[str, str]:
        """The Bot API's InlineKeyboardButton."""
        if self.url is not None:
            return {"text": self.text, "url": self.url}
        assert self.data is not None, "a button needs data or a url"
        return {"text": self.text, "callback_data": self.data.encode()}


Keyboard = list[list[Button]]


@dataclass(frozen=True)
class Rendered:
    """A message ready to send, in its reader's language."""

    text: str
    buttons: Keyboard | None = None
    # A one-time keyboard with a single button asking for the person's location.
    location_button: str | None = None
    # Take away a keyboard shown earlier (the location button).
    remove_keyboard: bool = False

    def keyboard_json(self) -> dict[str, object] | None:
        """The Bot API's inline_keyboard markup, or None without buttons."""
        if not self.buttons:
            return None
        return {"inline_keyboard": [[b.as_json() for b in row] for row in self.buttons]}


def buttons(*rows: list[tuple[str, CallbackData]]) -> Keyboard:
    """Rows of (label, what pressing it means)."""
    return [[Button(text, data) for text, data in row] for row in rows]


def say(lang: str, key: str, /, **values: object) -> Rendered:
    """A message that is one catalogue entry and nothing else (no buttons, nothing composed)."""
    return Rendered(t(lang, key, **values))


def toast(lang: str, key: str, /, **values: object) -> str:
    """The small pop-up answering a button press (plain text)."""
    return label(lang, key, **values)
