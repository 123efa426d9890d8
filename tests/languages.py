"""Does a phone only ever read its own language? A check any flow test can run at its end.

``leaks(phone, lang, theirs)`` goes through everything the bot ever showed that phone — every
message and every edit of it (also the texts an edit replaced), every inline and reply-keyboard
button, every pop-up answer to a press, every document caption — and returns the texts that

- hold a run of words from another language's catalogue that the reader's never uses,
- hold an everyday English word, or an English weekday or month name (dates come from Babel in
  the reader's language, so ``Sunday`` in a German chat is a ``strftime`` left somewhere),
- hold a catalogue id (``promises-button_ok``) or an unfilled Fluent placeable (``{ $name }``,
  ``{???}``): a message the catalogue did not have.

``say``, ``opening``, ``tap`` and ``newest_with`` read and press a phone's messages by their
catalogue ids, in the phone's language, so one flow runs in every language.

What the people typed themselves (``theirs``: the partner's words, names) is shown as written,
so it is taken out before looking.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from bot.content import ContentError
from bot.simulator import Phone
from bot.views.catalogue import LOCALES_DIR, catalogue, label
from bot.views.translations import values_of

_PLACEABLE = re.compile(r"\{[^{}]*\}")
_SELECTOR = re.compile(r"^\s*\*?\[[^\]]+\]\s*", re.M)
_MARKUP = re.compile(r"</?[a-z]+(?:\s[^>]*)?>")


def _plain(text: str) -> str:
    return _MARKUP.sub("", text)


@cache
def fragments(lang: str) -> frozenset[str]:
    """Pieces of a language's catalogue long enough to say which language a text is in:
    the runs of words between placeables and markup, of at least three words."""
    found = set()
    for value in values_of(LOCALES_DIR / lang).values():
        text = _SELECTOR.sub(" ", _plain(value))
        for piece in _PLACEABLE.split(text):
            for part in re.split(r"[\n.!?:;()“”„«»—–•·]+", piece):
                words = part.split()
                if len(words) >= 3:
                    found.add(" ".join(words).lower())
    return frozenset(found)


@cache
def foreign(lang: str) -> frozenset[str]:
    """Fragments of the other languages that the reader's language never uses."""
    mine = " ".join(sorted(fragments(lang)))
    others = set().union(*(fragments(x) for x in catalogue().languages if x != lang))
    return frozenset(f for f in others if f not in mine)


# Everyday English words that are no German, Spanish or French word ("Partner" is German).
ENGLISH_WORDS = re.compile(
    r"\b(?:the|you|your|you're|and|with|this|what|when|today|tomorrow|tonight|week|please|"
    r"small act|promise|promises|answers?|ready|thank|thanks|sorry|settings|due|kept|done|"
    r"skip|later|cancel|yes)\b",
    re.I,
)
# English names of days and months that no other language writes the same way (German has
# "April", "August", "September", "November"; "Mar" is a Spanish and French weekday).
ENGLISH_DATES = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"May|June|July|October|December)\b"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Jun|Jul|Oct|Dec)(?=,?\s*\d)"
)
_COMMAND = re.compile(r"(?<![\w/])/[a-z_]+\b|https?://\S+")
_UNFILLED = re.compile(r"\{\s*\$|\{\?\?\?\}|\$[a-z_]+\b|\{\s*-?[a-z][\w-]*\s*\}")


@cache
def _ids() -> re.Pattern[str]:
    ids = {i.split(".")[0] for i in catalogue().ids("en") if "-" in i}
    return re.compile(r"(?<![\w/-])(?:" + "|".join(map(re.escape, sorted(ids))) + r")(?![\w-])")


def shown_to(phone: Phone, since: int = 0) -> list[str]:
    """Every text the bot showed ``phone``'s person, from the requests it made (from the
    ``since``-th on): messages, edits, captions, buttons, pop-ups."""
    texts: list[str] = []
    for method, params in phone.sim.telegram.calls[since:]:
        if method == "answerCallbackQuery":
            if str(params.get("callback_query_id", "")).startswith(f"{phone.user_id}-"):
                texts.append(str(params.get("text") or ""))
            continue
        if str(params.get("chat_id")) != str(phone.user_id):
            continue
        for key in ("text", "caption"):
            if params.get(key):
                texts.append(_plain(str(params[key])))
        texts += _button_labels(params.get("reply_markup"))
    return [t for t in texts if t]


def _button_labels(markup: Any) -> list[str]:
    if markup is None:
        return []
    if isinstance(markup, str):
        markup = json.loads(markup)
    elif hasattr(markup, "to_dict"):
        markup = markup.to_dict()
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [b["text"] if isinstance(b, dict) else str(b) for row in rows for b in row]


def leaks_in(texts: list[str], lang: str, theirs: tuple[str, ...] = ()) -> list[str]:
    """The texts with another language, English dates or a catalogue id in them."""
    bad = foreign(lang)
    found = []
    for text in texts:
        for words in sorted(theirs, key=len, reverse=True):
            text = text.replace(words, " ")
        text = _COMMAND.sub(" ", text)  # /settings, /promise: the same in every language
        lowered = " ".join(text.lower().split())
        hits = _UNFILLED.findall(text)
        hits += _ids().findall(text)
        hits += [f for f in bad if f in lowered]
        if lang != "en":
            hits += ENGLISH_WORDS.findall(text) + ENGLISH_DATES.findall(text)
        if hits:
            found.append(f"{text[:160]!r}: {hits[:4]}")
    return found


def leaks(phone: Phone, lang: str, theirs: tuple[str, ...] = (), *, since: int = 0) -> list[str]:
    """What ``phone`` was shown that is not in ``lang`` (``theirs``: words people typed;
    ``since``: only requests from that index of ``telegram.calls`` on)."""
    return leaks_in(shown_to(phone, since), lang, theirs)


# -- reading and pressing in the phone's language --------------------------------------------------


def say(lang: str, msg_id: str, **values: object) -> str:
    """A message as the phone shows it; variables not given are filled with a mark that
    ``opening`` cuts at."""
    while True:
        try:
            return _plain(label(lang, msg_id, **values))
        except ContentError as error:
            missing = re.findall(r"Unknown external: (\w+)", str(error))
            if not missing:
                raise
            values |= dict.fromkeys(missing, GAP)


GAP = "\x00"


def opening(lang: str, msg_id: str, **values: object) -> str:
    """The first line of a message, up to its first full stop or unknown value: enough to know
    it."""
    first = say(lang, msg_id, **values).splitlines()[0].split(GAP)[0]
    return first.split(".")[0].split("!")[0].strip()


async def tap(phone: Phone, msg_id: str, message=None, **values: object) -> list:
    return await phone.tap(say(phone.language_code, msg_id, **values), message)


def newest_with(phone: Phone, msg_id: str):
    wanted = say(phone.language_code, msg_id)
    return next(m for m in reversed(phone.inbox) if wanted in m.button_labels())
