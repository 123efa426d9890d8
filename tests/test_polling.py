"""`python -m bot run` against a stand-in Bot API server on localhost: migrates and polls."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from time import sleep
from typing import ClassVar
from urllib.parse import parse_qs

from bot.simulator.telegram import BOT_USER

ROOT = Path(__file__).resolve().parent.parent


class BotAPI(BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []
    polled = threading.Event()

    def do_POST(self) -> None:
        method = self.path.rsplit("/", 1)[-1]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).calls.append(method)
        result: object = True
        if method == "sendMessage":
            params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            result = {
                "message_id": len(type(self).calls),
                "date": 0,
                "text": params.get("text"),
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
            }
        elif method == "getMe":
            result = BOT_USER
        elif method == "getUpdates":
            type(self).polled.set()
            sleep(0.05)  # a long poll that returns nothing
            result = []
        body = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_run_migrates_and_starts_polling(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), BotAPI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{server.server_port}/bot",
        "DATABASE_URL": f"sqlite:///{tmp_path}/bot.db",
        "LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert BotAPI.polled.wait(timeout=90), "the bot never polled for updates"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        server.shutdown()
        server.server_close()
    assert (tmp_path / "bot.db").exists()
    assert "getMe" in BotAPI.calls and "setMyCommands" in BotAPI.calls
    assert process.returncode == 0, err
