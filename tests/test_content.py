"""The content files: complete, valid, and errors that name the bad entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import ContentError, acts, load_acts, load_messages, messages

ROOT = Path(__file__).resolve().parent.parent


def test_the_act_catalogue_is_big_and_varied():
    catalog = acts()
    assert len(catalog.acts) >= 150
    assert len(catalog.categories) >= 8
    assert all(len(v) >= 10 for v in catalog.by_category.values())
    assert sum(1 for a in catalog.acts.values() if not a.together) >= 60  # for long distance
    assert any(a.quick for a in catalog.acts.values())
    assert all(a.distance for a in catalog.by_category["long-distance"])


def test_a_bad_act_is_named_in_the_error(tmp_path):
    path = tmp_path / "acts.yaml"
    path.write_text(
        "categories:\n  - {id: care, name: Care, emoji: '💛'}\n"
        "acts:\n  - {id: care-01, category: care, text: Make them tea without being asked.}\n"
        "  - {id: care-02, category: care, text: Hug, together: true, distance: true}\n"
    )
    with pytest.raises(ContentError, match=r"acts\[1\] \(id 'care-02'\)"):
        load_acts(path)
    path.write_text(
        "categories:\n  - {id: care, name: Care, emoji: '💛'}\n"
        "acts:\n  - {id: care-01, category: cuddles, text: Make them tea without being asked.}\n"
    )
    with pytest.raises(ContentError, match="unknown category 'cuddles'"):
        load_acts(path)


# A message key written out in code: t(lang, "acts.done"), say(user.language, "checkin.closed"),
# or handed to a view that looks it up ("promises.when_past").
KEY_IN_CODE = re.compile(r"""["']((?:[a-z]+)\.[a-z][a-z0-9_]*)["']""")


def test_every_message_key_used_in_code_exists():
    namespaces = {k.split(".")[0] for k in sorted(messages().keys())}
    used = set()
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text()
        for match in KEY_IN_CODE.finditer(text):
            key, before = match.group(1), text[max(0, match.start() - 30) : match.start()]
            if key.endswith(".yaml") or "flow" in before:  # file names, conversation steps
                continue
            if key.split(".")[0] in namespaces:
                used.add(key)
    assert len(used) > 250  # the pattern still finds the keys
    missing = {key for key in used if not messages().has(key)}
    assert not missing, f"message keys used in code but missing from content: {sorted(missing)}"


def test_unquoted_yes_no_keys_are_caught(tmp_path):
    (tmp_path / "en.yaml").write_text("common:\n  yes: Yes\n")
    with pytest.raises(ContentError, match="quote it"):
        load_messages(tmp_path)
