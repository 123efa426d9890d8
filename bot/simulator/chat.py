"""What a simulated phone shows: the messages in a chat, and Telegram's rules for HTML text.

The rules are strict where Telegram is strict (only Telegram's tags, every ``<`` and ``&``
escaped, tags closed in order), so a rendering mistake fails a test rather than a real send.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
_TOKEN = re.compile(
    r"<(/?)([a-zA-Z-]*)((?:\s[^<>]*)?)>|&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]"
)


class TelegramHTMLError(ValueError):
    pass


def parse_html(text: str) -> str:
    """The plain text Telegram would show for ``text`` in HTML parse mode, or TelegramHTMLError."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if token in "<&":
            raise TelegramHTMLError(
                f"can't parse entities: unescaped {token!r} at offset {match.start()}"
            )
        if token == ">":
            out.append(">")
            continue
        if match.group(4):
            out.append(html.unescape(token))
            continue
        closing, tag = match.group(1), match.group(2).lower()
        if tag not in _TAGS:
            raise TelegramHTMLError(f"can't parse entities: unsupported tag {tag!r}")
        if closing:
            if not stack or stack[-1] != tag:
                raise TelegramHTMLError(f"can't parse entities: unexpected end tag {tag!r}")
            stack.pop()
        else:
            stack.append(tag)
    out.append(text[pos:])
    if stack:
        raise TelegramHTMLError(f"can't parse entities: unclosed tag {stack[-1]!r}")
    return "".join(out)


@dataclass
class SentMessage:
    """A message as the phone shows it (edits change it in place)."""

    chat_id: int
    message_id: int
    text: str  # what the person reads (HTML resolved)
    html: str
    buttons: list[list[dict[str, str]]] = field(default_factory=list)
    kind: str = "text"  # text | document | photo
    file_name: str | None = None
    file_bytes: bytes | None = None
    edits: int = 0
    deleted: bool = False
    reply_keyboard: list[list[dict[str, Any]]] | None = None

    def button_labels(self) -> list[str]:
        return [b["text"] for row in self.buttons for b in row]

    def __str__(self) -> str:
        return self.text
