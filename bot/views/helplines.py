"""A help line's words in the reader's language: what it offers, its hours, how to text it.

Names, numbers and web addresses stay as the services write them (content/resources.yaml). The
short English descriptions there (``what``), the hours and "Text 988" are shown through the
catalogue (content/locales/<lang>/resources.ftl): ``what`` by an id made from its first words
(``help-what-free-confidential-helplines-in-many-countries-searchable``), so a description added
to resources.yaml needs its message in en (the completeness test lists the missing ones) and is
shown in English until then.
"""

from __future__ import annotations

import re
import unicodedata

from bot.content import HelpLine
from bot.views.catalogue import catalogue, label

HOURS = {"24/7": "help-hours-always", "Weekdays; see website": "help-hours-weekdays"}
_TEXT_TO = re.compile(r"^Text (\S+) to (.+)$")
_TEXT = re.compile(r"^Text (.+)$")


def what_id(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "help-what-" + "-".join(re.findall(r"[a-z0-9]+", ascii_text)[:8])


def what(lang: str, line: HelpLine) -> str | None:
    if not line.what:
        return None
    msg_id = what_id(line.what)
    return label(lang, msg_id) if catalogue().has(msg_id) else line.what


def hours(lang: str, line: HelpLine) -> str | None:
    msg_id = HOURS.get(line.hours or "")
    return label(lang, msg_id) if msg_id else line.hours


def sms(lang: str, line: HelpLine) -> str | None:
    if not line.sms:
        return None
    if match := _TEXT_TO.match(line.sms):
        return label(lang, "help-sms_word", word=match[1], number=match[2])
    if match := _TEXT.match(line.sms):
        return label(lang, "help-sms", number=match[1])
    return line.sms  # "WhatsApp 600 000 016": the same in every language
