"""The words the bot says, loaded from ``content/``.

Messages are Telegram HTML. Every value interpolated into a message is HTML-escaped unless it
is wrapped in ``Safe`` (for text we built ourselves), so user input can never inject markup.
"""

from __future__ import annotations

import html
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
DEFAULT_LANGUAGE = "en"


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the entry."""


class Safe(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> str:
    if isinstance(value, Safe):
        return str(value)
    return html.escape(str(value), quote=False)


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, full + "."))
        elif isinstance(value, str):
            flat[full] = value.rstrip("\n")
        else:
            raise ContentError(f"message {full!r} must be text, got {type(value).__name__}")
    return flat


class Messages:
    """All message templates of one language, with English as the fallback."""

    def __init__(self, catalogs: Mapping[str, Mapping[str, str]]) -> None:
        self._catalogs = catalogs

    @property
    def languages(self) -> list[str]:
        return sorted(self._catalogs)

    def has(self, key: str) -> bool:
        return key in self._catalogs[DEFAULT_LANGUAGE]

    def keys(self) -> set[str]:
        return set(self._catalogs[DEFAULT_LANGUAGE])

    def template(self, key: str, lang: str | None = None) -> str:
        catalog = self._catalogs.get(lang or DEFAULT_LANGUAGE) or {}
        template = catalog.get(key) or self._catalogs[DEFAULT_LANGUAGE].get(key)
        if template is None:
            raise KeyError(f"no message {key!r} in content/messages")
        return template

    def t(self, key: str, lang: str | None = None, /, **values: object) -> Safe:
        """The message ``key`` with ``values`` escaped and filled in."""
        return Safe(self.template(key, lang).format_map({k: escape(v) for k, v in values.items()}))

    def plain(self, key: str, lang: str | None = None, /, **values: object) -> str:
        """A message used as a button label or a toast: plain text, values not escaped."""
        template = self.template(key, lang)
        return template.format_map(values) if values else template


def _check_placeholders(
    lang: str, catalog: Mapping[str, str], reference: Mapping[str, str]
) -> None:
    for key, template in catalog.items():
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        except ValueError as exc:
            raise ContentError(f"messages/{lang}.yaml: {key}: {exc}") from exc
        if lang != DEFAULT_LANGUAGE and key in reference:
            ref_fields = {f for _, f, _, _ in string.Formatter().parse(reference[key]) if f}
            if fields - ref_fields:
                raise ContentError(
                    f"messages/{lang}.yaml: {key} uses {sorted(fields - ref_fields)} "
                    f"which the English text does not provide"
                )


def load_messages(directory: Path | None = None) -> Messages:
    directory = directory or CONTENT_DIR / "messages"
    catalogs: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = load_yaml(path)
        if not isinstance(data, Mapping):
            raise ContentError(f"{path}: expected a mapping of message keys")
        catalogs[path.stem] = _flatten(data)
    if DEFAULT_LANGUAGE not in catalogs:
        raise ContentError(f"{directory}: {DEFAULT_LANGUAGE}.yaml is missing")
    for lang, catalog in catalogs.items():
        _check_placeholders(lang, catalog, catalogs[DEFAULT_LANGUAGE])
    return Messages(catalogs)


@cache
def messages() -> Messages:
    return load_messages()


def t(key: str, lang: str | None = None, /, **values: object) -> Safe:
    """Shortcut for ``messages().t``: the one way code turns a message key into text."""
    return messages().t(key, lang, **values)


def label(key: str, lang: str | None = None, /, **values: object) -> str:
    """A button label or toast (plain text, Telegram does not parse it)."""
    return messages().plain(key, lang, **values)


def load_all() -> None:
    """Load and validate every content file now (called at start-up)."""
    messages()
