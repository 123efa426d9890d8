"""The one length guard every message goes through: Telegram takes 4,096 characters of text
(1,024 of a caption), counted after the HTML is parsed, in UTF-16 code units.

A reply that is longer is split at line breaks into several messages (an HTML tag open across
the break is closed before it and opened again after it; a single line too long is split at a
word), so nothing is lost. A message the bot sends on its own is one outbox row, one message:
it is cut at a word with "…", and the view says where to see the rest.
"""

from __future__ import annotations

import html
import re

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
ELLIPSIS = "…"

_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^>]*>")


def shown_length(text: str) -> int:
    """How long Telegram counts ``text`` (Telegram HTML): tags do not count, an entity counts
    as the character it stands for, and a character outside the BMP counts twice."""
    plain = html.unescape(_TAG.sub("", text))
    return len(plain.encode("utf-16-le", "surrogatepass")) // 2


def fits(text: str, limit: int = TEXT_LIMIT) -> bool:
    return shown_length(text) <= limit


def _open_tags(text: str, stack: list[str]) -> list[str]:
    """The tags still open (with their opening markup) after ``text``, given ``stack`` before."""
    stack = list(stack)
    for match in _TAG.finditer(text):
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if _TAG.match(stack[i]).group(2).lower() == name:  # type: ignore[union-attr]
                    del stack[i]
                    break
        else:
            stack.append(match.group(0))
    return stack


def _closing(stack: list[str]) -> str:
    return "".join(f"</{_TAG.match(tag).group(2)}>" for tag in reversed(stack))  # type: ignore[union-attr]


def _words(line: str, limit: int) -> list[str]:
    """A line longer than ``limit`` in parts that each fit, split at spaces outside tags and
    entities (a word longer than the limit is split where it must, outside markup)."""
    tokens = re.findall(r"<[^>]*>|&[#a-zA-Z0-9]+;|\s+|[^<&\s]+|[<&]", line)
    parts: list[str] = []
    current = ""
    for token in tokens:
        if fits(current + token, limit):
            current += token
            continue
        if current.strip():
            parts.append(current.rstrip())
            current = token.lstrip()
        else:
            current = token
        while not fits(current, limit) and not current.startswith(("<", "&")):
            # One word alone too long (no spaces): split it by characters.
            cut = limit
            while cut > 1 and not fits(current[:cut], limit):
                cut -= 1
            parts.append(current[:cut])
            current = current[cut:]
    if current.strip():
        parts.append(current)
    return parts


def pieces(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """``text`` as one or more messages that each fit, split at line breaks where it can."""
    if fits(text, limit):
        return [text]
    room = limit - 64  # for tags closed and reopened around a break
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_words(line, room) if not fits(line, room) else [line])
    found: list[str] = []
    current: list[str] = []
    stack: list[str] = []  # tags open at the start of ``current``
    for line in lines:
        candidate = "\n".join([*current, line])
        if current and not fits("".join(stack) + candidate, room):
            body = "\n".join(current)
            after = _open_tags(body, stack)
            found.append("".join(stack) + body + _closing(after))
            stack, current = after, [line]
        else:
            current.append(line)
    if current:
        found.append("".join(stack) + "\n".join(current))
    return [p for p in found if p.strip()] or [text[:limit]]


def cut(text: str, limit: int = TEXT_LIMIT, more: str = "") -> str:
    """``text`` cut at a word with "…" so that it, and ``more`` on a line after it, fit."""
    if fits(text, limit):
        return text
    tail = f"{ELLIPSIS}\n\n{more}" if more else ELLIPSIS
    first = pieces(text, limit - shown_length(tail) - 1)[0]
    first = first.rstrip()
    stack = _open_tags(first, [])
    return first + _closing(stack) + tail
