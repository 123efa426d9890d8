"""The content files and the catalogue: complete, valid, and errors that name the bad entry."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.content import ContentError, acts, load_acts, load_questions, questions
from bot.views import catalogue
from bot.views.catalogue import LOCALES_DIR, load_catalogue, t

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
        "categories:\n  - {id: care, emoji: '💛'}\n"
        "acts:\n  - {id: care-01, category: care}\n"
        "  - {id: care-02, category: care, together: true, distance: true}\n"
    )
    with pytest.raises(ContentError, match=r"acts\[1\] \(id 'care-02'\)"):
        load_acts(path)
    path.write_text(
        "categories:\n  - {id: care, emoji: '💛'}\nacts:\n  - {id: care-01, category: cuddles}\n"
    )
    with pytest.raises(ContentError, match="unknown category 'cuddles'"):
        load_acts(path)


# A message id written out in code: t(lang, "acts-done"), say(user.language, "checkin-closed"),
# or handed to a view that looks it up ("promises-when_past"). Ids built from content ids
# (act-<id>, checkin-topic-<id>, tip-<signal>) are checked when the catalogue loads.
ID_IN_CODE = re.compile(r"""["']([a-z]+-[a-z][a-z0-9_]*)["']""")


def test_every_message_id_used_in_code_exists():
    known = catalogue.catalogue().ids("en")
    namespaces = {i.split("-")[0] for i in known}
    used = {
        msg_id
        for path in (ROOT / "bot").rglob("*.py")
        for msg_id in ID_IN_CODE.findall(path.read_text())
        if msg_id.split("-")[0] in namespaces
    }
    assert len(used) > 250  # the pattern still finds them
    missing = sorted(used - known)
    assert not missing, f"message ids used in code but missing from the catalogue: {missing}"


def test_every_content_id_has_its_english_words():
    for source, msg_id in catalogue.referenced_by_content():
        # (the agenda's steps name the partners and the slot; other messages ignore them)
        assert t("en", msg_id, first="A", second="B", slot="S").strip(), (source, msg_id)


def copy_of_the_catalogue(tmp_path: Path) -> Path:
    shutil.copytree(LOCALES_DIR, tmp_path / "locales")
    return tmp_path / "locales"


def test_a_fluent_syntax_error_names_the_file_and_the_message(tmp_path):
    locales = copy_of_the_catalogue(tmp_path)
    path = locales / "en" / "messages.ftl"
    path.write_text(
        path.read_text().replace("common-cancelled = OK", "common-cancelled = OK { $broken")
    )
    with pytest.raises(ContentError, match=r"messages\.ftl: line \d+: message 'common-cancelled'"):
        load_catalogue(locales)


def test_a_message_the_content_needs_cannot_be_missing(tmp_path):
    locales = copy_of_the_catalogue(tmp_path)
    path = locales / "en" / "acts.ftl"
    text = path.read_text()
    path.write_text(re.sub(r"^act-affection-03 = .*\n", "", text, flags=re.M))
    with pytest.raises(ContentError, match=r"acts\.yaml needs 'act-affection-03'"):
        load_catalogue(locales)


def test_a_message_defined_twice_is_an_error(tmp_path):
    locales = copy_of_the_catalogue(tmp_path)
    (locales / "en" / "zz-extra.ftl").write_text("common-cancelled = Again\n")
    again = r"zz-extra\.ftl: message 'common-cancelled' is defined again \(first in messages\.ftl\)"
    with pytest.raises(ContentError, match=again):
        load_catalogue(locales)


def test_values_are_escaped_and_numbers_stay_numbers():
    assert t("en", "common-unknown_command", command="<b>&") == (
        "I don't know the command &lt;b&gt;&amp;. Here is what I can do:"
    )
    assert "1500 characters" in t("en", "checkin-too_long", limit=1500)  # no "1,500"
    # A regional variant uses its base language, and the plural is chosen on the number.
    assert t("de-AT", "acts-done", count=3) == t("de", "acts-done", count=3)
    assert "erste" in t("de", "acts-done", count=1) and "3" in t("de", "acts-done", count=3)
    assert t("en", "acts-done", count=3) == t("pt-BR", "acts-done", count=3)  # English fallback


def test_a_language_we_do_not_have_falls_back_to_english():
    found = catalogue.catalogue()
    assert found.language("pt-BR") == "en"
    assert found.language("EN_gb") == "en"
    assert found.language(None) == "en"


# -- the daily questions ------------------------------------------------------------------------


def test_the_question_bank_has_a_year_of_questions_for_every_couple():
    bank = questions()
    assert len(bank.questions) >= 365
    apart = bank.eligible(long_distance=True, opted_in=frozenset())
    assert len(apart) >= 365  # a year without a repeat, even living apart, without intimacy
    assert len(apart) == 386
    opt_in = [c.id for c in bank.categories.values() if c.opt_in]
    assert opt_in == ["intimacy"]
    assert all(len(found) >= 20 for found in bank.by_category.values())


def test_every_language_has_every_question_and_its_reflection_wording():
    found = catalogue.catalogue()
    assert set(found.languages) >= {"en", "de", "es", "fr"}
    needed = questions().message_ids()
    assert len(needed) == 2 * len(questions().questions) + len(questions().categories)
    for lang in found.languages:
        missing = [msg_id for msg_id in needed if not found.has(msg_id, lang)]
        assert missing == [], (lang, missing[:5])
        # Written in that language, not English left in place.
        if lang != "en":
            same = [
                q
                for q in questions().questions
                if t(lang, f"question-{q}") == t("en", f"question-{q}")
            ]
            assert len(same) < 5, (lang, same[:5])


def test_a_question_missing_in_a_language_names_the_language_and_the_question(tmp_path):
    locales = copy_of_the_catalogue(tmp_path)
    path = locales / "fr" / "questions.ftl"
    text = path.read_text()
    path.write_text(re.sub(r"^question-memories-007 = .*\n(    \..*\n)*", "", text, flags=re.M))
    with pytest.raises(ContentError, match=r"fr: questions\.yaml needs 'question-memories-007'"):
        load_catalogue(locales)
    path.write_text(
        re.sub(r"^(question-memories-007 = .*\n)    \.solo = .*\n", r"\1", text, flags=re.M)
    )
    with pytest.raises(
        ContentError, match=r"fr: questions\.yaml needs 'question-memories-007.solo'"
    ):
        load_catalogue(locales)


def test_a_bad_question_is_named_in_the_error(tmp_path):
    path = tmp_path / "questions.yaml"
    head = "categories:\n  - {id: light, emoji: '🎈'}\nquestions:\n"
    path.write_text(
        head + "  - {id: light-001, category: light}\n  - {id: light-002, category: fun}\n"
    )
    with pytest.raises(ContentError, match=r"questions\[1\] \(id 'light-002'\): unknown category"):
        load_questions(path)
    path.write_text(head + "  - {id: dreams-001, category: light}\n")
    with pytest.raises(ContentError, match="must start with its category"):
        load_questions(path)
    path.write_text(head + "  - {id: light-001, category: light}\n" * 2)
    with pytest.raises(
        ContentError, match=r"questions\[1\] \(id 'light-001'\): the id is used twice"
    ):
        load_questions(path)
    path.write_text(head + "  - {id: light-001, category: light, sad: true}\n")
    with pytest.raises(ContentError, match=r"questions\[0\]"):
        load_questions(path)
