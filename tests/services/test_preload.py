"""Loading the look-up data at start, in a thread, and what an early update does meanwhile."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.services import preload, timezones


async def test_the_bot_starts_serving_with_everything_loaded(sim):
    assert preload.is_done()  # the Application's start waited for it
    loading = preload.start()  # once per process: the same future
    assert set(loading.result()) == {"time zones", "dates", "safety screen"}
    assert timezones.places.is_loaded()
    assert await preload.wait() is True


async def test_waiting_can_give_up_and_try_again(monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(preload, "_loading", None)
    monkeypatch.setattr(preload, "_steps", lambda: [("slow", lambda: release.wait(timeout=30))])
    assert await preload.wait() is False  # never started
    preload.start()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.01):
            await preload.wait()
    assert not preload.is_done()  # giving up did not stop it
    release.set()
    assert await asyncio.wait_for(preload.wait(), timeout=10) is True


async def test_an_update_during_loading_waits_off_the_loop_then_is_answered(sim, sam, monkeypatch):
    await sam.send("/start")
    release = threading.Event()
    monkeypatch.setattr(preload, "_loading", None)
    monkeypatch.setattr(preload, "_steps", lambda: [("slow", lambda: release.wait(timeout=30))])
    preload.start()  # as if the process had just started
    reply = asyncio.create_task(sam.tap("I agree"))
    others_ran = 0
    for _ in range(200):  # the loop stays free for everyone else meanwhile
        await asyncio.sleep(0)
        others_ran += 1
    assert not reply.done() and others_ran == 200
    assert not any("What should I call you?" in text for text in sam.texts())
    release.set()
    await asyncio.wait_for(reply, timeout=10)
    assert "What should I call you?" in sam.last.text


async def test_a_failed_preload_does_not_hold_updates(sim, sam, monkeypatch, caplog):
    def broken() -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(preload, "_loading", None)
    monkeypatch.setattr(preload, "_steps", lambda: [("broken", broken)])
    preload.start()
    assert await preload.wait() is False
    await sam.send("/start")
    assert "Hi Sam, I'm Rekindle" in sam.last.text
    assert "could not preload" in caplog.text
