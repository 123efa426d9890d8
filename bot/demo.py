"""A month of Rekindle without Telegram: ``make demo`` / ``python -m bot demo``.

The real bot — the same Application, handlers, scheduler and database code — runs against the
in-process fake Telegram with two simulated partners and a clock that jumps ahead, and the
conversation is printed as a transcript: enrolment and pairing, a few days of small acts, a
promise made, reminded, kept and confirmed, a weekly check-in with private answers and the
reveal, two days of the daily question (answered alone, revealed together), then several weeks
of low scores that lead to a private suggestion of help.

It uses a throwaway database and finishes in well under a minute.
"""

from __future__ import annotations

import asyncio
import tempfile
import textwrap
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import FakeClock
from bot.scheduling.recurrence import local_instant
from bot.simulator import Phone, SentMessage, Simulator
from bot.simulator.harness import simulator_settings
from bot.storage.migrate import upgrade

START = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)  # Saturday, 09:00 in Berlin
ZONE = "Europe/Berlin"


class Transcript:
    """Everything both phones show, in order, with the time and who said what."""

    def __init__(self, sim: Simulator, names: dict[int, str]) -> None:
        self.sim = sim
        self.names = names
        self.lines: list[str] = [
            "Rekindle — a demo month. Sam (Berlin) and Alex (London) on two simulated phones;",
            "times are Berlin time. ▶ a partner types or taps · → the bot sends a message ·",
            "✎ the bot updates an earlier message · ◌ a small pop-up",
        ]
        self.quiet = False  # while quiet, only messages matching ``keep`` are shown
        self.keep = ""
        self.actor: Phone | None = None  # who tapped last (toasts go to them)
        self._last_stamp = ""
        sim.telegram.listeners.append(self._bot_said)
        sim.telegram.edit_listeners.append(self._bot_edited)
        sim.telegram.toast_listeners.append(self._toast)

    def _stamp(self) -> None:
        local = self.sim.clock.now().astimezone(ZoneInfo(ZONE))
        stamp = local.strftime("%a %d %b, %H:%M")
        if stamp != self._last_stamp:
            self._last_stamp = stamp
            self.lines.append(f"  [{stamp}]")

    def stage(self, title: str) -> None:
        self.lines += ["", f"══ {title} ══"]

    def note(self, text: str) -> None:
        self.lines.append(f"  ({text})")

    def said(self, phone: Phone, what: str) -> None:
        if self.quiet:
            return
        self._stamp()
        self.lines.append(f"{phone.first_name:>5} ▶ {what}")

    def _bot_said(self, message: SentMessage, verb: str = "→") -> None:
        if message.chat_id not in self.names:
            return
        if self.quiet and not (self.keep and self.keep in message.text):
            return
        self._stamp()
        who = self.names[message.chat_id]
        kind = {"photo": "[picture] ", "document": "[file] "}.get(message.kind, "")
        body = (kind + message.text).strip()
        wrapped = []
        for paragraph in body.splitlines():
            wrapped += textwrap.wrap(paragraph, 92) or [""]
        self.lines.append(f"  Bot {verb} {who}: " + (wrapped[0] if wrapped else ""))
        self.lines += [" " * 14 + line for line in wrapped[1:]]
        if message.buttons:
            labels = "  ".join(f"[{label}]" for label in message.button_labels())
            self.lines.append(" " * 14 + labels)

    def _bot_edited(self, message: SentMessage) -> None:
        self._bot_said(message, verb="✎")

    def _toast(self, text: str) -> None:
        if self.quiet or self.actor is None:
            return
        self.lines.append(f"  Bot ◌ {self.actor.first_name}: {text}  (a pop-up)")

    def text(self) -> str:
        return "\n".join(self.lines).strip() + "\n"


class Actor:
    """A phone whose actions are written into the transcript."""

    def __init__(self, phone: Phone, transcript: Transcript) -> None:
        self.phone = phone
        self.t = transcript

    async def send(self, text: str) -> list[SentMessage]:
        self.t.said(self.phone, text)
        return await self.phone.send(text)

    async def tap(self, label: str, message: SentMessage | None = None) -> list[SentMessage]:
        _, button = self.phone.button(label, message)
        self.t.said(self.phone, f"taps “{button['text']}”")
        self.t.actor = self.phone
        return await self.phone.tap(label, message)

    async def share_location(self, latitude: float, longitude: float) -> None:
        self.t.said(self.phone, "shares a location")
        await self.phone.share_location(latitude, longitude)

    def find(self, fragment: str) -> list[SentMessage]:
        return self.phone.find(fragment)


async def _check_in(
    sam: Actor,
    alex: Actor,
    *,
    sam_pulse: tuple[int, ...],
    alex_pulse: tuple[int, ...],
    sam_hard: str,
    alex_hard: str,
    topic: str = "Communication",
    sam_keeps_hard_private: bool = False,
) -> None:
    """Both partners answer their private questions (Sam first)."""
    often = ["Not at all", "Once or twice", "Often", "Very often"]
    sam_patterns = (2, 2, 1, 2) if max(sam_pulse) < 4 else (1, 0, 1, 0)
    for actor, pulse, patterns, well, hard, better in (
        (sam, sam_pulse, sam_patterns, "We laughed a lot on Saturday", sam_hard, "Less phone"),
        (alex, alex_pulse, (0, 1, 0, 0), "Our walk on Sunday", alex_hard, "Dinner together"),
    ):
        await actor.tap("Start", actor.find("It's your 30-minute check-in")[-1])
        for value in pulse:
            await actor.tap(str(value))
        for value in patterns:
            await actor.tap(often[value])
        if "How is it now?" in actor.phone.last.text:
            await actor.tap("Still hard")
        await actor.send(well)
        await actor.send(hard)
        if actor is sam and sam_keeps_hard_private:
            await actor.tap("Keep this private", actor.find("✓ Saved.")[-1])
        await actor.tap(topic)
        await actor.send(better)


async def run_demo() -> tuple[str, bytes | None]:
    """Run the story; return the transcript and the /insights chart (PNG)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/demo.db"
        await asyncio.to_thread(upgrade, url)
        clock = FakeClock(START)
        async with Simulator(simulator_settings(url), clock) as sim:
            sam_phone, alex_phone = sim.phone(101, "Sam"), sim.phone(102, "Alex")
            t = Transcript(sim, {101: "Sam", 102: "Alex"})
            sam, alex = Actor(sam_phone, t), Actor(alex_phone, t)
            chart = await _story(sim, t, sam, alex)
        text = t.text()
    return text, chart


async def _story(sim: Simulator, t: Transcript, sam: Actor, alex: Actor) -> bytes | None:
    t.stage("1. Enrolment and pairing")
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.tap("Call me")
    await sam.send("Berlin")
    await sam.tap("08:00")
    await sam.tap("Sun 19:00")
    await sam.send("/invite")
    link = next(w for w in sam.find("Your invite link")[-1].text.split() if "start=" in w)
    token = link.rsplit("=", 1)[1]
    t.note("Sam forwards the invite message to Alex")
    await alex.send(f"/start {token}")
    await alex.tap("I agree")
    await alex.send("Alex")
    await alex.share_location(51.5074, -0.1278)  # London
    await alex.tap("08:00")

    t.stage("2. A few days of small acts")
    t.note("Sam is in Berlin and Alex in London: each gets their act at 08:00 their own time")
    await sim.advance_to(local_instant(START.date() + timedelta(days=1), _t(9, 0), ZONE))
    await sam.tap("Done", sam.find("Today's small act")[-1])
    await sam.tap("Yes, tell Alex")
    await alex.tap("That landed")
    await alex.tap("Another one", alex.find("Today's small act")[-1])
    await alex.tap("Done", alex.find("Today's small act")[-1])
    await alex.tap("keep it to myself")

    t.stage("3. The weekly check-in: private answers, the reveal, the talk")
    await sim.advance_to(local_instant(START.date() + timedelta(days=1), _t(19, 0), ZONE))
    await _check_in(
        sam,
        alex,
        sam_pulse=(5, 4, 4, 4),
        alex_pulse=(5, 4, 4, 4),
        sam_hard="I've been lonely in the evenings and didn't want to say it",
        alex_hard="I missed talking properly",
        sam_keeps_hard_private=True,
    )
    await sam.tap("Ready to talk")
    await alex.tap("I'm ready too")
    await sim.advance(minutes=25)
    await sam.tap("Write what I'll do")
    await sam.send("cook your favourite dinner on Friday")
    await alex.tap("Write what I'll do")
    await alex.send("plan a walk on Saturday morning")
    await sim.advance(minutes=5)
    await sam.tap("Same time next week")

    t.stage("4. A promise: made, reminded, kept, confirmed")
    await sim.advance_to(local_instant(START.date() + timedelta(days=2), _t(10, 0), ZONE))
    await sam.tap("Skip today", sam.find("Today's small act")[-1])
    await alex.tap("Done", alex.find("Today's small act")[-1])
    await sam.send("/promise call you at 6pm")
    await sam.tap("Promise it")
    await sim.advance_to(local_instant(START.date() + timedelta(days=2), _t(18, 15), ZONE))
    await sam.tap("Kept", sam.find("Did you keep your promise?")[-1])
    await alex.tap("Yes, thank you")
    await sam.send("/promises")

    t.stage("5. A daily question for two: answered alone, revealed together")
    t.note("the same clock time for each: 20:00 in Berlin for Sam, 20:00 in London for Alex")
    await sam.send("/settings")
    await sam.tap("Daily question")
    await sam.tap("20:00")
    monday = START.date() + timedelta(days=2)
    await sim.advance_to(local_instant(monday, _t(20, 10), ZONE))
    await sam.send("The evening we got lost in Porto and found that tiny fado bar")
    t.note("Alex sees nothing of Sam's answer until answering too")
    await sim.advance_to(local_instant(monday, _t(21, 15), ZONE))  # 20:15 in London
    await alex.send("Our first picnic, when it rained and we stayed anyway")
    await sam.tap("❤️", sam.find("🔓 You've both answered")[-1])
    await alex.tap("Let's talk about this tonight", alex.find("🔓 You've both answered")[-1])
    tuesday = monday + timedelta(days=1)
    await sim.advance_to(local_instant(tuesday, _t(21, 5), ZONE))  # 20:05 in London
    await alex.send("Honestly, the way you make coffee for me every morning")
    t.note("Sam has not answered yet: one gentle nudge that evening, never more")
    await sim.advance_to(local_instant(tuesday, _t(21, 40), ZONE))
    await sam.send("When you waited at the station for me in the snow")
    await sam.send("/questions")

    t.stage("6. Several weeks of low scores")
    t.note("the next weeks are summarised: each Sunday both answer; only the help is shown")
    t.keep = "Something I've noticed"
    sam_pulse, alex_pulse = (2, 2, 2, 2), (5, 4, 3, 4)
    for week in (1, 2, 3):
        slot = local_instant(START.date() + timedelta(days=1 + 7 * week), _t(19, 0), ZONE)
        t.quiet = True
        await sim.advance_to(slot)
        await _check_in(
            sam,
            alex,
            sam_pulse=sam_pulse,
            alex_pulse=alex_pulse,
            sam_hard="We keep arguing about money",
            alex_hard="Money again",
            topic="Money",
        )
        t.quiet = False
        t.note(
            f"week {week + 1}: both answered; Sam's pulse was {sum(sam_pulse)} of 21, "
            f"Alex's {sum(alex_pulse)}"
        )
        if sam.find("Something I've noticed"):
            break
    t.stage("7. A private suggestion of help — to Sam only")
    suggestion = sam.find("Something I've noticed")
    if suggestion:
        await sam.tap("Why am I seeing this?", suggestion[-1])
    if alex.find("Something I've noticed") or alex.find("Why you're seeing this"):
        t.note("Alex received a suggestion too")
    else:
        t.note("Alex received nothing about it: the suggestion, and the reasons, are Sam's alone")
    replies = await sam.send("/insights")
    chart = next((m.file_bytes for m in replies if m.kind == "photo"), None)
    t.stage("The end")
    t.note("Everything above ran through the real bot against a fake Telegram")
    return chart


def _t(hour: int, minute: int):

    return time(hour, minute)


def main(transcript: str | None = None) -> int:
    """Print the transcript; with ``transcript``, also write it there and the chart beside it."""
    text, chart = asyncio.run(run_demo())
    print(text)
    if transcript:
        path = Path(transcript)
        path.write_text(text, encoding="utf-8")
        if chart:
            path.with_suffix(".png").write_bytes(chart)
        print(f"Transcript written to {path}; the /insights chart to {path.with_suffix('.png')}")
    return 0
