"""For tests that run ``python -m bot`` as a real process: a stand-in Bot API server on
localhost, and a way to start the bot against it and wait for it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from bot.simulator.harness import TEST_TOKEN
from bot.simulator.telegram import BOT_USER

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BotApiServer:
    """Answers getMe, getUpdates (a short empty long-poll), getWebhookInfo, sendMessage and
    anything else with ``true``; a request with another token than ``token`` gets 401."""

    token: str = TEST_TOKEN
    calls: list[str] = field(default_factory=list)
    polled: threading.Event = field(default_factory=threading.Event)
    webhook: dict[str, Any] = field(default_factory=dict)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                token, _, method = self.path.removeprefix("/bot").partition("/")
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                api.calls.append(method)
                if token != api.token:
                    return self._answer(
                        401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                    )
                result: object = True
                if method == "getMe":
                    result = BOT_USER
                elif method == "getUpdates":
                    api.polled.set()
                    time.sleep(0.05)  # a long poll that returns nothing
                    result = []
                elif method == "setWebhook":
                    api.webhook = params
                elif method == "getWebhookInfo":
                    result = {
                        "url": api.webhook.get("url", ""),
                        "has_custom_certificate": False,
                        "pending_update_count": 0,
                    }
                elif method == "sendMessage":
                    result = {
                        "message_id": len(api.calls),
                        "date": 0,
                        "text": params.get("text"),
                        "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                    }
                self._answer(200, {"ok": True, "result": result})

            def _answer(self, status: int, data: object) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)  # a killed bot does not wait for its answer

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def bot_api() -> Iterator[BotApiServer]:
    api = BotApiServer()
    server = ThreadingHTTPServer(("127.0.0.1", 0), api.handler())
    api.port = server.server_port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()


def bot_env(api: BotApiServer, database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a bot process talking to ``api`` (nothing from a .env file)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "HEALTH_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=database_url,
        LOG_LEVEL="WARNING",
        BOT_MODE="polling",
    )
    env.update(extra)
    return env


def start_bot(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_bot(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` to its end (one that is expected to stop by itself)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def wait_until(
    condition: Any, process: subprocess.Popen[str], what: str, timeout: float = 90
) -> None:
    """Poll CONDITION until it holds; fail if the bot exits first or it takes too long."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the bot exited before {what}: {process.communicate()[1]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.05)


def stop_bot(process: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    """SIGINT, then the exit code and what it wrote to stderr."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err


def wait_for_http(url: str, process: subprocess.Popen[str], timeout: float = 90) -> None:
    """Until ``url`` answers at all (the process has started serving), or fail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the bot exited early: {process.communicate()[1]}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_peak_kib(pid: int) -> int:
    """The process's peak resident memory (VmHWM) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc")
