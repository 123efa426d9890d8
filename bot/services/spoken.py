"""Times and days as people type them in German, Spanish and French, rewritten into the English
phrases the readers in ``when`` and ``times`` understand.

"morgen um 18 Uhr" -> "tomorrow at 18:00", "mañana a las 6" -> "tomorrow at 6", "demain à 18h"
-> "tomorrow at 18:00", "Freitagabend" -> "friday evening", "el viernes por la tarde" -> "friday
afternoon", "in zwei Stunden" -> "in two hours", "3. Dezember" / "3 de diciembre" / "3 décembre"
-> "3 december". Only the rewriting is per language; what a phrase means (which Friday, what
"evening" is) is decided once, in ``when``, for everyone.

The rules of the person's own language run, in order, on the lower-cased text (English needs
none): each language is one ``Language`` table, and ``rules`` reads every table in the same order.
Each rule is a regular expression and its replacement; the more specific phrases come first
("pasado mañana" before "mañana", "heute Abend" before "Abend"). Words typed without their
accents ("manana", "naechste", "apres-demain") are understood too. The result is only read for a
time: it is never shown or stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.services import typed
from bot.services.spoken_clock import HOURS, clock_words

_DE_DAYS = {
    "montag": "monday",
    "dienstag": "tuesday",
    "mittwoch": "wednesday",
    "donnerstag": "thursday",
    "freitag": "friday",
    "samstag": "saturday",
    "sonnabend": "saturday",
    "sonntag": "sunday",
}
_ES_DAYS = {
    "lunes": "monday",
    "martes": "tuesday",
    "mi[ée]rcoles": "wednesday",
    "jueves": "thursday",
    "viernes": "friday",
    "s[áa]bado": "saturday",
    "domingo": "sunday",
}
_FR_DAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
}
# Short weekday names, only when a time follows ("Mi 20:30", "mié 20:30", "mer. 20h"): on their
# own most are everyday words ("so", "mar", "sam").
_DE_SHORT = {"mo": "monday", "di": "tuesday", "mi": "wednesday", "do": "thursday"}
_DE_SHORT |= {"fr": "friday", "sa": "saturday", "so": "sunday"}
_ES_SHORT = {"lun": "monday", "mar": "tuesday", "mi[ée]": "wednesday", "jue": "thursday"}
_ES_SHORT |= {"vie": "friday", "s[áa]b": "saturday", "dom": "sunday"}
_FR_SHORT = {"lun": "monday", "mar": "tuesday", "mer": "wednesday", "jeu": "thursday"}
_FR_SHORT |= {"ven": "friday", "sam": "saturday", "dim": "sunday"}
_SHORT = r"\b(?:{})\.?(?=\s*\d)"

_DE_MONTHS = {
    "januar": "january",
    "jänner": "january",
    "februar": "february",
    "m(?:ä|ae|a)rz": "march",
    "april": "april",
    "mai": "may",
    "juni": "june",
    "juli": "july",
    "august": "august",
    "september": "september",
    "oktober": "october",
    "november": "november",
    "dezember": "december",
}
_ES_MONTHS = {
    "enero": "january",
    "febrero": "february",
    "marzo": "march",
    "abril": "april",
    "mayo": "may",
    "junio": "june",
    "julio": "july",
    "agosto": "august",
    "se?tiembre": "september",
    "octubre": "october",
    "noviembre": "november",
    "diciembre": "december",
}
_FR_MONTHS = {
    "janvier": "january",
    "f[ée]vrier": "february",
    "mars": "march",
    "avril": "april",
    "mai": "may",
    "juin": "june",
    "juillet": "july",
    "ao[ûu]t": "august",
    "septembre": "september",
    "octobre": "october",
    "novembre": "november",
    "d[ée]cembre": "december",
}
_DE_NUMBERS = {
    "zwei": "two",
    "drei": "three",
    "vier": "four",
    "fünf|fuenf": "five",
    "sechs": "six",
    "sieben": "seven",
    "acht": "eight",
    "neun": "nine",
    "zehn": "ten",
    "zwölf|zwoelf": "twelve",
    "fünfzehn|fuenfzehn": "fifteen",
    "zwanzig": "twenty",
    "dreißig|dreissig": "thirty",
    "ein paar": "a few",
    "einer|einem|eine|ein": "a",
}
_ES_NUMBERS = {
    "dos": "two",
    "tres": "three",
    "cuatro": "four",
    "cinco": "five",
    "seis": "six",
    "siete": "seven",
    "ocho": "eight",
    "nueve": "nine",
    "diez": "ten",
    "doce": "twelve",
    "quince": "fifteen",
    "veinte": "twenty",
    "treinta": "thirty",
    "unos pocos|unas pocas|unos|unas": "a few",
    "un|una": "a",
}
_FR_NUMBERS = {
    "deux": "two",
    "trois": "three",
    "quatre": "four",
    "cinq": "five",
    "six": "six",
    "sept": "seven",
    "huit": "eight",
    "neuf": "nine",
    "dix": "ten",
    "douze": "twelve",
    "quinze": "fifteen",
    "vingt": "twenty",
    "trente": "thirty",
    "quelques": "a few",
    "un|une": "a",
}
_DE_UNITS = {"minuten|minute|min": "minutes", "stunden|stunde|std": "hours"}
_DE_UNITS |= {"tagen|tage|tag": "days", "wochen|woche": "weeks"}
_ES_UNITS = {"minutos?|min": "minutes", "horas?": "hours", "d[íi]as?": "days"}
_ES_UNITS |= {"semanas?": "weeks"}
_FR_UNITS = {"minutes?|min": "minutes", "heures?": "hours", "jours?": "days"}
_FR_UNITS |= {"semaines?": "weeks"}


def _alternatives(table: dict[str, str]) -> str:
    return "|".join(table)


def _each(table: dict[str, str], template: str = r"\b(?:{})\b") -> list[tuple[str, str]]:
    return [(template.format(word), english) for word, english in table.items()]


def _span_rules(
    lead: str, numbers: dict[str, str], units: dict[str, str]
) -> list[tuple[str, object]]:
    """'in zwei Stunden' / 'en dos horas' / 'dans deux heures' -> 'in two hours'."""
    counts = [(re.compile(rf"^(?:{word})$"), english) for word, english in numbers.items()]
    kinds = [(re.compile(rf"^(?:{word})$"), english) for word, english in units.items()]

    def english_of(table: list[tuple[re.Pattern[str], str]], word: str) -> str:
        return next((english for pattern, english in table if pattern.match(word)), word)

    def span(match: re.Match[str]) -> str:
        return f"in {english_of(counts, match[1])} {english_of(kinds, match[2])}"

    pattern = rf"\b(?:{lead})\s+(\d+|{_alternatives(numbers)})\s+({_alternatives(units)})\b"
    return [(pattern, span)]


_DE_PARTS = {"morgen": "morning", "vormittag": "morning", "mittag": "noon"}
_DE_PARTS |= {"nachmittag": "afternoon", "abend": "evening", "nacht": "night"}


def _day_and_part(match: re.Match[str]) -> str:
    return f"{_DE_DAYS[match[1]]} {_DE_PARTS[match[2]]}"


@dataclass(frozen=True)
class Language:
    """One language's table; ``rules`` reads every language's the same way, in this order:
    its phrases, its weekdays (long, then short before a time), its spans ("in two hours"), its
    parts of the day and clock times, its day-of-month numbers and months, its small words."""

    phrases: list[tuple[str, object]]
    days: dict[str, str]
    short: dict[str, str]
    span_lead: str
    numbers: dict[str, str]
    units: dict[str, str]
    clock: list[tuple[str, object]]
    day_of_month: str  # the number before a month: "3." / "3 de" / "3" or "1er"
    months: dict[str, str]
    small_words: list[tuple[str, object]]
    day_form: str = r"\b(?:{})\b"


def rules(language: Language) -> list[tuple[str, object]]:
    """The ordered (pattern, replacement) rules of ``language``."""
    months = _alternatives(language.months)
    return [
        *language.phrases,
        *_each(language.days, language.day_form),
        *_each(language.short, _SHORT),
        *_span_rules(language.span_lead, language.numbers, language.units),
        *language.clock,
        (rf"\b{language.day_of_month}(?=(?:{months})\b)", r"\1 "),
        *_each(language.months),
        *language.small_words,
    ]


_DE = _alternatives(_DE_DAYS)
GERMAN = Language(
    phrases=[
        (rf"\b({_DE})({_alternatives(_DE_PARTS)})s?\b", _day_and_part),  # Freitagabend
        (r"\bheute\s+(?:morgen|früh|frueh|vormittag)\b", "this morning"),
        (r"\bheute\s+nachmittag\b", "this afternoon"),
        (r"\bheute\s+abend\b", "this evening"),
        (r"\bheute\s+nacht\b", "tonight"),
        (r"\bmorgen\s+(?:früh|frueh)\b", "tomorrow morning"),
        (r"\b(?:ü|ue|u)bermorgen\b", "day after tomorrow"),
        (r"\b(?:vorgestern|gestern)\b", "yesterday"),
        (r"\b(?:am|jeden)\s+morgen\b", "morning"),
        (r"\bmorgen\b", "tomorrow"),
        (r"\bheute\b", "today"),
        (r"\bin\s+einer\s+halben\s+stunde\b", "in half an hour"),
        (r"\bin\s+(?:anderthalb|eineinhalb)\s+stunden\b", "in an hour and a half"),
        (r"\b(?:bis\s+)?ende\s+der\s+woche\b|\bdiese[nr]?\s+woche\b", "this week"),
        (r"\b(?:n(?:ä|ae|a)chste[nrs]?|kommende[nrs]?)\s+woche\b", "next week"),
        (r"\b(?:am|an\s+diesem|dieses|übers|uebers)\s+wochenende\b|\bwochenende\b", "weekend"),
        (rf"\b(?:n(?:ä|ae|a)chste[nrs]?|kommende[nrs]?)\s+(?=(?:{_DE})\b)", "next "),
    ],
    days=_DE_DAYS,
    day_form=r"\b(?:{})s?\b",  # Sonntags
    short=_DE_SHORT,
    span_lead="in",
    numbers=_DE_NUMBERS,
    units=_DE_UNITS,
    clock=[
        (r"\b(?:vormittags?|morgens)\b", "morning"),
        (r"\bmitternacht\b", "midnight"),
        (r"\bnachmittags?\b", "afternoon"),
        (r"\bmittags?\b", "noon"),
        (r"\babends?\b", "evening"),
        (r"\bnachts?\b", "night"),
        (r"\b(\d{1,2})[.:](\d{2})\s*uhr\b", r"\1:\2"),
        (r"\b(\d{1,2})\s*uhr(?:\s+(\d{2})\b)?", lambda m: f"{m[1]}:{m[2] or '00'}"),
        (
            r"\b([12]\d|3[01]|0?[1-9])\.(0?[1-9]|1[0-2])\.(\d{2,4})?(?!\d)",
            lambda m: "/".join(filter(None, m.groups())),
        ),
    ],
    day_of_month=r"(\d{1,2})\.\s*",
    months=_DE_MONTHS,
    small_words=[
        (r"\bum\b", "at"),
        (r"\bgegen\b", "around"),
        (r"\bbis\b", "by"),
        (r"\bvor\b", "before"),
        (r"\bam\b", "on"),  # "am Freitag" (not a.m.)
    ],
)

_ES = _alternatives(_ES_DAYS)
_MORNING = r"ma(?:ñ|n)ana"
SPANISH = Language(
    phrases=[
        (rf"\b(\d{{1,2}}(?::\d{{2}})?)\s+de\s+la\s+(?:{_MORNING}|madrugada)\b", r"\1 am"),
        (r"\b(\d{1,2}(?::\d{2})?)\s+de\s+la\s+tarde\b", r"\1 pm"),
        (r"\b(\d{1,2}(?::\d{2})?)\s+de\s+la\s+noche\b", r"\1 at night"),  # 12: midnight
        (rf"\bpasado\s+{_MORNING}\b", "day after tomorrow"),
        (rf"\b{_MORNING}\s+por\s+la\s+{_MORNING}\b", "tomorrow morning"),
        (rf"\besta\s+{_MORNING}\b", "this morning"),
        (rf"\b(?:por|de|en)\s+la\s+{_MORNING}\b", "morning"),
        (rf"\b{_MORNING}\b", "tomorrow"),
        (r"\besta\s+tarde\b", "this afternoon"),
        (r"\besta\s+noche\b", "tonight"),
        (r"\b(?:ayer|anoche|anteayer)\b", "yesterday"),
        (r"\bhoy\b", "today"),
        (r"\ben\s+media\s+hora\b|\bdentro\s+de\s+media\s+hora\b", "in half an hour"),
        (r"\b(?:en|dentro\s+de)\s+una\s+hora\s+y\s+media\b", "in an hour and a half"),
        (r"\b(?:este\s+)?fin\s+de\s+semana\b|\bfinde\b", "this weekend"),
        (r"\besta\s+semana\b|\bantes\s+del?\s+final\s+de\s+la\s+semana\b", "this week"),
        (
            r"\b(?:la\s+)?(?:semana\s+que\s+viene|pr(?:ó|o)xima\s+semana|semana\s+pr(?:ó|o)xima)\b",
            "next week",
        ),
        (rf"\b(?:el\s+)?pr(?:ó|o)ximo\s+(?=(?:{_ES})\b)", "next "),
        (rf"\b(?:el\s+)?({_ES})\s+(?:que\s+viene|pr(?:ó|o)ximo)\b", r"next \1"),
        (rf"\b(?:antes\s+del|para\s+el|hasta\s+el)\s+(?=(?:{_ES})\b)", "by "),
        (rf"\b(?:el|los)\s+(?=(?:{_ES})\b|\d)", ""),
    ],
    days=_ES_DAYS,
    short=_ES_SHORT,
    span_lead=r"en|dentro\s+de",
    numbers=_ES_NUMBERS,
    units=_ES_UNITS,
    clock=[
        (r"\b(?:por\s+la\s+|de\s+)?tarde\b", "afternoon"),
        (r"\bmedianoche\b", "midnight"),
        (r"\b(?:por\s+la\s+|de\s+)?noche\b", "night"),
        (r"\b(?:al\s+)?mediod(?:í|i)a\b", "noon"),
        (r"\b(\d{1,2})\s*h\s*(\d{2})\b", r"\1:\2"),
        (r"\b(\d{1,2})\s*h(?:rs?)?\b", r"\1:00"),
    ],
    day_of_month=r"(\d{1,2})\s+de\s+",
    months=_ES_MONTHS,
    small_words=[
        (r"\b(?:sobre|hacia)\s+la(?:s)?\b", "around"),
        (r"\bantes\s+de\s+la(?:s)?\b", "before"),
        (r"\bhasta\s+la(?:s)?\b", "until"),
        (r"\ba\s+la(?:s)?\b", "at"),
    ],
)

_FR = _alternatives(_FR_DAYS)
_AFTER = r"apr(?:è|e)s"
FRENCH = Language(
    phrases=[
        (rf"\b{_AFTER}[- ]demain\b", "day after tomorrow"),
        (r"\bdemain\s+matin\b", "tomorrow morning"),
        (r"\bdemain\b", "tomorrow"),
        (r"\baujourd'hui\b|\baujourdhui\b", "today"),
        (r"\b(?:avant-hier|hier)\b", "yesterday"),
        (r"\bce\s+soir\b", "tonight"),
        (r"\bce\s+matin\b", "this morning"),
        (rf"\bcet\s+{_AFTER}[- ]midi\b", "this afternoon"),
        (r"\bdans\s+une\s+demi-heure\b|\bdans\s+une\s+demi\s+heure\b", "in half an hour"),
        (r"\bdans\s+une\s+heure\s+et\s+demie\b", "in an hour and a half"),
        (r"\bce\s+week-?end\b|\ble\s+week-?end\b|\bweek-end\b", "this weekend"),
        (r"\bcette\s+semaine\b|\b(?:d'ici\s+la\s+)?fin\s+de\s+(?:la\s+)?semaine\b", "this week"),
        (r"\bla\s+semaine\s+prochaine\b|\bsemaine\s+prochaine\b", "next week"),
        (rf"\b({_FR})\s+prochain\b", r"next \1"),
        (rf"\b(?:d'ici|avant)\s+(?=(?:{_FR})\b)", "by "),
        (rf"\b(?:le)\s+(?=(?:{_FR})\b|\d)", ""),
    ],
    days=_FR_DAYS,
    short=_FR_SHORT,
    span_lead="dans",
    numbers=_FR_NUMBERS,
    units=_FR_UNITS,
    clock=[
        (rf"\b{_AFTER}[- ]midi\b|\baprem\b", "afternoon"),
        (r"\b(?:du\s+|le\s+)?(?:matin|matinée)\b", "morning"),
        (r"\bminuit\b", "midnight"),
        (r"\bmidi\b", "noon"),
        (r"\b(?:du\s+|le\s+)?(?:soir|soirée)\b", "evening"),
        (r"\b(?:la\s+)?nuit\b", "night"),
        (r"\b(\d{1,2})\s*h\s*(\d{2})\b", r"\1:\2"),
        (r"\b(\d{1,2})\s*(?:h|heures?)(?![a-z0-9])", r"\1:00"),
    ],
    day_of_month=r"(\d{1,2})(?:er)?\s+",
    months=_FR_MONTHS,
    small_words=[
        (r"\bvers\b", "around"),
        (r"\bavant\b", "before"),
        (r"\bd'ici\b", "by"),
        (r"\bjusqu'(?:à|a)\b", "until"),
        (r"(?<!\w)(?:à|a)(?=\s+\d)", "at"),
    ],
)

RULES = {"de": GERMAN, "es": SPANISH, "fr": FRENCH}


@cache
def _compiled(lang: str) -> list[tuple[re.Pattern[str], object]]:
    language = RULES.get(lang)
    found = clock_words(lang) if lang in HOURS else []
    found += rules(language) if language else []
    return [(re.compile(pattern), repl) for pattern, repl in found]


@cache
def relative_span(lang: str) -> re.Pattern[str] | None:
    """How ``lang`` says a span from now ("in 3 Minuten", "en media hora", "dans deux heures"),
    matched in the text as typed (any case): the promise is stored without it."""
    language = RULES.get((lang or "en")[:2])
    if language is None:
        return None
    counted = (
        rf"\b(?:{language.span_lead})\s+(?:\d+|{_alternatives(language.numbers)})\s+"
        rf"(?:{_alternatives(language.units)})\b\.?"
    )
    halves = [p for p, repl in language.phrases if isinstance(repl, str) and repl.startswith("in ")]
    return re.compile("|".join([*halves, counted]), re.IGNORECASE)  # "una hora y media" first


def english(text: str, lang: str) -> str:
    """``text`` (lower-cased) with the time and day phrases of ``lang`` in English."""
    cleaned = typed.visible(text.lower().replace("’", "'"))
    for pattern, replacement in _compiled((lang or "en")[:2]):
        cleaned = pattern.sub(replacement, cleaned)
    return " ".join(cleaned.split())
