"""A fake Bot API as a real HTTP server, for measuring the bot process from outside.

``python -m bot.simulator.botapi_server --port 8081 --log requests.jsonl`` serves
``http://127.0.0.1:8081/bot<token>/<method>``; point the bot at it with
``TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/bot``. Answers come from the in-process fake
(:class:`bot.simulator.telegram.FakeTelegram`), so both speak the same Bot API; ``getUpdates``
is a long poll that returns nothing.

Every request is logged twice, one JSON line each, flushed at once so the log survives whatever
happens to the bot:

* ``{"ev": "recv", ...}`` when the request has arrived: method, chat id, a hash of the text (never
  the words), the identity derived from the buttons (``act:17`` for ``act:done:17``: the
  outbox row's subject), the time, and the answer decided for it (``answer``, ``fault``);
* ``{"ev": "resp", ...}`` when the answer was written (handed to the socket), with
  ``client_gone`` if the bot had hung up by then (it never read it), and ``{"ev": "gone", ...}``
  when a client hangs up on an open request.

A ``sendMessage`` answered 200 was delivered at the moment it arrived, as with Telegram: the
latency is the way back. So after a SIGKILL the log tells which messages arrived (``recv`` with
answer 200), which were answered, and which were still open when the bot died.

Faults, for ``sendMessage`` only: a latency distribution, shares of 429 (with ``retry_after``),
502 with an HTML body (what a proxy in front of Telegram returns), 500 with JSON, and a strict
limit of messages in any rolling second (429 beyond it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import random
import re
import signal
import socket
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl

import uvicorn

from bot.clock import SystemClock
from bot.simulator.telegram import FakeTelegram

PROXY_502_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
LONG_POLL_CAP = 30.0  # seconds a getUpdates is held at most


# -- faults -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    """How long a sendMessage answer takes: ``0``, ``fixed:MS``, ``uniform:LO_MS:HI_MS`` or
    ``lognormal:MEDIAN_MS:SIGMA`` (a long right tail, like a real network)."""

    kind: str = "fixed"
    a: float = 0.0
    b: float = 0.0

    @classmethod
    def parse(cls, spec: str) -> Latency:
        parts = spec.strip().split(":")
        try:
            if len(parts) == 1:
                return cls("fixed", float(parts[0]))
            kind, numbers = parts[0], [float(p) for p in parts[1:]]
        except ValueError as exc:
            raise ValueError(f"latency {spec!r}: numbers expected") from exc
        if kind == "fixed" and len(numbers) == 1:
            return cls("fixed", numbers[0])
        if kind in ("uniform", "lognormal") and len(numbers) == 2:
            return cls(kind, numbers[0], numbers[1])
        raise ValueError(
            f"latency {spec!r}: use 0, fixed:MS, uniform:LO_MS:HI_MS or lognormal:MEDIAN_MS:SIGMA"
        )

    def draw(self, rng: random.Random) -> float:
        """Seconds."""
        if self.kind == "uniform":
            ms = rng.uniform(self.a, self.b)
        elif self.kind == "lognormal":
            ms = rng.lognormvariate(0.0, self.b) * self.a if self.a > 0 else 0.0
        else:
            ms = self.a
        return max(ms, 0.0) / 1000


@dataclass(frozen=True)
class Faults:
    latency: Latency = field(default_factory=Latency)
    share_429: float = 0.0
    retry_after: int = 1
    share_502: float = 0.0  # HTML body, as a proxy answers
    share_500: float = 0.0  # Telegram's JSON error body
    per_second: int = 0  # strict: more sendMessage in any rolling second get 429; 0 = no limit
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.share_429 + self.share_502 + self.share_500 > 1:
            raise ValueError("the fault shares add up to more than 1")


# -- the server -------------------------------------------------------------------------------


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def identity_of(params: dict[str, Any]) -> str | None:
    """What the message is about, from its buttons: ``act:done:17`` -> ``act:17``."""
    markup = params.get("reply_markup")
    try:
        markup = json.loads(markup) if isinstance(markup, str) else markup
    except ValueError:
        return None
    for row in (markup or {}).get("inline_keyboard") or []:
        for button in row:
            data = button.get("callback_data")
            if data:
                parts = str(data).split(":")
                return f"{parts[0]}:{parts[-1]}" if len(parts) > 1 else parts[0]
    return None


class BotApiServer:
    """The fake Bot API over HTTP. ``await start()`` in a running event loop, ``await stop()``."""

    def __init__(self, log_path: str | Path, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        self.answers = FakeTelegram(SystemClock())
        self.rng = random.Random(self.faults.seed)
        self.log_path = Path(log_path)
        self._log: TextIO | None = None
        self._ids = 0
        self._window: deque[float] = deque()  # accepted sendMessage, for the per-second limit
        self._http: uvicorn.Server | None = None
        self._serving: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self.port = 0

    async def start(self, port: int = 0, host: str = "127.0.0.1") -> int:
        self._log = self.log_path.open("a", encoding="utf-8")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            _MethodApp(self),
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        self._http = _QuietServer(config)
        self._serving = asyncio.create_task(self._http.serve(sockets=[sock]))
        while not self._http.started:
            if self._serving.done():
                self._serving.result()  # raises why it could not start
            await asyncio.sleep(0.005)
        return self.port

    async def stop(self) -> None:
        self._stopping.set()
        if self._http is not None and self._serving is not None:
            self._http.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._serving
            self._http = self._serving = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def write(self, record: dict[str, Any]) -> None:
        if self._log is not None:
            self._log.write(json.dumps(record, separators=(",", ":")) + "\n")
            self._log.flush()

    # -- one request -------------------------------------------------------------------------

    async def answer(
        self, handler: _Exchange, method: str, params: dict[str, Any], files: dict[str, Any]
    ) -> tuple[int, str, bytes]:
        self._ids += 1
        request_id = handler.request_id = self._ids
        fault, status, body = None, 200, b""
        if method == "sendMessage":
            fault = self._fault()
        if fault == "429" or fault == "limit":
            retry = 1 if fault == "limit" else self.faults.retry_after
            status, body = FakeTelegram._error(
                429, f"Too Many Requests: retry after {retry}", parameters={"retry_after": retry}
            )
        elif fault == "502":
            status, body = 502, PROXY_502_HTML
        elif fault == "500":
            status, body = FakeTelegram._error(500, "Internal Server Error")
        else:
            try:
                status, body = await self.answers.call(method, params, files)
            except Exception as exc:  # a malformed request: say so, as Telegram would
                fault, (status, body) = "error", FakeTelegram._error(400, f"Bad Request: {exc}")
            self.answers.calls.clear()  # the log is the record; keep memory flat
        chat_id = params.get("chat_id")
        text = params.get("text")
        self.write(
            {
                "ev": "recv",
                "id": request_id,
                "t": time.time(),
                "method": method,
                "chat_id": int(chat_id) if str(chat_id or "").lstrip("-").isdigit() else None,
                "text_sha": text_hash(str(text)) if text is not None else None,
                "identity": identity_of(params),
                "answer": status,
                "fault": fault,
            }
        )
        if method == "sendMessage":
            await self._wait(self.faults.latency.draw(self.rng))
        elif method == "getUpdates":
            await self._long_poll(params)
        kind = "text/html" if fault == "502" else "application/json"
        return status, kind, body

    def _fault(self) -> str | None:
        f = self.faults
        if f.per_second:
            now = time.monotonic()
            while self._window and now - self._window[0] >= 1.0:
                self._window.popleft()
            if len(self._window) >= f.per_second:
                return "limit"
        draw = self.rng.random()
        for name, share in (("429", f.share_429), ("502", f.share_502), ("500", f.share_500)):
            if draw < share:
                return name
            draw -= share
        if f.per_second:
            self._window.append(time.monotonic())
        return None

    async def _long_poll(self, params: dict[str, Any]) -> None:
        try:
            seconds = min(float(params.get("timeout") or 0), LONG_POLL_CAP)
        except ValueError:
            seconds = 0.0
        await self._wait(seconds)

    async def _wait(self, seconds: float) -> None:
        """Sleep, cut short when the server stops (so no request outlives it)."""
        if seconds > 0 and not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), seconds)


class _QuietServer(uvicorn.Server):
    """Leaves signals to whoever runs the loop (the command line below, or a test)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


_PATH = re.compile(r"^/bot([^/]+)/([A-Za-z]+)$")


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Form fields and files of a request, form-encoded or multipart, as python-telegram-bot
    sends it: ``({name: text}, {name: (filename, bytes, content type)})``."""
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        params: dict[str, Any] = {}
        files: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if not name:
                continue
            filename = part.get_filename()
            if filename:
                files[name] = (filename, payload, part.get_content_type())
            else:
                params[name] = payload.decode("utf-8", "replace")
        return params, files
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return dict(pairs), {}


@dataclass
class _Exchange:
    """One request on its way through the server."""

    request_id: int = 0
    answered: bool = False
    client_gone: bool = False


class _MethodApp:
    """``/bot<token>/<method>`` as a bare ASGI app: it notices a client that hangs up on an open
    request (the bot killed while it waits), which a framework's request object hides."""

    def __init__(self, api: BotApiServer) -> None:
        self.api = api

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        match = _PATH.match(scope["path"])
        if match is None:
            await _respond(send, 404, "application/json", b'{"ok":false,"error_code":404}')
            return
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        params, files = parse_body(content_type, body)
        if scope.get("query_string"):
            params.update(parse_qsl(scope["query_string"].decode("utf-8", "replace")))
        exchange = _Exchange()
        watcher = asyncio.create_task(self._watch(receive, exchange))
        try:
            status, kind, answer = await self.api.answer(exchange, match[2], params, files)
        finally:
            exchange.answered = True
        if not watcher.done():
            await asyncio.sleep(0)  # let a hang-up that has already arrived be seen
        watcher.cancel()
        gone = exchange.client_gone
        if not gone:
            with contextlib.suppress(OSError, RuntimeError):
                await _respond(send, status, kind, answer)
        # Logged once the answer is on its way (handed to the socket), not before: the time is
        # when the bot could first have read it, and writing the log does not delay it.
        self.api.write(
            {
                "ev": "resp",
                "id": exchange.request_id,
                "t": time.time(),
                "status": status,
                "client_gone": gone,
            }
        )

    async def _watch(self, receive: Any, exchange: _Exchange) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            message = await receive()
            if message["type"] == "http.disconnect":
                exchange.client_gone = True
                if exchange.request_id and not exchange.answered:
                    self.api.write({"ev": "gone", "id": exchange.request_id, "t": time.time()})


async def _respond(send: Any, status: int, kind: str, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# -- command line -----------------------------------------------------------------------------


def fault_arguments(parser: argparse.ArgumentParser) -> None:
    """The fault options (shared with bench/crash.py, which passes them on)."""
    parser.add_argument("--latency", default="0", help="sendMessage latency (see Latency)")
    parser.add_argument("--share-429", type=float, default=0.0, help="share answered 429")
    parser.add_argument("--retry-after", type=int, default=1, help="retry_after of those 429s")
    parser.add_argument("--share-502", type=float, default=0.0, help="share answered 502 (HTML)")
    parser.add_argument("--share-500", type=float, default=0.0, help="share answered 500 (JSON)")
    parser.add_argument(
        "--per-second", type=int, default=0, help="strict sendMessage limit (429 beyond); 0: none"
    )


def faults_from(args: argparse.Namespace, seed: int | None) -> Faults:
    return Faults(
        latency=Latency.parse(args.latency),
        share_429=args.share_429,
        retry_after=args.retry_after,
        share_502=args.share_502,
        share_500=args.share_500,
        per_second=args.per_second,
        seed=seed,
    )


def fault_argv(args: argparse.Namespace) -> list[str]:
    """The same options as a command line, to start the server with them."""
    return [
        f"--latency={args.latency}",
        f"--share-429={args.share_429}",
        f"--retry-after={args.retry_after}",
        f"--share-502={args.share_502}",
        f"--share-500={args.share_500}",
        f"--per-second={args.per_second}",
    ]


async def serve(port: int, host: str, log: str, faults: Faults) -> None:
    server = BotApiServer(log, faults)
    bound = await server.start(port, host)
    print(f"listening on http://{host}:{bound}/bot", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bot.simulator.botapi_server", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--port", type=int, default=8081, help="0: any free port (printed)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--log", required=True, help="append one JSON line per request/answer")
    parser.add_argument("--seed", type=int, default=None, help="for latency and fault draws")
    fault_arguments(parser)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.host, args.log, faults_from(args, args.seed)))


if __name__ == "__main__":
    main()
