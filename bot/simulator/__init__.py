"""Rekindle without Telegram: a fake Bot API at the HTTP boundary, simulated phones, and a
harness that runs the real Application against them with a clock that only moves when told.
``LoopLag`` measures how long anything run through them held the event loop.

Used by the tests, the demo (``make demo``) and the benchmarks.
"""

from bot.simulator.chat import SentMessage
from bot.simulator.harness import Simulator
from bot.simulator.looplag import LoopLag
from bot.simulator.phone import Phone
from bot.simulator.telegram import FakeTelegram

__all__ = ["FakeTelegram", "LoopLag", "Phone", "SentMessage", "Simulator"]
