"""The words the bot says, in the reader's language: the Fluent catalogue in content/locales/.

Each language is a folder (``content/locales/en/``) of ``.ftl`` files that together form one
``FluentBundle``, so a message id is unique across a language's files. Code asks for a message
by its id in a language: ``t(lang, "acts-done", count=3)``; the language is always given, so no
call can fall back to English by leaving it out. A language we do not have falls back to its
base language ("pt-BR" -> "pt") and then to English, and so does a message missing in it.

Messages are Telegram HTML. Every value put into one is HTML-escaped unless it is ``Safe`` (text
we built ourselves), so nothing a person typed can inject markup. Numbers are passed to Fluent
as numbers, so a translation can choose plural forms (``{ $count -> [one] … *[other] … }``).

Loading fails at start-up, naming the file and the message, on a syntax error (fluent.syntax
reports it as Junk), on an id defined twice, on an English message the content files
(acts, check-in, insights) refer to but the catalogue lacks, and on a daily question (or its
``.solo`` wording, or a category name) missing in any language present: a question a couple
gets is the same for both partners, each reading it in their own language, so every language
carries the whole bank.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

from bot import content
from bot.content import CONTENT_DIR, ContentError

LOCALES_DIR = CONTENT_DIR / "locales"
DEFAULT_LANGUAGE = content.DEFAULT_LANGUAGE
# The locale each language's numbers and plural rules follow (Rekindle's English is British).
BABEL_LOCALES = {"en": "en_GB"}


class Safe(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> str:
    if isinstance(value, Safe):
        return str(value)
    return html.escape(str(value), quote=False)


def _argument(value: object, *, html_text: bool) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        # As a number (plural selectors work on it), written as Python writes it: no grouping.
        return fluent_number(value, useGrouping=False)
    return escape(value) if html_text else str(value)


class Catalogue:
    """Every language's bundle, and which message ids (with attributes) each one has."""

    def __init__(self, bundles: Mapping[str, FluentBundle], ids: Mapping[str, set[str]]) -> None:
        if DEFAULT_LANGUAGE not in bundles:
            raise ContentError(
                f"{LOCALES_DIR}/{DEFAULT_LANGUAGE}: the English catalogue is missing"
            )
        self._bundles = dict(bundles)
        self._ids = {lang: frozenset(found) for lang, found in ids.items()}

    @property
    def languages(self) -> list[str]:
        return sorted(self._bundles)

    def ids(self, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        """Message ids of a language, attributes as "id.attribute"."""
        return self._ids.get(lang, frozenset())

    def has(self, msg_id: str, lang: str = DEFAULT_LANGUAGE) -> bool:
        return msg_id in self.ids(lang)

    def language(self, lang: str | None) -> str:
        """The language we have that is closest to ``lang`` (English when none is)."""
        code = (lang or DEFAULT_LANGUAGE).replace("_", "-").lower()
        for candidate in (code, code.split("-")[0]):
            if candidate in self._bundles:
                return candidate
        return DEFAULT_LANGUAGE

    def format(
        self, lang: str, msg_id: str, values: Mapping[str, object], *, html_text: bool
    ) -> str:
        """Message ``msg_id`` ("id" or "id.attribute") in ``lang``, with ``values`` filled in."""
        chosen = self.language(lang)
        if msg_id not in self._ids[chosen]:
            chosen = DEFAULT_LANGUAGE
            if msg_id not in self._ids[chosen]:
                raise KeyError(f"no message {msg_id!r} in {LOCALES_DIR}/{DEFAULT_LANGUAGE}")
        bundle = self._bundles[chosen]
        name, _, attribute = msg_id.partition(".")
        message = bundle.get_message(name)
        pattern = message.attributes[attribute] if attribute else message.value
        args = {k: _argument(v, html_text=html_text) for k, v in values.items()}
        text, errors = bundle.format_pattern(pattern, args)
        if errors:
            raise ContentError(f"{chosen}: {msg_id}: {'; '.join(str(e) for e in errors)}")
        return str(text)


def _junk_error(path: Path, source: str, junk: ftl.Junk) -> ContentError:
    line = source.count("\n", 0, junk.span.start) + 1 if junk.span else 0
    first = junk.content.strip().splitlines()[0] if junk.content.strip() else ""
    message = first.split("=")[0].strip() or first[:40]
    problems = "; ".join(a.message for a in junk.annotations) or "not valid Fluent"
    return ContentError(f"{path}: line {line}: message {message!r}: {problems}")


def _load_language(folder: Path) -> tuple[FluentBundle, set[str]]:
    lang = folder.name
    bundle = FluentBundle([BABEL_LOCALES.get(lang, lang)], use_isolating=False)
    ids: set[str] = set()
    defined_in: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ftl")):
        source = path.read_text(encoding="utf-8")
        resource = FluentParser().parse(source)
        for item in resource.body:
            if isinstance(item, ftl.Junk):
                raise _junk_error(path, source, item)
            if not isinstance(item, ftl.Message):
                continue
            name = item.id.name
            if name in defined_in:
                raise ContentError(
                    f"{path}: message {name!r} is defined again (first in {defined_in[name].name})"
                )
            defined_in[name] = path
            if item.value is not None:
                ids.add(name)
            ids.update(f"{name}.{attribute.id.name}" for attribute in item.attributes)
        bundle.add_resource(resource)
    return bundle, ids


def load_catalogue(directory: Path | None = None) -> Catalogue:
    directory = directory or LOCALES_DIR
    bundles: dict[str, FluentBundle] = {}
    ids: dict[str, set[str]] = {}
    for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
        bundles[folder.name], ids[folder.name] = _load_language(folder)
    found = Catalogue(bundles, ids)
    missing = [
        (source, msg_id) for source, msg_id in referenced_by_content() if not found.has(msg_id)
    ]
    if missing:
        listed = "; ".join(f"{source} needs {msg_id!r}" for source, msg_id in missing[:10])
        raise ContentError(f"{directory}/{DEFAULT_LANGUAGE}: messages missing: {listed}")
    needed = content.questions().message_ids()
    for lang in found.languages:
        absent = [msg_id for msg_id in needed if not found.has(msg_id, lang)]
        if absent:
            listed = ", ".join(repr(msg_id) for msg_id in absent[:10])
            more = f" and {len(absent) - 10} more" if len(absent) > 10 else ""
            raise ContentError(
                f"{directory}/{lang}: questions.yaml needs {listed}{more} in every language"
            )
    return found


def referenced_by_content() -> Iterable[tuple[str, str]]:
    """(content file, message id) for every English message the structure files refer to."""
    catalog = content.acts()
    for category in catalog.categories:
        yield "acts.yaml", f"act-category-{category}"
    for act in catalog.acts:
        yield "acts.yaml", f"act-{act}"
    checkin = content.checkin()
    for question in checkin.pulse:
        for suffix in ("", ".low", ".high"):
            yield "checkin.yaml", f"checkin-pulse-{question.id}{suffix}"
    yield "checkin.yaml", "checkin-patterns-intro"
    for value in range(content.PATTERN_SCALE):
        yield "checkin.yaml", f"checkin-patterns-scale-{value}"
    for item in checkin.patterns:
        yield "checkin.yaml", f"checkin-pattern-{item}"
    for question in checkin.written:
        yield "checkin.yaml", f"checkin-written-{question}"
    for topic in checkin.topics:
        yield "checkin.yaml", f"checkin-topic-{topic}"
    for step in checkin.agenda:
        yield "checkin.yaml", f"checkin-agenda-{step.id}"
    for step in checkin.solo_agenda:
        yield "checkin.yaml", f"checkin-solo-agenda-{step.id}"
    yield "checkin.yaml", "checkin-break"
    for signal in content.SIGNALS:
        yield "insights.yaml", f"tip-{signal}"


@cache
def catalogue() -> Catalogue:
    return load_catalogue()


def t(lang: str, msg_id: str, /, **values: object) -> Safe:
    """Message ``msg_id`` in the reader's language, as Telegram HTML (values escaped)."""
    return Safe(catalogue().format(lang, msg_id, values, html_text=True))


def label(lang: str, msg_id: str, /, **values: object) -> str:
    """A button label or a pop-up in the reader's language (plain text: nothing is escaped)."""
    return catalogue().format(lang, msg_id, values, html_text=False)
