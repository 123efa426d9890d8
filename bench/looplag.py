"""Event-loop lag: how long a time zone answer and a first date hold the loop, through the real
Application (the simulator: fake Telegram, SQLite), each scenario in a fresh interpreter so that
"first" is the first in the process.

While the loop is held, no other person's update, reply or timer job runs: the goal is under
50 ms for each step. For each step it prints the longest hold (``bot.simulator.LoopLag``, a 5 ms
ticker) and how long the person waited for the reply.

Scenarios:
  at-once   a person was answering the set-up questions when the bot restarted (another
            process took them that far); their city is the first update of the new process,
            sent the moment it has started, while the look-up data is still loading in the
            background (the update waits for it, off the loop); then the other steps;
  warm      the same steps after the loading has finished.

    python bench/looplag.py            # both scenarios
    python bench/looplag.py --debug    # also asyncio debug mode's slow-callback reports

It also measures /insights without data, and with a chart to draw (first and later): the
chart is rendered in a worker thread after the commit.

Reusing the probe for another operation:

    async with LoopLag() as lag:
        await phone.send("/insights")
    print(lag.longest_ms)
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import UTC, datetime, timedelta

from common import database, emit, machine, rss_mb, run_child

from bot.clock import FakeClock
from bot.simulator import Simulator
from bot.simulator.harness import simulator_settings
from bot.simulator.looplag import LoopLag
from bot.storage.models import ActDelivery
from bot.views.catalogue import label

try:  # absent on a checkout from before the preload (to measure the "before" figures)
    from bot.services import preload
except ImportError:
    preload = None  # type: ignore[assignment]

START = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
DEBUG = "--debug" in sys.argv


async def step(scenario: str, name: str, action) -> None:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    async with LoopLag(debug=DEBUG) as lag:
        await action()
    emit(
        "looplag",
        scenario,
        step=name,
        held_ms=lag.longest_ms,
        reply_ms=(time.perf_counter() - began) * 1000,
    )
    for report in lag.slow:
        print(f"           slow callback: {report[:160]}")


async def answer_until_the_time_zone(url: str) -> None:
    sim = await Simulator(simulator_settings(url), FakeClock(START)).start()
    lena = sim.phone(1001, "Lena", language_code="de")
    await lena.send("/start")
    await lena.tap(label("de", "onboarding-consent_button"))
    await lena.send("Lena")
    await sim.stop()


async def scenario(name: str, url: str) -> None:
    sim = Simulator(simulator_settings(url), FakeClock(START))
    rss = rss_mb()
    await step(name, "start", sim.start)
    lena = sim.phone(1001, "Lena", language_code="de")
    if name == "warm":
        if preload is not None:
            await asyncio.wrap_future(preload.start())
        await lena.send("/start")
        await lena.tap(label("de", "onboarding-consent_button"))
        await lena.send("Lena")
    await step(name, "first city", lambda: lena.send("München"))
    await lena.send("09:00")
    assert lena.saw("Europe/Berlin"), lena.texts()[-3:]
    await lena.send("/settings")
    await lena.tap(label("de", "settings-button_timezone"))
    await step(name, "later city", lambda: lena.send("Múnich"))
    await lena.tap(label("de", "settings-button_timezone"))
    await step(name, "country", lambda: lena.send("Vereinigte Staaten"))
    await lena.send("/settings")
    await lena.tap(label("de", "settings-button_timezone"))
    await step(name, "location", lambda: lena.share_location(48.137, 11.575))
    await step(name, "first date", lambda: lena.send("/promise call the bank on 3 December"))
    await step(name, "later date", lambda: lena.send("/promise call Mum on 5 December"))
    await step(name, "insights, no data", lambda: lena.send("/insights"))
    await acts_done(sim, lena.user_id)
    await step(name, "first insights chart", lambda: lena.send("/insights"))
    assert lena.last.kind == "text" and lena.inbox[-2].kind == "photo", lena.texts()[-2:]
    await step(name, "later insights chart", lambda: lena.send("/insights"))
    emit("looplag", name, rss_mb=rss_mb(), rss_growth_mb=rss_mb() - rss)
    await sim.stop()


async def acts_done(sim: Simulator, user_id: int) -> None:
    """A few small acts done this week: enough for /insights to draw its chart."""
    async with sim.db.transaction() as session:
        for offset in range(3):
            day = START.date() - timedelta(days=offset)
            session.add(
                ActDelivery(
                    user_id=user_id,
                    act_id="affection-01",
                    category="affection",
                    local_date=day,
                    status="done",
                    offered_at=START,
                    done_at=START,
                )
            )


def child(name: str) -> None:
    with database("sqlite", f"looplag_{name}") as url:
        if name == "at-once":
            run_child([__file__, "--prepare", url])
        asyncio.run(scenario(name, url))


def main() -> None:
    print(f"# {machine()}")
    for name in ("at-once", "warm"):
        print(run_child([__file__, "--child", name, *(["--debug"] if DEBUG else [])]), end="")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[sys.argv.index("--child") + 1])
    elif "--prepare" in sys.argv:
        asyncio.run(answer_until_the_time_zone(sys.argv[sys.argv.index("--prepare") + 1]))
    else:
        main()
