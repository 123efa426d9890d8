"""The safety screen: load time, memory, latency, and how it shares two cores with the bot.

Prints the time to load the model and the head, the RSS they add, p50/p99 for 500-character
answers (issue 20: p99 <= 150 ms), the time for a 4,096-character message (< 1 s), and, with
four screens in flight at once while the event loop ticks, ``screen`` in one and in two worker
threads and in a process pool, and for short answers (120 characters) ``screen`` in one worker
thread beside ``screen_async`` (what Rekindle uses: the model's calls in two worker threads, the
short texts waiting at once in one call): throughput, p99, and how late the event loop ran (its
lag).

    python bench/safety.py [answers]
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import statistics
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from common import emit, machine, rss_mb

ANSWERS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 300
IN_FLIGHT = 4


def texts(length: int, count: int) -> list[str]:
    """Realistic texts of about ``length`` characters, glued from the training corpus."""
    from bot.services.safety import corpus

    pool = [e.text for e in corpus.load("train")]
    out, i = [], 0
    while len(out) < count:
        text = ""
        while len(text) < length:
            text += (" " if text else "") + pool[i % len(pool)]
            i += 7
        out.append(text[:length].rsplit(" ", 1)[0])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _warm(threads: str | None = None) -> None:
    if threads:  # before the engine library loads: one core per worker process
        os.environ["OMP_NUM_THREADS"] = threads
    from bot.services import safety

    safety.warm()


def _screen(text: str) -> str:
    from bot.services import safety

    return safety.screen(text).level


async def concurrent(executor: Executor | None, answers: list[str]) -> dict[str, float]:
    """IN_FLIGHT screens at once; meanwhile a 5 ms ticker measures how late the loop runs.
    ``executor`` None: through ``screen_async`` (what Rekindle does: the model's calls in its
    worker threads, the texts waiting at once in one call)."""
    from bot.services import safety

    loop = asyncio.get_running_loop()
    lags: list[float] = []
    done = False

    async def ticker() -> None:
        while not done:
            start = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - start - 0.005)

    latencies: list[float] = []
    queue = list(answers)

    async def worker() -> None:
        while queue:
            text = queue.pop()
            start = time.perf_counter()
            if executor is None:
                await safety.screen_async(text)
            else:
                await loop.run_in_executor(executor, _screen, text)
            latencies.append(time.perf_counter() - start)

    tick = asyncio.create_task(ticker())
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    elapsed = time.perf_counter() - start
    done = True
    await tick
    return {
        "per_s": len(answers) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "loop_lag_p99_ms": percentile(lags, 0.99) * 1000,
    }


def main() -> None:
    print(f"safety screen — {machine()}", flush=True)
    before = rss_mb()
    import numpy  # noqa: F401  (numpy is there anyway: count only the model)

    from bot.services import safety

    base = rss_mb()
    start = time.perf_counter()
    status = safety.warm()
    load_s = time.perf_counter() - start
    print(f"{status}", flush=True)
    answers = texts(500, ANSWERS)
    long = texts(4096, 5)
    for text in answers[:20]:
        safety.screen(text)
    latencies = []
    for text in answers:
        start = time.perf_counter()
        safety.screen(text)
        latencies.append(time.perf_counter() - start)
    long_times = []
    for text in long:
        start = time.perf_counter()
        safety.screen(text)
        long_times.append(time.perf_counter() - start)
    emit(
        "safety",
        "model" if status.full else "rules",
        load_s=load_s,
        rss_added_mb=rss_mb() - base,
        rss_process_mb=rss_mb(),
        rss_before_numpy_mb=before,
    )
    emit(
        "safety",
        "500chars",
        answers=len(answers),
        p50_ms=statistics.median(latencies) * 1000,
        p99_ms=percentile(latencies, 0.99) * 1000,
        max_ms=max(latencies) * 1000,
    )
    emit(
        "safety",
        "4096chars",
        median_ms=statistics.median(long_times) * 1000,
        max_ms=max(long_times) * 1000,
    )
    sample = answers[: min(len(answers), 120)]
    thread = ThreadPoolExecutor(max_workers=1)
    emit("safety", "thread1", in_flight=IN_FLIGHT, **asyncio.run(concurrent(thread, sample)))
    thread.shutdown()
    # Two at once, as Rekindle's two workers run long texts (each split over two threads).
    thread = ThreadPoolExecutor(max_workers=2)
    emit("safety", "thread2", in_flight=IN_FLIGHT, **asyncio.run(concurrent(thread, sample)))
    thread.shutdown()
    # Short answers (a line, as most check-in answers are): ``screen_async`` batches these.
    short = [t.rsplit(".", 1)[0][:120] for t in texts(120, len(sample))]
    thread = ThreadPoolExecutor(max_workers=1)
    emit("safety", "short_thread1", in_flight=IN_FLIGHT, **asyncio.run(concurrent(thread, short)))
    thread.shutdown()
    calls, batched = safety._batcher.calls, safety._batcher.texts
    emit(
        "safety",
        "short_screen_async",
        in_flight=IN_FLIGHT,
        **asyncio.run(concurrent(None, short)),
        texts_per_model_call=(safety._batcher.texts - batched)
        / max(safety._batcher.calls - calls, 1),
    )
    workers = os.cpu_count() or 1
    process = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),  # OpenMP does not survive a fork
        initializer=_warm,
        initargs=("1",),
    )
    list(process.map(_screen, sample[:8]))
    emit(
        "safety",
        f"process{workers}",
        in_flight=IN_FLIGHT,
        **asyncio.run(concurrent(process, sample)),
    )
    process.shutdown()


if __name__ == "__main__":
    main()
