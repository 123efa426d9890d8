"""One rolling second for the whole process (bot/scheduling/ratelimit.py): a message's slot is
taken when its request starts and freed a second after its answer came, whoever sends it."""

from __future__ import annotations

import pytest

from bot.scheduling import ratelimit
from bot.scheduling.ratelimit import COUNTED, SendWindow, WindowLimiter, window_for


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(ratelimit._time, "monotonic", fake)
    return fake


def test_a_slot_is_free_again_a_second_after_the_answer_not_after_the_start(clock):
    window = SendWindow(2)
    window.start()
    window.start()
    assert window.room() == 0
    clock.now += 5  # a slow answer: Telegram may have counted it at any moment until now
    window.done()
    assert window.room() == 0
    clock.now += 0.999
    assert window.room() == 0
    clock.now += 0.002
    assert window.room() == 1
    window.cancel()  # a request that never left gives its slot back at once
    assert window.room() == 2


def test_the_dispatcher_takes_its_share_and_the_replies_the_rest(clock):
    window = window_for(telegram_rate=30, dispatch_rate=25)
    assert window is not None and (window.limit, window.share) == (30, 25)
    for _ in range(25):
        window.start()
    assert window.room() == 0 and window.room(mine=False) == 5
    assert window_for(0, 30).limit == 30 and window_for(0, 0) is None


async def test_the_bots_other_messages_wait_in_the_same_window(clock):
    window = SendWindow(30)
    limiter = WindowLimiter(window)
    seen: list[tuple[int, int]] = []

    async def call() -> dict:
        seen.append((window.in_flight[0], window.in_flight[1]))
        return {"ok": True}

    for endpoint, args in (("sendMessage", None), ("getUpdates", None), ("sendMessage", COUNTED)):
        await limiter.process_request(call, (), {}, endpoint, {}, args)
    # A reply takes a slot (others'); a long poll and the dispatcher's counted send do not.
    assert seen == [(1, 0), (0, 0), (0, 0)]
    assert window.room(mine=False) == 29
