"""How ``screen_async`` runs the screen: the model in its threads, several texts in one call.

Only the model's calls run in the screen's worker threads; they release the GIL for all of it.
Cutting a short text into units, the phrase rules and the head (well under a millisecond for a
one-line answer) run on the event loop's thread. They hold the GIL wherever they run, and run
in the worker they cost more: each time that thread wants the GIL back while the loop is busy it
waits for the interpreter's switch interval (5 ms), several times per text.

Up to WORKERS calls run at once, each on one core (``model.Embedder``): a text arriving while
one call runs starts the next at once when a worker is free, so typed messages use both cores
while the event loop is idle. The texts waiting while every worker is busy are embedded
together in the next call (one call per batch, each distinct unit once). The engine computes
every token of a text on its own (no padding, attention within each text), so a text's vectors
are the same, to the bit, alone or in a batch, in whichever thread, and so is the decision. A
longer text (over ``SHORT`` characters: its rules and head take milliseconds) is screened whole
in a worker thread, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Executor

import numpy as np

from bot.services.safety import model
from bot.services.safety.screening import embedded_texts
from bot.services.safety.units import split

# Characters: the rules and head of a longer text take over a millisecond, and run on the loop
# they would leave the model idle meanwhile when texts arrive together.
SHORT = 200
MAX_UNITS = 64  # distinct units per model call (a batch of very many waits for the next call)
WORKERS = 2  # model calls in flight at once (one per core)

Rows = dict[str, np.ndarray]


def wanted(text: str, engine: model.Engine) -> tuple[str, ...]:
    """The distinct units of ``text`` the screen will ask the model for."""
    head = engine.head
    units = split(text)
    return tuple(
        dict.fromkeys(embedded_texts(units, head.meta.get("units", "pooled"), head.whole_exact))
    )


def embed_many(engine: model.Engine, texts: list[str]) -> np.ndarray:
    """One call of the model for a batch (in the screen's worker thread)."""
    return engine.embedder.embed(texts)


def lookup(rows: Rows, engine: model.Engine) -> Callable[[list[str]], np.ndarray]:
    """The embed function ``screen`` uses: the batch's vectors; a unit the batch did not foresee
    is embedded on the spot (so a change to the units can make this slower, never wrong)."""

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in rows]
        if missing:
            rows.update(zip(missing, engine.embedder.embed(missing), strict=True))
        if not texts:
            return np.zeros((0, engine.embedder.dim), dtype=np.float32)
        return np.stack([rows[t] for t in texts])

    return embed


class Batcher:
    """Texts waiting for the model. A worker thread, once started, takes batch after batch
    while any are waiting (no hand-back to the event loop between them: each would make the
    thread wait for the GIL once more) and stops when none are left; a text arriving while
    fewer than ``workers`` run starts one more (the pool given to ``vectors`` must have as
    many threads)."""

    def __init__(self, workers: int = WORKERS) -> None:
        self._lock = threading.Lock()
        self._waiting: list[tuple[tuple[str, ...], model.Engine, asyncio.Future[Rows]]] = []
        self._workers = workers
        self._running = 0
        self.calls = 0
        self.texts = 0

    async def vectors(self, units: tuple[str, ...], engine: model.Engine, pool: Executor) -> Rows:
        """The vectors of ``units``, made in the model's next call."""
        if not units:
            return {}
        future: asyncio.Future[Rows] = asyncio.get_running_loop().create_future()
        with self._lock:
            self._waiting.append((units, engine, future))
            start = self._running < self._workers
            self._running += start
        if start:
            try:
                pool.submit(self._drain)
            except BaseException:  # the pool is shut down: nothing would ever answer
                with self._lock:
                    self._waiting.clear()
                    self._running -= 1
                raise
        return await future

    def _take(self) -> list[tuple[tuple[str, ...], model.Engine, asyncio.Future[Rows]]]:
        with self._lock:
            batch, distinct = [], set()
            while self._waiting and (not batch or len(distinct) < MAX_UNITS):
                item = self._waiting.pop(0)
                batch.append(item)
                distinct.update(item[0])
            if not batch:
                self._running -= 1
            else:
                self.calls += 1
                self.texts += len(batch)
            return batch

    def _drain(self) -> None:
        """In the worker thread: one model call per batch until nothing waits."""
        while batch := self._take():
            texts = list(dict.fromkeys(u for units, _, _ in batch for u in units))
            try:
                vectors = embed_many(batch[0][1], texts)
            except Exception as exc:
                outcome: Rows | Exception = exc
            else:
                outcome = dict(zip(texts, vectors, strict=True))
            loops: dict[asyncio.AbstractEventLoop, list] = {}
            for units, _, future in batch:
                loops.setdefault(future.get_loop(), []).append((units, future))
            for loop, settled in loops.items():
                with contextlib.suppress(RuntimeError):  # that event loop has closed meanwhile
                    loop.call_soon_threadsafe(_settle, settled, outcome)


def _settle(
    settled: list[tuple[tuple[str, ...], asyncio.Future[Rows]]], outcome: Rows | Exception
) -> None:
    for units, future in settled:
        if future.done():  # the update was cancelled meanwhile
            continue
        if isinstance(outcome, Exception):
            future.set_exception(outcome)
        else:
            future.set_result({u: outcome[u] for u in units})
