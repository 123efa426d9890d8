"""The phrase rules: what they catch and name in each language, and what they leave alone.

They are the whole screen where the model cannot be installed, and a boost, the categories and
the "danger right now" line where it can.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content import SELF_HARM_CATEGORIES, resources, safety, safety_languages
from bot.services.resources import country_for, help_for
from bot.services.safety import normalise
from bot.services.safety.rules import match

CASES = yaml.safe_load(
    (Path(__file__).parents[2] / "data" / "safety_cases.yaml").read_text(encoding="utf-8")
)


def kind_of(category: str) -> str:
    return "self_harm" if category in SELF_HARM_CATEGORIES else "abuse"


@pytest.mark.parametrize("case", CASES["positives"], ids=lambda c: c["text"][:40])
def test_true_positives_trigger(case):
    hits = match(case["text"])
    assert hits, case["text"]
    assert kind_of(case["category"]) in {kind_of(c) for c in hits.categories}
    assert hits.writer_harms == case.get("writer", False), case["text"]


@pytest.mark.parametrize("text", CASES["immediate"])
def test_immediate_danger_is_marked(text):
    hits = match(text)
    assert hits and hits.immediate, text


@pytest.mark.parametrize("text", CASES["negations"])
def test_negations_do_not_trigger(text):
    assert not match(text), text


@pytest.mark.parametrize("text", CASES["ordinary"])
def test_ordinary_text_does_not_trigger(text):
    assert not match(text), text


def test_the_case_lists_are_substantial():
    assert len(CASES["positives"]) >= 60 and len(CASES["negations"]) >= 20
    assert len(CASES["ordinary"]) >= 40 and len(CASES["immediate"]) >= 8
    covered = {kind_of(c["category"]) for c in CASES["positives"]}
    assert covered == {"self_harm", "abuse"}


def test_a_negation_only_counts_right_before_the_phrase():
    assert not match("I would never hit her")
    assert not match("He has never hit me")
    assert match("He never stops hitting me")
    assert match("I don't know if I want to die")
    assert match("No, he hit me")  # a negation does not reach across punctuation
    assert match("Not sure. He hit me.")


def test_apostrophes_accents_punctuation_and_case_do_not_matter():
    assert normalise("He’s  GOING to—kill me!!") == "hes going to kill me |"
    assert normalise("Il m'a FRAPPÉE") == "il ma frappee"
    assert normalise("Er würgt mich. Straße") == "er wurgt mich | strasse"
    assert match("HE HIT ME.")


# Each language's own way of saying it, its own negations and its own idioms.
LANGUAGE_CASES = {
    "de": {
        "danger": [
            ("Er hat mich gestern wieder geschlagen", "violence"),
            ("Ich habe Angst vor ihm, wenn er getrunken hat", "fear"),
            ("ich will nicht mehr leben", "suicidal"),
            ("Mein Mann kontrolliert mein Handy jeden Abend", "control_monitoring"),
            ("Er hat mich gewürgt", "strangulation"),
        ],
        "harmless": [
            "Er hat mich nie geschlagen",
            "Ich habe keine Angst vor ihm",
            "Die Hitze bringt mich noch um",
            "Ich bin vor Lachen fast gestorben, ich sterbe vor Lachen",
            "Sie hat mich beim Schach geschlagen",
        ],
    },
    "es": {
        "danger": [
            ("Anoche me pegó otra vez", "violence"),
            ("Le tengo miedo cuando bebe", "fear"),
            ("a veces pienso en quitarme la vida", "suicidal"),
            ("Me revisa el móvil todas las noches", "control_monitoring"),
            ("me amenazó con un cuchillo", "weapons"),
        ],
        "harmless": [
            "Nunca me ha pegado",
            "No le tengo miedo",
            "Me muero de risa con sus chistes",
            "Mi jefe me mata de risa, me muero por verte",
            "Me pegó la gripe, qué semana",
        ],
    },
    "fr": {
        "danger": [
            ("Il m'a frappée samedi", "violence"),
            ("J'ai peur de lui quand il boit", "fear"),
            ("j'ai envie de mourir", "suicidal"),
            ("Il fouille mon téléphone tous les soirs", "control_monitoring"),
            ("Il m'a étranglée pendant la dispute", "strangulation"),
        ],
        "harmless": [
            "Il ne m'a jamais frappée",
            "Je n'ai pas peur de lui",
            "Ça me tue, cette chaleur",
            "J'étais morte de rire",
            "Il m'a poussée à postuler pour ce poste",
        ],
    },
}


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [(lang, t, c) for lang, cases in LANGUAGE_CASES.items() for t, c in cases["danger"]],
)
def test_each_language_names_its_danger(lang, text, category):
    assert category in match(text).categories, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [(lang, t) for lang, cases in LANGUAGE_CASES.items() for t in cases["harmless"]],
)
def test_each_language_leaves_its_negations_and_idioms_alone(lang, text):
    assert not match(text), text


def test_the_writer_who_harms_is_told_apart_in_every_language():
    for text in (
        "I shoved her and I hate myself",
        "Ich habe ihn geschlagen",
        "le pegué y me arrepiento",
        "je l'ai giflée, j'ai honte",
    ):
        hits = match(text)
        assert hits and hits.writer_harms, text
    assert not match("He shoved me").writer_harms


def test_every_language_has_rules_for_every_kind():
    assert set(safety_languages()) >= {"en", "de", "es", "fr"}
    for lang in safety_languages():
        content = safety(lang)
        groups = {content.category_of(name) for name in content.categories}
        assert {"suicidal", "self_harm", "violence", "fear", "threats"} <= groups, lang
        assert content.immediate, lang


def test_every_country_has_crisis_and_abuse_lines_and_an_emergency_number():
    data = resources()
    for code in ("US", "GB", "IE", "CA", "AU", "NZ", "DE", "FR"):
        country = data.countries[code]
        assert country.crisis and country.abuse and country.emergency
    names = {
        line.name for country in data.countries.values() for line in country.crisis + country.abuse
    }
    assert any("988" in n for n in names)
    phones = {line.phone for country in data.countries.values() for line in country.abuse}
    assert {"0808 2000 247", "1800 737 732", "116 016"} <= {p.strip() for p in phones if p}
    assert data.international.crisis[0].url.startswith("https://findahelpline.com")


def test_country_comes_from_the_time_zone():
    assert country_for("Australia/Lord_Howe") == "AU"
    assert help_for("Europe/Berlin").emergency == "112"
    assert help_for("UTC+05:30") is None


def test_a_match_names_its_group_and_language():
    assert "de:fear" in match("Ich habe Angst vor ihm").groups
    assert match("I threatened to kill her if she leaves").writer_harms
    assert not match("zu keinem Moment Angst vor ihr").groups
    assert not match("je n'ai jamais eu peur de lui").groups
    assert not match("le tengo miedo a las arañas").groups


def test_the_help_to_stop_check_has_a_public_door():
    from bot.services import safety as screen

    assert screen.writer_named_by_phrases("Ich habe ihn geschlagen, ich schäme mich")
    assert not screen.writer_named_by_phrases("Er hat mich geschlagen")
