"""Is every language complete? ``python -m bot translations`` and a test in ``make test``.

English (``content/locales/en/``) is the reference. For every other language folder this finds:

- **missing**: a message or attribute English has and the language lacks (the reader would get
  the English one: ``catalogue.t`` falls back message by message);
- **extra**: one the language has and English does not (a renamed id left behind);
- **placeables**: a value whose ``{ $variables }`` differ from English (a name or a date that
  would go missing, or a Fluent error at send time);
- **markup**: a value whose Telegram HTML tags (``<b>``, ``<i>``, ``<a>``) differ in number from
  English (a tag left open makes Telegram refuse the whole message);
- **untranslated**: a value identical to English although it has words in it. Values with no
  words of their own (``{ $name }: { $text }``, an emoji) are fine as they are, and so are the
  few words that are the same in both languages, listed in ``SAME_AS_ENGLISH``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.serializer import serialize_pattern

from bot.views.catalogue import DEFAULT_LANGUAGE, LOCALES_DIR

# Messages whose words really are the same as in English (checked by a native speaker).
SAME_AS_ENGLISH: dict[str, frozenset[str]] = {
    "de": frozenset({"settings-button_name", "settings-button_pause"}),
    "es": frozenset({"safety-button_no"}),
    "fr": frozenset(
        {"act-category-communication", "checkin-topic-communication", "settings-button_pause"}
    ),
}

_VARIABLE = re.compile(r"\$([A-Za-z][\w-]*)")
_TAG = re.compile(r"</?([a-z]+)\b[^>]*>")
_PLACEABLE = re.compile(r"\{[^{}]*\}")
_URL = re.compile(r"https?://\S+|/[a-z_]+")  # links and /commands are not words to translate
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class LanguageReport:
    lang: str
    messages: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    placeables: list[str] = field(default_factory=list)
    markup: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (
            self.missing or self.extra or self.placeables or self.markup or self.untranslated
        )

    def problems(self) -> list[str]:
        found = []
        for kind in ("missing", "extra", "placeables", "markup", "untranslated"):
            found += [f"{self.lang}: {kind}: {msg_id}" for msg_id in getattr(self, kind)]
        return found


def values_of(folder: Path) -> dict[str, str]:
    """Every message and attribute of a language folder, as Fluent source ("id.attr" -> text)."""
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.ftl")):
        for item in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(item, ftl.Message):
                continue
            if item.value is not None:
                found[item.id.name] = serialize_pattern(item.value)
            for attribute in item.attributes:
                found[f"{item.id.name}.{attribute.id.name}"] = serialize_pattern(attribute.value)
    return found


def _words(value: str) -> list[str]:
    text = _URL.sub(" ", _TAG.sub(" ", _PLACEABLE.sub(" ", value)))
    return _WORD.findall(text)


def compare(lang: str, english: dict[str, str], other: dict[str, str]) -> LanguageReport:
    report = LanguageReport(lang, messages=len(other))
    allowed = SAME_AS_ENGLISH.get(lang, frozenset())
    for msg_id, value in english.items():
        if msg_id not in other:
            report.missing.append(msg_id)
            continue
        theirs = other[msg_id]
        if set(_VARIABLE.findall(value)) != set(_VARIABLE.findall(theirs)):
            report.placeables.append(msg_id)
        if Counter(_TAG.findall(value)) != Counter(_TAG.findall(theirs)):
            report.markup.append(msg_id)
        if theirs == value and _words(value) and msg_id not in allowed:
            report.untranslated.append(msg_id)
    report.extra = [msg_id for msg_id in other if msg_id not in english]
    return report


def check(directory: Path | None = None) -> list[LanguageReport]:
    """A report for each language other than English, in the order of their folder names."""
    directory = directory or LOCALES_DIR
    english = values_of(directory / DEFAULT_LANGUAGE)
    return [
        compare(folder.name, english, values_of(folder))
        for folder in sorted(p for p in directory.iterdir() if p.is_dir())
        if folder.name != DEFAULT_LANGUAGE
    ]


def main(directory: Path | None = None, *, verbose: bool = False) -> int:
    """Print a line per language (and each problem); 1 when any language is incomplete."""
    reports = check(directory)
    english = len(values_of((directory or LOCALES_DIR) / DEFAULT_LANGUAGE))
    print(f"en: {english} messages (the reference)")
    for report in reports:
        state = "complete" if report.complete else "INCOMPLETE"
        print(
            f"{report.lang}: {report.messages}/{english} messages, {state}"
            f" (missing {len(report.missing)}, extra {len(report.extra)},"
            f" placeables {len(report.placeables)}, markup {len(report.markup)},"
            f" untranslated {len(report.untranslated)})"
        )
        problems = report.problems()
        for line in problems if verbose else problems[:20]:
            print(f"  {line}")
        if len(problems) > 20 and not verbose:
            print(f"  … and {len(problems) - 20} more (--verbose lists them all)")
    return 0 if all(r.complete for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main(verbose="--verbose" in sys.argv))
