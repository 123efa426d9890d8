"""The labelled safety corpus (content/safety/corpus/) and a cache of its embeddings.

``train/<lang>.jsonl`` (and ``train/extra-<lang>.jsonl``, texts added by the team) is what the
head learns from; ``test/<lang>.jsonl`` is frozen: never trained or tuned on, only measured
(README.md beside it). Embedding a few thousand texts takes minutes, so vectors are cached in
``.cache/safety/`` (git-ignored), keyed by the exact text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.content import CONTENT_DIR

CORPUS_DIR = CONTENT_DIR / "safety" / "corpus"
CACHE_DIR = CONTENT_DIR.parent / ".cache" / "safety"
LEVELS = ("none", "check", "alert")


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    label: str  # none | check | alert
    categories: tuple[str, ...]
    family: str
    voice: str
    writer_harms: bool
    source: str  # the file it came from

    @property
    def danger(self) -> bool:
        return self.label != "none"


def read_jsonl(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            label = row["label"]
            if label not in LEVELS:
                raise ValueError(f"label {label!r}")
            examples.append(
                Example(
                    text=row["text"],
                    lang=row.get("lang") or path.stem.removeprefix("extra-"),
                    label=label,
                    categories=tuple(row.get("categories") or ()),
                    family=row.get("family") or "",
                    voice=row.get("voice") or "",
                    writer_harms=bool(row.get("writer_harms")),
                    source=path.name,
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from exc
    return examples


def load(split: str, directory: Path = CORPUS_DIR) -> list[Example]:
    """Every example of ``split`` ("train" or "test"), in file order."""
    folder = directory / split
    examples: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")):
        examples.extend(read_jsonl(path))
    return examples


class EmbeddingCache:
    """text -> vector, kept on disk between runs (one file per embedding model)."""

    def __init__(self, embed, name: str, directory: Path = CACHE_DIR) -> None:
        self._embed = embed
        self._path = directory / f"{name}.npz"
        self._vectors: dict[str, np.ndarray] = {}
        self._dirty = False
        if self._path.exists():
            with np.load(self._path, allow_pickle=False) as data:
                self._vectors = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.fill(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])

    def fill(self, texts: Iterable[str]) -> None:
        """Embed the texts not yet known, 64 per call: the model splits a call over both cores,
        where one text's call of a sentence or two runs on one (a cold cache fills twice as
        fast when every text is asked for first)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        for start in range(0, len(missing), 64):
            batch = missing[start : start + 64]
            for text, vector in zip(batch, self._embed(batch), strict=True):
                self._vectors[text] = vector
            self._dirty = True

    def save(self) -> None:
        if not self._dirty:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        texts = list(self._vectors)
        np.savez(
            self._path,
            texts=np.array(texts),
            vectors=np.stack([self._vectors[t] for t in texts]),
        )
        self._dirty = False
