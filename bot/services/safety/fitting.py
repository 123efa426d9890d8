"""The fitting behind ``make train-safety`` (bot/services/safety/training.py): the networks,
the n-gram model and the logistic regressions. scikit-learn and scipy (development dependencies)
are imported inside the functions that need them; what they fit is stored as numpy arrays.
"""

from __future__ import annotations

import warnings

import numpy as np

from bot.services.safety import lexical

SEED = 20
# Wider, less penalised networks trained longer: on the training split's folds 256 / 1.0 / 60
# caught 75.8 % against 72.3 % for 128 / 3.0 / 30, at the same false alarms.
HIDDEN = 256
ALPHA = 1.0  # L2 penalty of the networks (standardised inputs)
EPOCHS = 60  # passes over the rows per network
LEXICAL_C = 4.0  # inverse L2 penalty of the n-gram model's logistic regressions


def fit_logistic(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, penalty: float, iterations: int = 30
) -> tuple[np.ndarray, float]:
    """L2-penalised weighted logistic regression (Newton's method); returns (w, b).

    The embedding's dimensions differ little between texts (cosines of 0.8 and more), so the
    features are standardised for the fit and the weights mapped back: the penalty then means
    the same for every dimension."""
    n, d = x.shape
    mean = np.average(x, axis=0, weights=weight)
    scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=weight)) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((n, 1))]).astype(np.float64)
    weight = weight / weight.mean()
    beta = np.zeros(d + 1)
    ridge = np.full(d + 1, penalty)
    ridge[-1] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (weight * (p - y)) + ridge * beta
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-5:
            break
    w = beta[:-1] / scale
    return w.astype(np.float32), float(beta[-1] - w @ mean)


def fit_networks(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, members: int
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """An ensemble of one-hidden-layer networks for (danger, alert), standardisation folded in."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    w1, b1, w2, b2 = [], [], [], []
    for seed in range(members):
        net = MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=EPOCHS, random_state=SEED + seed)
        with warnings.catch_warnings():  # EPOCHS passes are the budget, not a failure to converge
            warnings.simplefilter("ignore", ConvergenceWarning)
            net.fit(z, y, sample_weight=weight)
        first, second = net.coefs_
        w1.append(first / scale[:, None])
        b1.append(net.intercepts_[0] - (mean / scale) @ first)
        w2.append(second)
        b2.append(net.intercepts_[1])
    return (np.stack(w1), np.stack(b1)), (np.stack(w2), np.stack(b2))


def lexical_features(units: list[np.ndarray]):
    """A scipy CSR matrix (units x BUCKETS), rows scaled to unit length (scipy: training only)."""
    from scipy.sparse import csr_matrix

    lengths = np.array([len(u) for u in units], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    flat = np.concatenate(units) if units else np.zeros(0, np.int64)
    data = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    return csr_matrix((data, flat, indptr), shape=(len(units), lexical.BUCKETS))


def fit_lexical(rows, c: float = LEXICAL_C) -> tuple[np.ndarray, np.ndarray] | None:
    """Logistic regressions (danger, alert) over the rows' (``training.Rows``) hashed n-grams;
    None without words."""
    from sklearn.linear_model import LogisticRegression

    if not rows.buckets or any(b is None for b in rows.buckets):
        return None
    x = lexical_features(rows.buckets)
    weights, biases = [], []
    for column in range(2):
        fit = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
        fit.fit(x, rows.y[:, column], sample_weight=rows.weight)
        weights.append(fit.coef_[0])
        biases.append(fit.intercept_[0])
    return np.stack(weights, axis=1).astype(np.float32), np.array(biases, dtype=np.float32)
