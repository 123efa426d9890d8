"""`make demo`: the real bot against the fake Telegram, as a readable transcript."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STAGES = [
    "1. Enrolment and pairing",
    "2. A few days of small acts",
    "3. The weekly check-in: private answers, the reveal, the talk",
    "4. A promise: made, reminded, kept, confirmed",
    "5. A daily question for two: answered alone, revealed together",
    "6. Several weeks of low scores",
    "7. A private suggestion of help — to Sam only",
]


def _messages_by_recipient(transcript: str) -> dict[str, list[str]]:
    """The transcript's bot messages (new and edited), grouped by the phone they reached."""
    found: dict[str, list[list[str]]] = {"Sam": [], "Alex": []}
    current: list[str] | None = None
    for line in transcript.splitlines():
        head = re.match(r"\s+Bot [→✎] (\w+): (.*)", line)
        if head:
            current = [head.group(2)]
            found[head.group(1)].append(current)
        elif current is not None and line.startswith(" " * 14):
            current.append(line.strip())
        else:
            current = None
    return {who: [" ".join(m) for m in msgs] for who, msgs in found.items()}


def test_the_demo_runs_the_whole_story_and_writes_transcript_and_chart(tmp_path):
    transcript = tmp_path / "demo.txt"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--transcript", str(transcript)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    text = transcript.read_text()
    assert text in result.stdout
    for stage in STAGES:
        assert f"══ {stage} ══" in text
    # Each stage really happened, as the phones saw it.
    for evidence in (
        "and paired with Sam",
        "Alex accepted your invite",  # pairing
        "Done — thank you",
        "Alex says your small act landed",
        "Skipped",  # acts
        "Your answers side by side",
        "Something good for this week",  # check-in
        "Promise made — today 18:00",
        "In 30 minutes: call you at 6pm",  # promise
        "Did you keep your promise?",
        "Alex confirmed you kept your promise",
        "Today's question for you two",
        "You've both answered",
        "Sam loved your answer",
        "Alex would like to talk about this tonight",
        "Alex has answered today's question",  # the nudge
        "Your daily questions (1/1)",
        "Something I've noticed — just for you",
        "Why you're seeing this",  # help
        "Alex received nothing about it",
    ):
        assert evidence in text, evidence
    # Sam kept one answer private: it shows in Sam's own reveal and never on Alex's phone.
    said_to = _messages_by_recipient(text)
    assert any("lonely in the evenings" in m for m in said_to["Sam"])
    assert not any("lonely in the evenings" in m for m in said_to["Alex"])
    assert any("Your answers side by side" in m for m in said_to["Alex"])
    # The daily question: Sam's answer reaches Alex only in the reveal, after Alex answered.
    fado = [m for m in said_to["Alex"] if "tiny fado bar" in m]
    assert fado and all("You've both answered" in m for m in fado)
    chart = transcript.with_suffix(".png")
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_the_demo_plays_in_german():
    """`make demo LANG=de`: the same month, both phones in German, every stage reached."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--lang", "de"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    text = result.stdout
    for stage in STAGES:
        assert f"══ {stage} ══" in text
    for evidence in (
        "Alex hat deine Einladung angenommen",
        "Deine kleine Geste für heute",
        "⏰ In 30 Minuten: dich um 18 Uhr anrufen",
        "Hast du dein Versprechen gehalten?",
        "Die Frage des Tages für euch zwei",
        "Ihr habt beide geantwortet",
    ):
        assert evidence in text, evidence
    bot_lines = [line for line in text.splitlines() if "Bot → " in line or "Bot ✎ " in line]
    assert not [line for line in bot_lines if "Today's small act" in line or "Did you keep" in line]
