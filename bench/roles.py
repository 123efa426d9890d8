"""Memory of each kind of process once started: a poller, a webhook `web` process and a webhook
`worker` (planner and dispatcher only), each a real `python -m bot` against the fake Bot API
server (bot/simulator/botapi_server.py) and a fresh SQLite database.

For each role it prints the process's own resident memory once /readyz answers 200 and start-up
has settled, that of its child processes (the /insights chart process), and the seconds until
ready.

    python bench/roles.py            # every role, 3 runs each
    python bench/roles.py --runs 1
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import ROOT, emit, machine

from bot.storage.migrate import upgrade

ROLES = {
    "polling": (["run"], {"BOT_MODE": "polling"}),
    "web": (["web"], {"BOT_MODE": "webhook"}),
    "worker": (["run"], {"BOT_MODE": "webhook"}),
}
SETTLE_SECONDS = 3.0


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except FileNotFoundError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found + [g for c in found for g in children(c)]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "bot.simulator.botapi_server", "--port=0", f"--log={folder}/r.log"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = server.stdout.readline() if server.stdout else ""
    if not line.startswith("listening on "):
        server.kill()
        raise RuntimeError("the fake Bot API did not start")
    return server, line.split()[-1]


def measure(role: str, folder: Path, api: str, run: int) -> dict[str, float]:
    args, extra = ROLES[role]
    url = f"sqlite+aiosqlite:///{folder}/{role}-{run}.db"
    upgrade(url)
    health, web_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "HEALTH_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN="123456:roles-bench",
        TELEGRAM_API_BASE_URL=api,
        DATABASE_URL=url,
        LOG_LEVEL="WARNING",
        HEALTH_PORT=str(health),
        WEBHOOK_URL="https://localhost/telegram",
        WEBHOOK_SECRET_TOKEN="roles-bench-secret",
        WEBHOOK_PORT=str(web_port),
        **extra,
    )
    log = (folder / f"{role}-{run}.log").open("w")
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *args], cwd=folder, env=env, stdout=log, stderr=log
    )
    try:
        ready = None
        while ready is None:
            if process.poll() is not None:
                raise RuntimeError(f"{role} exited: {(folder / f'{role}-{run}.log').read_text()}")
            try:
                if httpx.get(f"http://127.0.0.1:{health}/readyz", timeout=2).status_code == 200:
                    ready = time.perf_counter() - began
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        time.sleep(SETTLE_SECONDS)
        own = rss_kib(process.pid)
        kids = sum(rss_kib(c) for c in children(process.pid))
        return {"ready_s": ready, "rss_mb": own / 1024, "children_mb": kids / 1024}
    finally:
        process.terminate()
        process.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--roles", nargs="*", default=list(ROLES), choices=list(ROLES))
    args = parser.parse_args()
    print(f"# {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server, api = start_server(folder)
        try:
            for role in args.roles:
                for run in range(args.runs):
                    emit("roles", role, run=run, **measure(role, folder, api, run))
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
