"""The safety screen: does what a person typed show signs of abuse or self-harm?

``screen(text)`` answers with a ``Screening``: ``level`` "none", "check" (possible danger: a
gentle private "are you safe?") or "alert" (clear danger: crisis resources at once),
``categories``, ``immediate`` (emergency number first), ``kinds`` (which resources) and
``writer_harms`` (the writer is the one who hurts the partner). ``await screen_async(text)``
runs the model off the event loop, the texts waiting at once in one call (``batching``).
``writer_named_by_phrases(text)`` says whether the phrase rules read the writer as the one who
harms. ``warm()`` loads the model at start; ``engine_status()``
says whether the full screen runs or only the phrase rules, and why.

The parts: ``units`` cuts a text into sentences and pairs, ``rules`` holds the phrase rules per
language, ``model`` the embedding model and the trained head, ``screening`` the decision.
Training and evaluation: ``training`` and ``evaluation`` (``make train-safety``,
``make eval-safety``).
"""

from __future__ import annotations

import asyncio
import hashlib
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar

from bot.services.safety import batching, rules
from bot.services.safety.model import EngineStatus
from bot.services.safety.rules import normalise
from bot.services.safety.screening import Level, Screening, screen

__all__ = [
    "EngineStatus",
    "Level",
    "Screening",
    "engine_status",
    "normalise",
    "screen",
    "screen_async",
    "warm",
    "writer_named_by_phrases",
]

# The model's calls in batching.WORKERS threads (several texts per call: ``batching``), one core
# each; the C engine releases the GIL, so the event loop keeps running while a text is screened
# (bench/safety.py compares this with a process pool).
_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(
            max_workers=batching.WORKERS, thread_name_prefix="rekindle_safety"
        )
    return _executor


# The last text screened while handling this update, by a digest (the words are not kept), and
# its answer: the text handler screens a typed message before its transaction, and the service
# that stores it as an answer asks again; the model runs once. Keyed by the loaded engine too,
# so a reloaded engine (tests) screens afresh.
_LAST: ContextVar[tuple[bytes, int, Screening] | None] = ContextVar("screened", default=None)


async def screen_async(text: str) -> Screening:
    """``screen(text)`` in the screen's worker thread, so the event loop is never blocked."""
    from bot.services.safety import model

    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    engine = id(model._state) if model._state is not None else 0
    last = _LAST.get()
    if last is not None and engine and last[0] == key and last[1] == engine:
        return last[2]
    signal = await _screened(text)
    _LAST.set((key, id(model._state) if model._state is not None else 0, signal))
    return signal


_batcher = batching.Batcher()


async def _screened(text: str) -> Screening:
    """A short text: its units' vectors from the next batch of the model in the worker thread,
    the rest here (see ``batching``). A long one, or before the model is loaded (``state()``
    would wait for it here), or with the phrase rules alone: ``screen`` in the worker thread."""
    from bot.services.safety import model

    loaded = model._state
    engine = loaded[0] if loaded is not None else None
    if engine is None or len(text) > batching.SHORT:
        return await asyncio.get_running_loop().run_in_executor(_pool(), screen, text)
    rows = await _batcher.vectors(batching.wanted(text, engine), engine, _pool())
    return screen(text, embed=batching.lookup(rows, engine))


def writer_named_by_phrases(text: str) -> bool:
    """Whether the phrase rules read ``text`` as the writer hurting, threatening or controlling
    the partner ("I hit her", "ich habe ihn geschlagen"): the second opinion the help-to-stop
    reply asks for before it answers someone as the one who harms."""
    return rules.match(text).writer_harms


def warm() -> EngineStatus:
    """Load the model and the rules now (at start-up) instead of on the first message."""
    from bot.services.safety import model

    _, status = model.state()
    screen("warm up")
    return status


def engine_status() -> EngineStatus:
    """Full screen or phrase rules only, and why (for the start-up log and the self-check)."""
    from bot.services.safety import model

    return model.state()[1]
