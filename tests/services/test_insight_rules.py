"""Every persistence rule and tier boundary (pure functions, thresholds from content)."""

from __future__ import annotations

import pytest

from bot.content import insights
from bot.services.insight_rules import WeekAnswers, baseline, evaluate

T = insights().thresholds


def weeks(*pulses: int | None, **per_week) -> list[WeekAnswers]:
    """Weeks with these pulses; keyword lists give other fields week by week."""
    found = []
    for i, pulse in enumerate(pulses):
        extra = {k: v[i] for k, v in per_week.items()}
        answered = pulse is not None or bool(extra.pop("answered", False))
        found.append(WeekAnswers(f"w{i}", answered=answered, pulse=pulse, **extra))
    return found


def rules(assessment) -> list[str]:
    return [r.rule for r in assessment.reasons]


def test_the_thresholds_are_the_documented_ones():
    assert (T.low_pulse, T.drop_points, T.conflict_item, T.conflict_sum) == (13.5, 4, 2, 6)
    assert (T.baseline_weeks, T.window_weeks, T.not_now_days) == (3, 4, 28)


def test_baseline_is_the_mean_of_the_first_three_check_ins():
    assert baseline(weeks(20, 17, 17, 5), T) == 18
    assert baseline(weeks(20, None, 17), T) is None


@pytest.mark.parametrize(("pulse", "low"), [(13, True), (14, False), (0, True), (21, False)])
def test_low_is_below_thirteen_and_a_half(pulse, low):
    result = evaluate(weeks(15, 15, 15, pulse), None, T)  # a baseline too close for a drop
    assert ("low" in result.this_week) is low
    assert result.tier == (1 if low else 0)


@pytest.mark.parametrize(("pulse", "drop"), [(14, True), (15, False)])
def test_drop_is_four_points_below_baseline(pulse, drop):
    assert ("drop" in evaluate(weeks(18, 18, 18, pulse), None, T).this_week) is drop


def test_no_drop_before_a_baseline_exists():
    assert "drop" not in evaluate(weeks(20, 10), None, T).this_week


@pytest.mark.parametrize(
    ("disrespected", "patterns", "conflict"),
    [(2, 2, True), (1, 5, False), (0, 6, True), (None, 5, False), (3, None, True)],
)
def test_conflict(disrespected, patterns, conflict):
    result = evaluate(weeks(18, disrespected=[disrespected], patterns=[patterns]), None, T)
    assert ("conflict" in result.this_week) is conflict


def test_topic_repeats_unless_settled():
    repeat = weeks(18, 18, topic=["money", "money"], topic_settled=[None, None])
    assert "topic" in evaluate(repeat, None, T).this_week
    settled = weeks(18, 18, topic=["money", "money"], topic_settled=[None, True])
    assert "topic" not in evaluate(settled, None, T).this_week
    changed = weeks(18, 18, topic=["money", "chores"], topic_settled=[None, None])
    assert "topic" not in evaluate(changed, None, T).this_week


@pytest.mark.parametrize(
    ("pulses", "tier2"),
    [
        ((18, 18, 18, 12, 13, 18, 10), True),  # low in 3 of the last 4
        ((18, 18, 18, 12, 18, 18, 10), False),  # only 2 of 4
        ((12, 12, 12, 18, 18, 18, 18), False),  # long ago: outside the window
    ],
)
def test_tier2_low_in_three_of_four_weeks(pulses, tier2):
    result = evaluate(weeks(*pulses), None, T)
    assert ("low_weeks" in rules(result)) is tier2
    assert (result.tier == 2) is tier2


def test_tier2_drop_two_weeks_running():
    assert "drop_run" in rules(evaluate(weeks(20, 20, 20, 16, 15), None, T))
    assert "drop_run" not in rules(evaluate(weeks(20, 20, 20, 16, 17), None, T))
    reason = evaluate(weeks(20, 20, 20, 16, 15), None, T).reasons[0]
    assert reason.figures["baseline"] == 20 and reason.figures["pulses"] == [16, 15]


def test_tier2_conflict_in_two_of_four_only_with_a_low():
    with_low = weeks(18, 18, 12, 18, disrespected=[0, 2, 2, 0], patterns=[0, 0, 0, 0])
    assert "conflict_weeks" in rules(evaluate(with_low, None, T))
    without_low = weeks(18, 18, 18, 18, disrespected=[0, 2, 2, 0], patterns=[0, 0, 0, 0])
    assert "conflict_weeks" not in rules(evaluate(without_low, None, T))


def test_tier2_same_topic_in_three_of_four():
    three = weeks(
        18,
        18,
        18,
        18,
        topic=["money", "money", "chores", "money"],
        topic_settled=[None, None, None, None],
    )
    result = evaluate(three, None, T)
    assert "topic_weeks" in rules(result)
    assert result.reasons[0].figures == {"topic": "money", "count": 3, "window": 4}
    two = weeks(
        18,
        18,
        18,
        18,
        topic=["money", "chores", "chores", "money"],
        topic_settled=[None, None, None, None],
    )
    assert "topic_weeks" not in rules(evaluate(two, None, T))
    settled = weeks(
        18,
        18,
        18,
        18,
        topic=["money", "money", "chores", "money"],
        topic_settled=[None, None, None, True],
    )
    assert "topic_weeks" not in rules(evaluate(settled, None, T))


@pytest.mark.parametrize(
    ("resolved", "kept", "fires"), [(4, 1, True), (4, 2, False), (3, 0, False), (10, 4, True)]
)
def test_tier2_promises_kept_under_half_with_at_least_four(resolved, kept, fires):
    result = evaluate(weeks(18), None, T, promises=(resolved, kept))
    assert ("promises" in rules(result)) is fires


def test_tier2_disengagement_when_the_partner_stopped_for_three_weeks():
    mine = weeks(18, 18, 18, 18, 18)
    stopped = weeks(18, 18, None, None, None)
    result = evaluate(mine, stopped, T)
    assert "disengaged" in rules(result) and result.reasons[-1].figures == {"weeks": 3}
    two_weeks = weeks(18, 18, 18, None, None)
    assert "disengaged" not in rules(evaluate(mine, two_weeks, T))
    # If neither answered, nobody has disengaged from the other.
    assert "disengaged" not in rules(evaluate(weeks(18, 18, None, None, None), stopped, T))


@pytest.mark.parametrize(("since", "tier"), [(8, 3), (7, 2), (None, 2)])
def test_tier3_when_tier2_persists_eight_weeks_after_the_first_suggestion(since, tier):
    result = evaluate(
        weeks(18, 18, 18, 12, 12, 12, 12), None, T, weeks_since_first_suggestion=since
    )
    assert result.tier == tier
    if tier == 3:
        assert result.reasons[0].rule == "persisting"


def test_tier3_when_both_partners_are_low_in_the_same_week_three_times():
    mine = weeks(12, 18, 12, 18, 12, 18)
    theirs = weeks(12, 12, 12, 18, 12, 18)
    result = evaluate(mine, theirs, T)
    assert result.tier == 3 and result.reasons[0].figures == {"count": 3}
    almost = weeks(12, 12, 12, 18, 18, 18)
    assert evaluate(mine, almost, T).tier != 3


def test_the_tip_follows_the_most_pressing_signal():
    week = weeks(18, 18, 18, 12, disrespected=[0, 0, 0, 3], patterns=[0, 0, 0, 0])
    assert evaluate(week, None, T).tip == "conflict"
    assert evaluate(weeks(15, 15, 15, 12), None, T).tip == "low"
    assert evaluate(weeks(18, 18, 18, 12), None, T).tip == "drop"  # low too, but a drop first
    assert evaluate(weeks(18, 18, 18, 18), None, T).tip is None
