"""A month of Rekindle without Telegram: ``make demo`` / ``python -m bot demo``.

The real bot — the same Application, handlers, scheduler and database code — runs against the
in-process fake Telegram with two simulated partners and a clock that jumps ahead, and the
conversation is printed as a transcript: enrolment and pairing, a few days of small acts, a
promise made, reminded, kept and confirmed, a weekly check-in with private answers and the
reveal, two days of the daily question (answered alone, revealed together), then several weeks
of low scores that lead to a private suggestion of help.

It uses a throwaway database and finishes in well under a minute. ``--lang de`` (``make demo
LANG=de``; also es, fr) plays the same month with both phones set to that language: the bot
answers in it, the buttons are found by their words in it, and Sam and Alex type their lines in
it (``bot/demo_words.py``); only the narration stays English.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import textwrap
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import FakeClock
from bot.demo_words import SAID
from bot.scheduling.recurrence import local_instant
from bot.simulator import Phone, SentMessage, Simulator
from bot.simulator.harness import simulator_settings
from bot.storage.migrate import upgrade
from bot.views import formatting
from bot.views.catalogue import label

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


class Words:
    """The demo's words in its language: the bot's labels by message id, and the lines Sam and
    Alex type."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, msg_id: str, **values: object) -> str:
        """A button label (or message) as the phone shows it."""
        return re.sub(r"</?[a-z]+>", "", label(self.lang, msg_id, **values))

    def head(self, msg_id: str) -> str:
        """The start of a message, up to its first placeable: enough to find it."""
        marked = label(self.lang, msg_id, **{k: "\x00" for k in _placeables(msg_id)})
        first = re.sub(r"</?[a-z]+>", "", marked).split("\x00")[0].split("\n")[0]
        return first.strip(" ,·—–")

    def said(self, key: str) -> str:
        return SAID[self.lang][key]

    def clock(self, hour: int, minute: int = 0) -> str:
        return formatting.clock(self.lang, time(hour, minute))

    def slot(self, weekday: int, hour: int) -> str:
        return f"{formatting.weekday_short(self.lang, weekday)} {self.clock(hour)}"


def _placeables(msg_id: str) -> set[str]:
    """The variables of a message (from English, which every language must match)."""
    from bot.views.catalogue import LOCALES_DIR
    from bot.views.translations import values_of

    if not _ENGLISH:
        _ENGLISH.update(values_of(LOCALES_DIR / "en"))
    return set(re.findall(r"\$([A-Za-z][\w-]*)", _ENGLISH.get(msg_id, "")))


_ENGLISH: dict[str, str] = {}


class Actor:
    """A phone whose actions are written into the transcript."""

    def __init__(self, phone: Phone, transcript: Transcript, words: Words) -> None:
        self.phone = phone
        self.t = transcript
        self.w = words

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
    topic: str = "communication",
    sam_keeps_hard_private: bool = False,
) -> None:
    """Both partners answer their private questions (Sam first)."""
    w = sam.w
    sam_patterns = (2, 2, 1, 2) if max(sam_pulse) < 4 else (1, 0, 1, 0)
    for actor, pulse, patterns, well, hard, better in (
        (sam, sam_pulse, sam_patterns, w.said("sam_well"), sam_hard, w.said("sam_better")),
        (alex, alex_pulse, (0, 1, 0, 0), w.said("alex_well"), alex_hard, w.said("alex_better")),
    ):
        await actor.tap(w("checkin-button_start"), actor.find(w.head("checkin-slot"))[-1])
        for value in pulse:
            await actor.tap(str(value))
        for value in patterns:
            await actor.tap(w(f"checkin-patterns-scale-{value}"))
        if w("checkin-topic_still_hard") in actor.phone.last.button_labels():
            await actor.tap(w("checkin-topic_still_hard"))
        await actor.send(well)
        await actor.send(hard)
        if actor is sam and sam_keeps_hard_private:
            await actor.tap(w("checkin-button_make_private"))
        await actor.tap(w(f"checkin-topic-{topic}"))
        await actor.send(better)


async def run_demo(lang: str = "en") -> tuple[str, bytes | None]:
    """Run the story in ``lang``; return the transcript and the /insights chart (PNG)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/demo.db"
        await asyncio.to_thread(upgrade, url)
        clock = FakeClock(START)
        async with Simulator(simulator_settings(url), clock) as sim:
            sam_phone = sim.phone(101, "Sam", language_code=lang)
            alex_phone = sim.phone(102, "Alex", language_code=lang)
            t = Transcript(sim, {101: "Sam", 102: "Alex"})
            words = Words(lang)
            sam, alex = Actor(sam_phone, t, words), Actor(alex_phone, t, words)
            chart = await _story(sim, t, sam, alex)
        text = t.text()
    return text, chart


async def _story(sim: Simulator, t: Transcript, sam: Actor, alex: Actor) -> bytes | None:
    w = sam.w
    act = w.head("acts-today")
    t.stage("1. Enrolment and pairing")
    await sam.send("/start")
    await sam.tap(w("onboarding-consent_button"))
    await sam.tap(w("onboarding-use_telegram_name", name="Sam"))
    await sam.send("Berlin")
    await sam.tap(w.clock(8))
    await sam.tap(w.slot(6, 19))
    await sam.send("/invite")
    link = next(w for w in sam.find("https://t.me/")[-1].text.split() if "start=" in w)
    token = link.rsplit("=", 1)[1]
    t.note("Sam forwards the invite message to Alex")
    await alex.send(f"/start {token}")
    await alex.tap(w("onboarding-consent_button"))
    await alex.send("Alex")
    await alex.share_location(51.5074, -0.1278)  # London
    await alex.tap(w.clock(8))

    t.stage("2. A few days of small acts")
    t.note("Sam is in Berlin and Alex in London: each gets their act at 08:00 their own time")
    await sim.advance_to(local_instant(START.date() + timedelta(days=1), _t(9, 0), ZONE))
    await sam.tap(w("acts-button_done"), sam.find(act)[-1])
    await sam.tap(w("acts-share_yes", partner="Alex"))
    await alex.tap(w("acts-button_landed"))
    await alex.tap(w("acts-button_another"), alex.find(act)[-1])
    await alex.tap(w("acts-button_done"), alex.find(act)[-1])
    await alex.tap(w("acts-share_no"))

    t.stage("3. The weekly check-in: private answers, the reveal, the talk")
    await sim.advance_to(local_instant(START.date() + timedelta(days=1), _t(19, 0), ZONE))
    await _check_in(
        sam,
        alex,
        sam_pulse=(5, 4, 4, 4),
        alex_pulse=(5, 4, 4, 4),
        sam_hard=w.said("sam_hard"),
        alex_hard=w.said("alex_hard"),
        sam_keeps_hard_private=True,
    )
    await sam.tap(w("checkin-button_ready"))
    await alex.tap(w("checkin-button_ready_too"))
    await sim.advance(minutes=25)
    await sam.tap(w("checkin-button_loved"))
    await sam.send(w.said("sam_loved"))
    await alex.tap(w("checkin-button_loved"))
    await alex.send(w.said("alex_loved"))
    await sim.advance(minutes=5)
    await sam.tap(w("checkin-button_same_time"))

    t.stage("4. A promise: made, reminded, kept, confirmed")
    await sim.advance_to(local_instant(START.date() + timedelta(days=2), _t(10, 0), ZONE))
    await sam.tap(w("acts-button_skip"), sam.find(act)[-1])
    await alex.tap(w("acts-button_done"), alex.find(act)[-1])
    await sam.send(w.said("promise"))
    await sam.tap(w("promises-button_ok"))
    await sim.advance_to(local_instant(START.date() + timedelta(days=2), _t(18, 15), ZONE))
    await sam.tap(w("promises-button_kept"), sam.find(w.head("promises-check"))[-1])
    await alex.tap(w("promises-button_confirm_yes"))
    await sam.send("/promises")

    t.stage("5. A daily question for two: answered alone, revealed together")
    t.note("the same clock time for each: 20:00 in Berlin for Sam, 20:00 in London for Alex")
    await sam.send("/settings")
    await sam.tap(w("questions-settings_button"))
    await sam.tap(w.clock(20))
    monday = START.date() + timedelta(days=2)
    await sim.advance_to(local_instant(monday, _t(20, 10), ZONE))
    await sam.send(w.said("sam_q1"))
    t.note("Alex sees nothing of Sam's answer until answering too")
    await sim.advance_to(local_instant(monday, _t(21, 15), ZONE))  # 20:15 in London
    await alex.send(w.said("alex_q1"))
    reveal = w.head("questions-reveal_title")
    await sam.tap("❤️", sam.find(reveal)[-1])
    await alex.tap(w("questions-button_talk"), alex.find(reveal)[-1])
    tuesday = monday + timedelta(days=1)
    await sim.advance_to(local_instant(tuesday, _t(21, 5), ZONE))  # 20:05 in London
    await alex.send(w.said("alex_q2"))
    t.note("Sam has not answered yet: one gentle nudge that evening, never more")
    await sim.advance_to(local_instant(tuesday, _t(21, 40), ZONE))
    await sam.send(w.said("sam_q2"))
    await sam.send("/questions")

    t.stage("6. Several weeks of low scores")
    t.note("the next weeks are summarised: each Sunday both answer; only the help is shown")
    noticed = w.head("insights-suggest_help")
    t.keep = noticed
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
            sam_hard=w.said("sam_money"),
            alex_hard=w.said("alex_money"),
            topic="money",
        )
        t.quiet = False
        t.note(
            f"week {week + 1}: both answered; Sam's pulse was {sum(sam_pulse)} of 21, "
            f"Alex's {sum(alex_pulse)}"
        )
        if sam.find(noticed):
            break
    t.stage("7. A private suggestion of help — to Sam only")
    suggestion = sam.find(noticed)
    if suggestion:
        await sam.tap(w("insights-button_why"), suggestion[-1])
    if alex.find(noticed):
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


def main(transcript: str | None = None, lang: str = "en") -> int:
    """Print the transcript; with ``transcript``, also write it there and the chart beside it."""
    if lang not in SAID:
        print(f"The demo can be played in {', '.join(sorted(SAID))}, not {lang!r}.")
        return 2
    text, chart = asyncio.run(run_demo(lang))
    print(text)
    if transcript:
        path = Path(transcript)
        path.write_text(text, encoding="utf-8")
        if chart:
            path.with_suffix(".png").write_bytes(chart)
        print(f"Transcript written to {path}; the /insights chart to {path.with_suffix('.png')}")
    return 0
