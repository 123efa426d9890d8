"""The safety screen: true positives, negations, and ordinary text that must not trigger."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content import resources, safety
from bot.services.resources import country_for, help_for
from bot.services.safety import normalise, screen

CASES = yaml.safe_load((Path(__file__).parent.parent / "data" / "safety_cases.yaml").read_text())


def kind_of(category: str) -> str:
    return safety().categories[category].kind


@pytest.mark.parametrize("case", CASES["positives"], ids=lambda c: c["text"][:40])
def test_true_positives_trigger(case):
    signal = screen(case["text"])
    assert signal is not None, case["text"]
    assert kind_of(case["category"]) in signal.kinds


@pytest.mark.parametrize("text", CASES["immediate"])
def test_immediate_danger_is_marked(text):
    signal = screen(text)
    assert signal is not None and signal.immediate, text


@pytest.mark.parametrize("text", CASES["negations"])
def test_negations_do_not_trigger(text):
    assert screen(text) is None, text


@pytest.mark.parametrize("text", CASES["ordinary"])
def test_ordinary_text_does_not_trigger(text):
    assert screen(text) is None, text


def test_the_case_lists_are_substantial():
    assert len(CASES["positives"]) >= 60 and len(CASES["negations"]) >= 20
    assert len(CASES["ordinary"]) >= 40 and len(CASES["immediate"]) >= 8
    covered = {kind_of(c["category"]) for c in CASES["positives"]}
    assert covered == {"self_harm", "abuse"}


def test_a_negation_only_counts_right_before_the_phrase():
    assert screen("I would never hit her") is None
    assert screen("He has never hit me") is None
    assert screen("He never stops hitting me") is not None
    assert screen("I don't know if I want to die") is not None
    assert screen("No, he hit me") is not None  # a negation does not reach across punctuation
    assert screen("Not sure. He hit me.") is not None


def test_apostrophes_punctuation_and_case_do_not_matter():
    assert normalise("He’s  GOING to—kill me!!") == "hes going to kill me |"
    assert screen("HE HIT ME.") is not None


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
