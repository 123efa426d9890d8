"""The callback codec: every button kind round-trips, and nothing forged decodes."""

from __future__ import annotations

from datetime import time

import pytest

from bot import callbacks
from bot.callbacks import (
    INT32,
    INT64,
    ActPress,
    ActTimeChoice,
    CheckinAnswer,
    CheckinPress,
    CheckinPrivacy,
    Consent,
    DeleteAnswer,
    LanguageChoice,
    PauseChoice,
    PromiseCheck,
    PromiseConfirm,
    PromiseDraft,
    PromiseManage,
    PromiseWhen,
    QuestionPage,
    QuestionPress,
    QuestionSetup,
    QuietChoice,
    SafetyCheck,
    SafetyDelete,
    SafetyQuestion,
    SettingsChoice,
    ShareActs,
    SlotChoice,
    SlotMenu,
    SuggestionPress,
    TelegramName,
    UnpairAnswer,
    ZoneChoice,
)
from bot.handlers import BUTTONS
from tests.flows import set_up

# One real value of every kind, as the bot would put it on a button.
SAMPLES = [
    Consent("yes", "A" * 32),
    Consent("no"),
    TelegramName("tg"),
    ZoneChoice("America/Argentina/Buenos_Aires"),
    ActTimeChoice(time(7, 30)),
    SettingsChoice("act_time"),
    SettingsChoice("language"),
    LanguageChoice("es"),
    PauseChoice(14),
    QuietChoice("set", time(22, 0), time(8, 0)),
    QuietChoice("off"),
    UnpairAnswer("yes", 1002),
    UnpairAnswer("no"),
    DeleteAnswer("yes"),
    SafetyDelete("del", 10_000_001),
    SafetyCheck("help", 12, 10_000_001),
    SafetyCheck("ok", 0, 0),
    SafetyQuestion("y", "", 7, 0),
    SafetyQuestion("s", "yn", 2**31 - 1, 2**31 - 1),
    ActPress("another", INT32),
    ShareActs("no"),
    PromiseWhen("week"),
    PromiseDraft("skipreason"),
    PromiseCheck("couldnt", 12, 3),
    PromiseConfirm("yes", 12),
    PromiseManage("show", 12),
    SlotMenu("pick"),
    SlotMenu("ok", "0123abcd"),
    SlotChoice(6, time(19, 0)),
    CheckinPress("start", 5),
    CheckinPress("hist", 0),
    CheckinPress("next", 5, 2),
    CheckinAnswer(5, "happiness", "6"),
    CheckinAnswer(5, "hard_topic", "communication"),
    CheckinPrivacy(5, "improve"),
    SuggestionPress("why", 7),
    SuggestionPress("options", 0),
    QuestionSetup("menu"),
    QuestionSetup("at", time(20, 0)),
    QuestionPress("heart", 12),
    QuestionPress("replace", INT32),
    QuestionPage(3),
]


def test_every_kind_has_a_sample_and_exactly_one_handler():
    registered = [kind for kind, _ in BUTTONS]
    assert sorted(k.prefix for k in registered) == sorted(callbacks.KINDS)
    assert {type(s) for s in SAMPLES} == set(callbacks.KINDS.values())


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: v.encode())
def test_every_kind_round_trips_within_64_bytes(value):
    data = value.encode()
    assert len(data.encode()) <= 64
    assert type(value).decode(data) == value
    assert callbacks.decode(data) == value


def forgeries(value: callbacks.CallbackData) -> list[str]:
    """Ways to tamper with a real button's data."""
    prefix, *parts = value.encode().split(":")
    found = [
        value.encode() + ":1",  # an extra part
        ":".join([prefix.upper(), *parts]),  # the wrong prefix
        "x" + value.encode(),
        value.encode() + "\n",
        value.encode() + "x" * 70,  # over Telegram's limit
    ]
    if parts:
        found.append(prefix)  # nothing after the prefix
        for i in range(len(parts)):
            for bad in ("9" * 25, "-1", "1.5", "０", "²", "", "skip me", "Ω"):
                found.append(":".join([prefix, *parts[:i], bad, *parts[i + 1 :]]))
    return [f for f in found if f != value.encode()]


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: v.encode())
def test_tampered_data_decodes_to_nothing(value):
    for forged in forgeries(value):
        decoded = callbacks.decode(forged)
        # A tampered part may still spell another valid value of the same field ("0" for "5"),
        # never anything out of bounds.
        if decoded is not None:
            assert decoded.encode() == forged, forged


@pytest.mark.parametrize(
    "data",
    [
        "act:done:99999999999",  # more than an integer column holds
        f"act:done:{INT32 + 1}",
        "act:done:0",  # no row has id 0
        "act:done:007",  # only the canonical spelling
        "act:explode:1",
        f"unpair:yes:{INT64 + 1}",
        "unpair:yes",  # 'yes' names the partner
        "unpair:no:5",
        "pause:0",
        "pause:91",  # longer than a pause may last
        "cst:7:1900",  # no eighth weekday
        "cst:6:2400",
        "acttime:20:00",
        "quiet:set:2200",
        "quiet:set:2200:2200",  # an empty window
        "quiet:off:2200:0800",
        "cs:ok",  # an answer names the proposal
        "cs:pick:0123abcd",
        "ck:next:3",  # the talk's buttons carry the generation
        "ck:start:3:1",
        "ck:start:0",
        "ca:5:nonsense:3",
        "ca:5:happiness:-1",
        "cp:5:happiness",  # ratings cannot be shared
        "ins:why:0",
        "ins:options:3",
        "consent:yes:" + "A" * 41,
        "tz:../../etc/passwd",
        "sf:del:-5",
        "dqs:at",  # a time names the time
        "dqs:menu:2000",
        "dqs:at:2460",
        "dqp:heart:0",
        "dqa:10000",
        "",
        ":",
        "act",
    ],
)
def test_forged_data_decodes_to_nothing(data):
    assert callbacks.decode(data) is None


def test_encoding_refuses_what_decoding_would_refuse():
    for bad in (
        lambda: ActPress("done", 0).encode(),
        lambda: ActPress("done", INT32 + 1).encode(),
        lambda: ActPress("explode", 1).encode(),
        lambda: CheckinPress("next", 3).encode(),
        lambda: ZoneChoice("Europe/" + "X" * 60).encode(),
        lambda: Consent("yes", "token with spaces").encode(),
    ):
        with pytest.raises(ValueError):
            bad()


async def test_forged_buttons_get_the_stale_answer_and_change_nothing(sim, sam):
    await set_up(sam)
    before = len(sam.inbox)
    for value in SAMPLES:
        for forged in forgeries(value):
            if callbacks.decode(forged) is not None:
                continue
            await sam.press(forged)  # the simulator raises any error a handler hits
            assert sam.last_toast == "That button is no longer active.", forged
    assert len(sam.inbox) == before
