"""What people type, read for its meaning: without the invisible characters phones and
keyboards slip in.

Right-to-left and left-to-right marks and embeddings (an Arabic or Hebrew keyboard adds them
around digits), zero-width spaces and joiners' stray cousins, the byte-order mark, soft hyphens:
none of them is seen, so "‏Berlin​" is Berlin and "‏9:00" is nine o'clock. The zero-width
joiner and non-joiner stay (they are part of emoji and of Persian words). Only for reading: what
a person wrote is stored and shown as written.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def visible(text: str) -> str:
    """``text`` without invisible marks, its spaces (any kind) single, trimmed."""
    return " ".join(INVISIBLE.sub("", text).split())


def has_substance(text: str) -> bool:
    """Whether ``text`` shows anything but spaces, marks and punctuation: a letter, a digit or a
    symbol (an emoji is a fine name)."""
    return any(unicodedata.category(ch)[0] in "LNS" for ch in text)
