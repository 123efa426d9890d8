"""The loop-lag probe measures how long synchronous work held the event loop."""

from __future__ import annotations

import asyncio
import time

from bot.simulator import LoopLag


async def test_a_blocking_call_is_measured_for_as_long_as_it_held_the_loop():
    async with LoopLag(interval=0.005) as lag:
        await asyncio.sleep(0)
        time.sleep(0.08)  # noqa: ASYNC251 - what a slow library call does to every conversation
        await asyncio.sleep(0)
    assert lag.longest >= 0.08 - 0.005
    assert lag.ticks >= 1


async def test_a_block_at_the_very_end_still_counts():
    async with LoopLag(interval=0.005) as lag:
        time.sleep(0.06)  # noqa: ASYNC251 - the work being measured
    assert lag.longest >= 0.06 - 0.005


async def test_waiting_without_blocking_is_not_counted_as_held():
    async with LoopLag(interval=0.001) as lag:
        for _ in range(20):
            await asyncio.sleep(0)
    blocked = LoopLag(interval=0.001)
    async with blocked:
        time.sleep(0.3)  # noqa: ASYNC251
    assert lag.longest < blocked.longest


async def test_debug_mode_names_the_slow_callback_and_is_switched_off_after():
    loop = asyncio.get_running_loop()
    before = (loop.get_debug(), loop.slow_callback_duration)

    async def slow_handler() -> None:
        time.sleep(0.07)  # noqa: ASYNC251

    async with LoopLag(debug=True, threshold=0.05) as lag:
        await asyncio.create_task(slow_handler())
    assert any("slow_handler" in report and "took" in report for report in lag.slow)
    assert (loop.get_debug(), loop.slow_callback_duration) == before
