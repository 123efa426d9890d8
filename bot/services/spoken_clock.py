"""Times of day said in words, in English, German, Spanish and French: "half past seven",
"halb sieben", "Viertel vor acht", "las ocho y media", "huit heures et quart", "à huit heures".

``clock_words(lang)`` gives the rules (a regular expression and its replacement) that ``spoken``
runs first, on the lower-cased text, so that what follows reads digits: "halb sieben" -> "6:30",
"um acht" -> "um 8". Whether 6:30 is morning or evening is left to the reader, as for a typed
"6:30".
"""

from __future__ import annotations

import re

HOURS = {
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze",
}
# Other spellings of an hour: "ein Uhr", "fuenf" typed without umlauts, "uno", "un".
_SPELLINGS = {"de": {"ein": 1, "fuenf": 5, "zwoelf": 12}, "es": {"uno": 1}, "fr": {"un": 1}}


def _hour(word: str, lang: str) -> int:
    if word.isdigit():
        return int(word)
    names = HOURS[lang].split()
    return names.index(word) + 1 if word in names else _SPELLINGS[lang][word]


def _hour_words(lang: str) -> str:
    return "|".join([r"\d{1,2}", *HOURS[lang].split(), *_SPELLINGS.get(lang, {})])


def _at(lang: str, minutes: int, before: bool = False):
    """A replacement writing hour group 1 as 'H:MM' (``before``: the hour before it, as in
    "halb sieben", six thirty)."""

    def write(match: re.Match[str]) -> str:
        hour = _hour(match[1], lang)
        if not 1 <= hour <= 24:
            return match[0]
        hour = (hour - 1 or 12) if before else hour
        return f"{hour}:{minutes:02d}"

    return write


def clock_words(lang: str) -> list[tuple[str, object]]:
    """Times of day said in words in ``lang``, written as '6:30' (am or pm is left to the
    reader, as for a bare '6:30'). A bare hour word becomes a number only where it must be a
    time: after "um" / "a las" / "à" / "at" and before the end, a part of the day or a day."""
    h = rf"({_hour_words(lang)})"
    tail = r"(?=\s*(?:$|[,.;:!?)]|\b(?:{})\b))"
    if lang == "de":
        ends = tail.format(r"uhr|morgens|abends|nachmittags|vormittags|nachts|heute|morgen|am")
        return [
            (rf"\bhalb\s+{h}\b", _at(lang, 30, before=True)),
            (rf"\bviertel\s+nach\s+{h}\b", _at(lang, 15)),
            (rf"\b(?:viertel\s+vor|dreiviertel)\s+{h}\b", _at(lang, 45, before=True)),
            (rf"\bviertel\s+{h}\b", _at(lang, 15, before=True)),
            (rf"\b{h}\s+uhr\b", _at(lang, 0)),
            (rf"\b(um|gegen|bis)\s+{h}\b{ends}", lambda m: f"{m[1]} {_hour(m[2], lang)}"),
        ]
    if lang == "es":
        ends = tail.format(r"de|y|menos|hoy|ma(?:ñ|n)ana|el|esta|por")
        return [
            (rf"\b(las?)\s+{h}\b{ends}", lambda m: f"{m[1]} {_hour(m[2], lang)}"),
            (r"\b(\d{1,2})\s+y\s+media\b", _at(lang, 30)),
            (r"\b(\d{1,2})\s+y\s+cuarto\b", _at(lang, 15)),
            (r"\b(\d{1,2})\s+menos\s+cuarto\b", _at(lang, 45, before=True)),
        ]
    if lang == "fr":
        hours = r"(?:\s*h\b|\s+heures?\b)"
        h = rf"(?<!dans\s){h}"  # "dans deux heures" is a span
        return [
            (rf"\b{h}{hours}\s+et\s+demie\b", _at(lang, 30)),
            (rf"\b{h}{hours}\s+et\s+quart\b", _at(lang, 15)),
            (rf"\b{h}{hours}\s+moins\s+(?:le\s+)?quart\b", _at(lang, 45, before=True)),
            (rf"\b{h}\s+heures?\b", _at(lang, 0)),
        ]
    ends = tail.format(r"o'clock|tonight|today|tomorrow|in|this|on")
    return [
        (rf"\bhalf\s+past\s+{h}\b", _at(lang, 30)),
        (rf"\bquarter\s+past\s+{h}\b", _at(lang, 15)),
        (rf"\bquarter\s+to\s+{h}\b", _at(lang, 45, before=True)),
        (rf"\b{h}\s+o'clock\b", _at(lang, 0)),
        (rf"\b(at|around|by)\s+{h}\b{ends}", lambda m: f"{m[1]} {_hour(m[2], lang)}"),
    ]
