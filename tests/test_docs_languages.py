"""The couples' guide (docs/how-rekindle-suggests-help.md) is whole in every language: each
copy has the English sections, and the safety section's parts — what is read, what you see, what
is stored, what the partner never sees, what changes — with the buttons named as the bot names
them in that language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.views.catalogue import label

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = "how-rekindle-suggests-help.md"


def sections(text: str) -> list[str]:
    return re.findall(r"^## .+$", text, re.M)


def bold_leads(text: str) -> list[str]:
    """The bold words that open a paragraph ("**What is stored.**")."""
    return re.findall(r"^\*\*[^*]+\.\*\*", text, re.M)


def safety_section(text: str) -> str:
    parts = re.split(r"^## ", text, flags=re.M)
    return next(p for p in parts if bold_leads(p))


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_each_language_has_the_whole_guide(lang):
    english = (DOCS / GUIDE).read_text(encoding="utf-8")
    theirs = (DOCS / lang / GUIDE).read_text(encoding="utf-8")
    assert len(sections(theirs)) == len(sections(english))
    assert len(bold_leads(theirs)) == len(bold_leads(english)) == 5
    safety = safety_section(theirs)
    for button in ("safety-button_ok", "safety-button_yes", "safety-button_pass"):
        words = label(lang, button).lstrip("🙂 ").strip()
        assert words.lower() in safety.lower(), (lang, button, words)
    assert "/export" in safety and "/delete" in safety
