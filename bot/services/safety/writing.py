"""The writer's thresholds: when a danger text is read as the writer hurting, threatening or
controlling the partner ("I grabbed her arm so hard it bruised"), from out-of-fold scores.

The screen decides as ``screening.decide`` does: the writer logit of the whole text or its
maximum over the units that carry the danger (``writer_whole``: whichever finds more writers),
against one threshold at "alert" (``writer``) and one at "check" (``writer_check``); never
when a phrase says the partner does it to the writer; always when a phrase of the writer's own
acts matched. The thresholds give the most writers' texts found at a
precision of at least ``PRECISION`` over every flagged text (danger or not): telling a person
who is hurt that they may be the one who hurts is worse than missing a writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from bot.services.safety.training import Encoded, Scores

PRECISION = 0.92
NEVER = 99.0


def carrying_scores(
    scores: Scores, items: list[Encoded], offset: float, boost: float, check: float
):
    """Per text, the writer logit's maximum over the units that carry the danger (as at run
    time, for the settings ``weigh`` was last called with)."""
    out = np.full(len(items), -NEVER)
    for i, it in enumerate(items):
        danger = scores.unit_danger[i] + offset + (boost if it.hits else 0.0)
        danger[it.whole] -= offset
        carrying = danger >= min(check, float(danger.max()))
        out[i] = float(scores.writer_units[i][carrying].max())
    return out


def _figures(predicted, truth, level, counted) -> dict[str, float]:
    flagged = predicted & (level > 0) & counted
    tp = int((flagged & truth).sum())
    found = truth & counted
    return {
        "precision": round(tp / max(int(flagged.sum()), 1), 4),
        "recall": round(tp / max(int(found.sum()), 1), 4),
        "recall_caught": round(tp / max(int((found & (level > 0)).sum()), 1), 4),
        "flagged": int(flagged.sum()),
        "writers": int(found.sum()),
    }


def _facts(scores: Scores, items: list[Encoded]):
    truth = np.array([e.writer_harms and e.danger for e in scores.examples])
    ruled = np.array([it.hits.writer_harms for it in items])
    victim = np.array([any(not w for _, w in it.hits.matched) for it in items])
    return truth, ruled, victim, scores.counted


def _search(s, truth, ruled, victim, level, counted):
    pool = s[counted & (level > 0)]
    grid = np.unique(np.quantile(pool, np.linspace(0.5, 1.0, 101))) if len(pool) else np.zeros(0)
    grid = np.append(grid, NEVER)
    best = None
    for ta in grid:
        for tc in grid:
            learned = ~victim & (((level == 2) & (s >= ta)) | ((level == 1) & (s >= tc)))
            f = _figures(ruled | learned, truth, level, counted)
            if f["precision"] < PRECISION and f["flagged"]:
                continue
            key = (f["recall"], f["precision"], tc, ta)  # the stricter pair on a tie
            if best is None or key > best[0]:
                best = (key, (float(ta), float(tc)), f)
    if best is None:  # the rules alone are below the precision: the learned signal adds none
        return (NEVER, NEVER), _figures(ruled, truth, level, counted)
    return best[1], best[2]


def thresholds(
    scores: Scores,
    items: list[Encoded],
    level: np.ndarray,
    offset: float,
    boost: float,
    check: float,
) -> tuple[dict[str, float], dict[str, float]]:
    """``writer`` (at alert) and ``writer_check`` (at check), and their out-of-fold figures;
    ``writer_whole`` 1 when the whole text's logit is read rather than the carrying units'
    maximum (whichever finds more writers at the precision: the logistic is fitted mostly on
    whole texts, and a part of a victim's text can look like a writer's)."""
    truth, ruled, victim, counted = _facts(scores, items)
    found = []
    for whole, s in (
        (0.0, carrying_scores(scores, items, offset, boost, check)),
        (1.0, scores.writer),
    ):
        (ta, tc), f = _search(s, truth, ruled, victim, level, counted)
        print(f"  writer on the {'whole text' if whole else 'carrying units'}: {f}")
        found.append(((f["recall"], f["precision"]), whole, ta, tc, f))
    _, whole, ta, tc, f = max(found, key=lambda x: x[0])
    return {"writer": ta, "writer_check": tc, "writer_whole": whole}, f
