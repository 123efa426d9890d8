"""LOG_LEVEL=DEBUG, configured as ``python -m bot run`` configures it, writes no one's words."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot import logs
from bot.clock import FakeClock
from bot.config import load_settings
from bot.storage.models import User
from tests.flows import pair

WORDS = ("quimbleberry", "snorkelfig", "wombatjam", "drunkhollow")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 21, 13, 0, tzinfo=UTC))  # 14:00 in Berlin


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The root logger as the bot sets it up, writing into a buffer; restored afterwards."""
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in logs.LIBRARIES}
    old_level = root.level
    stream = io.StringIO()
    yield stream
    for handler in list(logs._INSTALLED):
        root.removeHandler(handler)
    logs._INSTALLED.clear()
    root.setLevel(old_level)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def a_short_flow(sim, sam, alex) -> None:
    await pair(sam, alex)
    await sam.send("/promise call you about the quimbleberry jam at 6pm")
    await sam.tap("Promise it")
    assert alex.saw("quimbleberry")  # the partner notice went out (through the logged Bot)
    await sam.send("/promise snorkelfig run tomorrow morning")
    await sam.tap("Keep it private")
    await sam.tap("Promise it")
    await sim.advance(hours=6)
    await sam.tap("Couldn't")
    await sam.send("the wombatjam on the motorway")
    assert sam.last.text.startswith("Thanks — noted.")
    [reply] = await sam.send("I'm scared of him when he drinks at the drunkhollow pub")
    assert reply.text.startswith("💛 Thank you for telling me.")  # a safety disclosure


async def test_debug_logs_hold_no_ones_words(sim, sam, alex, captured):
    logs.configure(load_settings({"LOG_LEVEL": "DEBUG"}, dotenv=False), stream=captured)
    logging.getLogger("bot.test").debug("a probe from the bot's own logger: %s", "hello")
    await a_short_flow(sim, sam, alex)
    text = captured.getvalue()
    assert "a probe from the bot's own logger" in text  # DEBUG is on for the bot
    assert [word for word in WORDS if word in text] == []


async def test_libraries_at_debug_would_log_them_which_is_why_they_are_held_back(
    sim, sam, alex, captured
):
    """The control: with LOG_LEVEL_LIBRARIES=DEBUG python-telegram-bot logs what it sends."""
    settings = load_settings({"LOG_LEVEL": "DEBUG", "LOG_LEVEL_LIBRARIES": "DEBUG"}, dotenv=False)
    logs.configure(settings, stream=captured)
    await a_short_flow(sim, sam, alex)
    assert "quimbleberry" in captured.getvalue()


def test_the_bots_own_records_are_redacted():
    record = logging.LogRecord(
        "bot.handlers.text",
        logging.INFO,
        __file__,
        1,
        "got %s from %s",
        ("my secret words", 1001),
        None,
    )
    logs.Redact().filter(record)
    assert record.getMessage() == "got ‹text, 15 chars› from 1001"
    try:
        int("my secret")
    except ValueError as exc:
        record = logging.LogRecord(
            "bot.x", logging.ERROR, __file__, 1, "failed: %r", (exc,), (ValueError, exc, None)
        )
    logs.Redact().filter(record)
    assert "secret" not in record.getMessage() and "secret" not in (record.exc_text or "")
    assert logs.redact_text("promises.reminder") == "promises.reminder"
    record = logging.LogRecord(
        "bot.serve",
        logging.INFO,
        __file__,
        1,
        "running: %s; %s; %s",
        (logs.Plain("polling Telegram"), User(id=5, name="Zorbel"), {"text": "my words"}),
        None,
    )
    logs.Redact().filter(record)
    assert record.getMessage() == "running: polling Telegram; User(id=5); {‹…›: ‹…›}"
