"""When problems persist: the rules, as pure functions over one partner's weekly answers.

Nothing here touches the database or Telegram, so every rule and boundary is tested directly
(tests/services/test_insight_rules.py). Thresholds come from content/insights.yaml.

Signals, per partner and week:
  LOW       pulse below the distress line (13.5 of 21 for the CSI-4)
  DROP      pulse at least 4 points below their own baseline (mean of their first 3 check-ins)
  CONFLICT  felt disrespected or mocked "often" or more, or the four pattern items sum to 6+
  TOPIC     the same "felt hard" topic as the week before, not marked settled
and over the last four weeks:
  PROMISES  kept rate under 50% with at least 4 promises come due
  DISENGAGED  the partner gave no answers for 3 check-ins running while this person did

Tiers:
  1  any signal this week: a matching skill tip next to the reveal
  2  LOW in 3 of the last 4 weeks, DROP two weeks running, CONFLICT in 2 of 4 with a LOW,
     the same TOPIC in 3 of 4, or PROMISES or DISENGAGED: a private suggestion of help
  3  tier 2 still true 8 weeks after the first suggestion, or both partners LOW in the same
     week 3 times: a clear recommendation of couples therapy
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import mean

from bot.content import Thresholds

# When several signals show in one week, the tip follows the first of these.
TIP_ORDER = ("conflict", "drop", "low", "topic", "promises", "disengaged")


@dataclass(frozen=True)
class WeekAnswers:
    """One check-in week as seen from one partner."""

    week: str
    answered: bool
    pulse: int | None = None
    disrespected: int | None = None
    patterns: int | None = None  # sum of the answered pattern items
    topic: str | None = None  # the "felt hard" tag
    topic_settled: bool | None = None  # their answer about last week's topic


@dataclass(frozen=True)
class Reason:
    """One rule that fired, with the figures behind it (stored, so it can be explained later)."""

    rule: str
    figures: dict[str, object] = field(default_factory=dict)


@dataclass
class Assessment:
    this_week: list[str] = field(default_factory=list)  # signals in the latest week, tip order
    tier: int = 0
    reasons: list[Reason] = field(default_factory=list)  # why tier 2 or 3

    @property
    def tip(self) -> str | None:
        return self.this_week[0] if self.this_week else None


def baseline(weeks: Sequence[WeekAnswers], t: Thresholds) -> float | None:
    pulses = [w.pulse for w in weeks if w.pulse is not None][: t.baseline_weeks]
    return mean(pulses) if len(pulses) == t.baseline_weeks else None


def is_low(week: WeekAnswers, t: Thresholds) -> bool:
    return week.pulse is not None and week.pulse < t.low_pulse


def is_drop(week: WeekAnswers, base: float | None, t: Thresholds) -> bool:
    return base is not None and week.pulse is not None and week.pulse <= base - t.drop_points


def is_conflict(week: WeekAnswers, t: Thresholds) -> bool:
    return (week.disrespected is not None and week.disrespected >= t.conflict_item) or (
        week.patterns is not None and week.patterns >= t.conflict_sum
    )


def is_repeat_topic(week: WeekAnswers, previous: WeekAnswers | None) -> bool:
    return (
        previous is not None
        and week.topic is not None
        and week.topic == previous.topic
        and week.topic_settled is not True
    )


def signals(
    weeks: Sequence[WeekAnswers], index: int, base: float | None, t: Thresholds
) -> set[str]:
    """The week-level signals for ``weeks[index]`` (oldest first)."""
    week = weeks[index]
    found = set()
    if is_low(week, t):
        found.add("low")
    # A drop is measured against the baseline, so only after the baseline weeks.
    answered_before = sum(1 for w in weeks[:index] if w.pulse is not None)
    if answered_before >= t.baseline_weeks and is_drop(week, base, t):
        found.add("drop")
    if is_conflict(week, t):
        found.add("conflict")
    if is_repeat_topic(week, weeks[index - 1] if index > 0 else None):
        found.add("topic")
    return found


def evaluate(
    mine: Sequence[WeekAnswers],
    partner: Sequence[WeekAnswers] | None,
    t: Thresholds,
    *,
    promises: tuple[int, int] | None = None,
    weeks_since_first_suggestion: int | None = None,
) -> Assessment:
    """Assess one partner. ``mine`` and ``partner`` are aligned week by week, oldest first;
    ``promises`` is (resolved, kept) over the last four weeks."""
    result = Assessment()
    if not mine:
        return result
    base = baseline(mine, t)
    per_week = [signals(mine, i, base, t) for i in range(len(mine))]
    window = slice(max(0, len(mine) - t.window_weeks), len(mine))
    recent, recent_signals = list(mine[window]), per_week[window]

    this_week = set(per_week[-1]) if mine[-1].answered else set()
    reasons: list[Reason] = []

    lows = [w.pulse for w in recent if is_low(w, t)]
    if len(lows) >= t.tier2_low_weeks:
        reasons.append(
            Reason(
                "low_weeks",
                {
                    "count": len(lows),
                    "window": len(recent),
                    "pulses": [w.pulse for w in recent],
                    "line": t.low_pulse,
                },
            )
        )
    run = 0
    for found in reversed(per_week):
        if "drop" not in found:
            break
        run += 1
    if run >= t.tier2_drop_run:
        reasons.append(
            Reason(
                "drop_run",
                {
                    "run": run,
                    "baseline": round(base or 0, 1),
                    "pulses": [w.pulse for w in mine[-run:]],
                    "points": t.drop_points,
                },
            )
        )
    conflicts = sum(1 for found in recent_signals if "conflict" in found)
    if conflicts >= t.tier2_conflict_weeks and lows:
        reasons.append(Reason("conflict_weeks", {"count": conflicts, "window": len(recent)}))
    topics = Counter(w.topic for w in recent if w.topic and w.topic != "other")
    if topics:
        topic, count = topics.most_common(1)[0]
        settled = next(
            (w.topic_settled for w in reversed(recent) if w.topic_settled is not None), None
        )
        if count >= t.tier2_topic_weeks and settled is not True:
            reasons.append(
                Reason("topic_weeks", {"topic": topic, "count": count, "window": len(recent)})
            )
    if promises is not None:
        resolved, kept = promises
        if resolved >= t.promise_min and kept / resolved < t.promise_rate:
            this_week.add("promises")
            reasons.append(Reason("promises", {"kept": kept, "resolved": resolved}))
    if partner is not None and len(partner) == len(mine):
        quiet = 0
        for theirs, own in zip(reversed(partner), reversed(mine), strict=True):
            if theirs.answered or not own.answered:
                break
            quiet += 1
        if quiet >= t.disengaged_weeks:
            this_week.add("disengaged")
            reasons.append(Reason("disengaged", {"weeks": quiet}))

    result.this_week = [s for s in TIP_ORDER if s in this_week]
    result.tier = 1 if result.this_week else 0
    if reasons:
        result.tier = 2
        result.reasons = reasons
        if (
            weeks_since_first_suggestion is not None
            and weeks_since_first_suggestion >= t.tier3_after_weeks
        ):
            result.tier = 3
            result.reasons = [
                Reason("persisting", {"weeks": weeks_since_first_suggestion}),
                *reasons,
            ]
    if partner is not None and len(partner) == len(mine):
        both_low = sum(
            1 for a, b in zip(mine, partner, strict=True) if is_low(a, t) and is_low(b, t)
        )
        if both_low >= t.tier3_both_low_weeks:
            result.tier = 3
            result.reasons = [
                Reason("both_low", {"count": both_low}),
                *[r for r in result.reasons if r.rule != "both_low"],
            ]
    return result
