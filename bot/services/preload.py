"""Loading, once per process and off the event loop, what the first user would otherwise wait for.

These are slow the first time and instant afterwards: the place table and the zone finder
behind a typed or shared time zone (``timezones.preload``), dateparser with its language data
behind a promise's date (``when.warm_up``), and the safety screen (``safety.warm``: the
embedding model and the phrase rules), needed when the first typed message is screened.
Loaded on the event loop inside a handler they would stall every conversation at once (the
zone finder alone takes ~0.7 s, the screen ~0.3 s).

At start-up the application loads them in a background thread and waits for it (about a
second) before it serves anyone, so no update ever runs while they load. Should loading take
longer than the application is willing to wait, it serves anyway, and each update first
awaits ``wait``, which waits without holding the loop (and returns at once when loading is
done). A process that never calls ``start`` (a script, a test of one function) loads each on
first use, as before.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from bot.logs import Plain

log = logging.getLogger(__name__)

_lock = threading.Lock()
_loading: Future[dict[str, float]] | None = None


def _steps() -> list[tuple[str, Callable[[], object]]]:
    from bot.services import safety, timezones, when

    return [
        ("time zones", timezones.preload),
        ("dates", when.warm_up),
        ("safety screen", safety.warm),
    ]


def start() -> Future[dict[str, float]]:
    """Begin loading in a background thread (once per process); returns its future, whose
    result is the seconds each part took."""
    global _loading
    with _lock:
        if _loading is None:
            _loading = Future()
            # Running: a waiter that is cancelled (an update at shutdown) cannot cancel it.
            _loading.set_running_or_notify_cancel()
            threading.Thread(
                target=_load, args=(_loading,), name="rekindle-preload", daemon=True
            ).start()
        return _loading


def _load(future: Future[dict[str, float]]) -> None:
    seconds: dict[str, float] = {}
    try:
        for name, load in _steps():
            began = time.perf_counter()
            load()
            seconds[name] = time.perf_counter() - began
    except Exception as exc:
        # Each part then loads on first use instead; the log says why it did not load now.
        log.exception("could not preload the look-up data")
        future.set_exception(exc)
        return
    took = ", ".join(f"{name} {s * 1000:.0f} ms" for name, s in seconds.items())
    log.info("preloaded: %s", Plain(took))
    future.set_result(seconds)


def is_done() -> bool:
    return _loading is not None and _loading.done()


async def wait() -> bool:
    """Wait, without holding the event loop, until loading is done: True if it succeeded, False
    if it failed or was never started. Cancelling the wait (a timeout) leaves loading going."""
    loading = _loading
    if loading is None:
        return False
    if not loading.done():
        try:
            await asyncio.shield(asyncio.wrap_future(loading))
        except asyncio.CancelledError:
            raise
        except Exception:  # logged by _load
            return False
    return loading.exception() is None
