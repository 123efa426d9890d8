"""Times and days as people type them in German, Spanish and French, rewritten into the English
phrases the readers in ``when`` and ``times`` understand.

"morgen um 18 Uhr" -> "tomorrow at 18:00", "mañana a las 6" -> "tomorrow at 6", "demain à 18h"
-> "tomorrow at 18:00", "Freitagabend" -> "friday evening", "el viernes por la tarde" -> "friday
afternoon", "in zwei Stunden" -> "in two hours", "3. Dezember" / "3 de diciembre" / "3 décembre"
-> "3 december". Only the rewriting is per language; what a phrase means (which Friday, what
"evening" is) is decided once, in ``when``, for everyone.

The rules of the person's own language run, in order, on the lower-cased text (English needs
none). Each is a regular expression and its replacement; the more specific phrases come first
("pasado mañana" before "mañana", "heute Abend" before "Abend"). Words typed without their
accents ("manana", "naechste", "apres-demain") are understood too. The result is only read for a
time: it is never shown or stored.
"""

from __future__ import annotations

import re
from functools import cache

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


def _german() -> list[tuple[str, object]]:
    days = _alternatives(_DE_DAYS)
    parts = _alternatives(_DE_PARTS)
    return [
        (rf"\b({days})({parts})s?\b", _day_and_part),  # Freitagabend, Samstagmorgen
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
        (rf"\b(?:n(?:ä|ae|a)chste[nrs]?|kommende[nrs]?)\s+(?=(?:{days})\b)", "next "),
        *_each(_DE_DAYS, r"\b(?:{})s?\b"),  # Sonntags
        *_each(_DE_SHORT, _SHORT),
        *_span_rules("in", _DE_NUMBERS, _DE_UNITS),
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
        (rf"\b(\d{{1,2}})\.\s*(?=(?:{_alternatives(_DE_MONTHS)})\b)", r"\1 "),
        *_each(_DE_MONTHS),
        (r"\bum\b", "at"),
        (r"\bgegen\b", "around"),
        (r"\bbis\b", "by"),
        (r"\bvor\b", "before"),
        (r"\bam\b", "on"),  # "am Freitag" (not a.m.)
    ]


def _spanish() -> list[tuple[str, str]]:
    days = _alternatives(_ES_DAYS)
    morning = r"ma(?:ñ|n)ana"
    return [
        (rf"\b(\d{{1,2}}(?::\d{{2}})?)\s+de\s+la\s+(?:{morning}|madrugada)\b", r"\1 am"),
        (r"\b(\d{1,2}(?::\d{2})?)\s+de\s+la\s+(?:tarde|noche)\b", r"\1 pm"),
        (rf"\bpasado\s+{morning}\b", "day after tomorrow"),
        (rf"\b{morning}\s+por\s+la\s+{morning}\b", "tomorrow morning"),
        (rf"\besta\s+{morning}\b", "this morning"),
        (rf"\b(?:por|de|en)\s+la\s+{morning}\b", "morning"),
        (rf"\b{morning}\b", "tomorrow"),
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
        (rf"\b(?:el\s+)?pr(?:ó|o)ximo\s+(?=(?:{days})\b)", "next "),
        (rf"\b(?:el\s+)?({days})\s+(?:que\s+viene|pr(?:ó|o)ximo)\b", r"next \1"),
        (rf"\b(?:antes\s+del|para\s+el|hasta\s+el)\s+(?=(?:{days})\b)", "by "),
        (rf"\b(?:el|los)\s+(?=(?:{days})\b|\d)", ""),
        *_each(_ES_DAYS),
        *_each(_ES_SHORT, _SHORT),
        *_span_rules(r"en|dentro\s+de", _ES_NUMBERS, _ES_UNITS),
        (r"\b(?:por\s+la\s+|de\s+)?tarde\b", "afternoon"),
        (r"\bmedianoche\b", "midnight"),
        (r"\b(?:por\s+la\s+|de\s+)?noche\b", "night"),
        (r"\b(?:al\s+)?mediod(?:í|i)a\b", "noon"),
        (r"\b(\d{1,2})\s*h\s*(\d{2})\b", r"\1:\2"),
        (r"\b(\d{1,2})\s*h(?:rs?)?\b", r"\1:00"),
        (rf"\b(\d{{1,2}})\s+de\s+(?=(?:{_alternatives(_ES_MONTHS)})\b)", r"\1 "),
        *_each(_ES_MONTHS),
        (r"\b(?:sobre|hacia)\s+la(?:s)?\b", "around"),
        (r"\bantes\s+de\s+la(?:s)?\b", "before"),
        (r"\bhasta\s+la(?:s)?\b", "until"),
        (r"\ba\s+la(?:s)?\b", "at"),
    ]


def _french() -> list[tuple[str, str]]:
    days = _alternatives(_FR_DAYS)
    after = r"apr(?:è|e)s"
    return [
        (rf"\b{after}[- ]demain\b", "day after tomorrow"),
        (r"\bdemain\s+matin\b", "tomorrow morning"),
        (r"\bdemain\b", "tomorrow"),
        (r"\baujourd'hui\b|\baujourdhui\b", "today"),
        (r"\b(?:avant-hier|hier)\b", "yesterday"),
        (r"\bce\s+soir\b", "tonight"),
        (r"\bce\s+matin\b", "this morning"),
        (rf"\bcet\s+{after}[- ]midi\b", "this afternoon"),
        (r"\bdans\s+une\s+demi-heure\b|\bdans\s+une\s+demi\s+heure\b", "in half an hour"),
        (r"\bdans\s+une\s+heure\s+et\s+demie\b", "in an hour and a half"),
        (r"\bce\s+week-?end\b|\ble\s+week-?end\b|\bweek-end\b", "this weekend"),
        (r"\bcette\s+semaine\b|\b(?:d'ici\s+la\s+)?fin\s+de\s+(?:la\s+)?semaine\b", "this week"),
        (r"\bla\s+semaine\s+prochaine\b|\bsemaine\s+prochaine\b", "next week"),
        (rf"\b({days})\s+prochain\b", r"next \1"),
        (rf"\b(?:d'ici|avant)\s+(?=(?:{days})\b)", "by "),
        (rf"\b(?:le)\s+(?=(?:{days})\b|\d)", ""),
        *_each(_FR_DAYS),
        *_each(_FR_SHORT, _SHORT),
        *_span_rules("dans", _FR_NUMBERS, _FR_UNITS),
        (rf"\b{after}[- ]midi\b|\baprem\b", "afternoon"),
        (r"\b(?:du\s+|le\s+)?(?:matin|matinée)\b", "morning"),
        (r"\bminuit\b", "midnight"),
        (r"\bmidi\b", "noon"),
        (r"\b(?:du\s+|le\s+)?(?:soir|soirée)\b", "evening"),
        (r"\b(?:la\s+)?nuit\b", "night"),
        (r"\b(\d{1,2})\s*h\s*(\d{2})\b", r"\1:\2"),
        (r"\b(\d{1,2})\s*(?:h|heures?)(?![a-z0-9])", r"\1:00"),
        (rf"\b(\d{{1,2}})(?:er)?\s+(?=(?:{_alternatives(_FR_MONTHS)})\b)", r"\1 "),
        *_each(_FR_MONTHS),
        (r"\bvers\b", "around"),
        (r"\bavant\b", "before"),
        (r"\bd'ici\b", "by"),
        (r"\bjusqu'(?:à|a)\b", "until"),
        (r"(?<!\w)(?:à|a)(?=\s+\d)", "at"),
    ]


RULES = {"de": _german, "es": _spanish, "fr": _french}


@cache
def _compiled(lang: str) -> list[tuple[re.Pattern[str], object]]:
    build = RULES.get(lang)
    return [(re.compile(pattern), replacement) for pattern, replacement in build()] if build else []


def english(text: str, lang: str) -> str:
    """``text`` (lower-cased) with the time and day phrases of ``lang`` in English."""
    cleaned = " ".join(text.lower().replace("’", "'").split())
    for pattern, replacement in _compiled((lang or "en")[:2]):
        cleaned = pattern.sub(replacement, cleaned)
    return " ".join(cleaned.split())
