"""The HTTP side of a Rekindle process: the Telegram webhook, /healthz, /readyz and /metrics.

python-telegram-bot's built-in webhook server (tornado, behind ``run_webhook``) reads a whole
request body, up to tornado's default 100 MB, before it looks at the secret token, and it offers
no setting to change that; it compares the token with ``!=``, answers malformed JSON with 500,
and has no room for other routes. So, as python-telegram-bot's ``customwebhookbot`` examples
show, this is a small Starlette app served by uvicorn inside the bot's own event loop, which:

* checks the secret token first (``hmac.compare_digest``), from the headers alone, and closes
  the connection of a request without it before any of its body is read;
* refuses a body over 1 MB before reading it (by its Content-Length) or as soon as a streamed
  body passes 1 MB;
* answers 400 to a body that is not a JSON update;
* serves /healthz and /readyz beside the webhook (a load balancer checks them there).

/metrics tells how busy the bot is and how its sends fare: with ``METRICS_TOKEN`` set it asks
for ``Authorization: Bearer <token>`` on every port; without it, it is served only on the
health port (``HEALTH_PORT``, 127.0.0.1 unless ``HEALTH_LISTEN`` says otherwise) and not at all
on the public webhook port.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.config import ConfigError
from bot.ops import health, metrics
from bot.runtime import runtime_of

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
SECRET_HEADER = "x-telegram-bot-api-secret-token"
# Refused requests end the connection, so whatever body follows is never read.
_CLOSE = {"Connection": "close"}


@dataclass(frozen=True)
class Webhook:
    path: str  # "/telegram"
    secret_token: str


def metrics_served(token: str | None, *, public: bool) -> bool:
    """Whether /metrics is on a port: always with a token, and without one only off the
    public webhook port."""
    return token is not None or not public


def _bearer_matches(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("latin-1"), token.encode()
    )


def health_routes(
    application: Application, *, runs_jobs: bool, public: bool = False
) -> list[Route]:
    rt = runtime_of(application)
    token = rt.settings.metrics_token

    async def healthz(_: Request) -> Response:
        return PlainTextResponse("ok\n")

    async def readyz(_: Request) -> Response:
        state = await health.readiness(rt.db, rt.settings, runs_jobs=runs_jobs)
        return PlainTextResponse(state.text(), status_code=200 if state.ready else 503)

    async def metrics_page(request: Request) -> Response:
        if token is not None and not _bearer_matches(request, token):
            return PlainTextResponse(
                "unauthorized\n", status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        return Response(await metrics.exposition(rt), media_type=metrics.CONTENT_TYPE_LATEST)

    routes = [
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/readyz", readyz, methods=["GET", "HEAD"]),
    ]
    if metrics_served(token, public=public):
        routes.append(Route("/metrics", metrics_page, methods=["GET"]))
    return routes


def webhook_route(application: Application, webhook: Webhook) -> Route:
    expected = webhook.secret_token.encode()

    async def receive_update(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("latin-1")
        if not hmac.compare_digest(given, expected):
            return PlainTextResponse("forbidden\n", status_code=403, headers=_CLOSE)
        declared = request.headers.get("content-length")
        if declared is not None and not declared.isdigit():
            return PlainTextResponse("bad Content-Length\n", status_code=400, headers=_CLOSE)
        if declared is not None and int(declared) > MAX_BODY:
            return PlainTextResponse("request body too large\n", status_code=413, headers=_CLOSE)
        body = bytearray()
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY:
                    return PlainTextResponse(
                        "request body too large\n", status_code=413, headers=_CLOSE
                    )
        except ClientDisconnect:
            return Response(status_code=400)
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            update = Update.de_json(data, application.bot)
        except Exception:  # malformed JSON, or JSON that is not an update
            return PlainTextResponse("malformed update\n", status_code=400)
        await application.update_queue.put(update)
        return Response()

    return Route(webhook.path, receive_update, methods=["POST"])


def asgi_app(
    application: Application, *, runs_jobs: bool, webhook: Webhook | None = None
) -> Starlette:
    routes = health_routes(application, runs_jobs=runs_jobs, public=webhook is not None)
    if webhook is not None:
        routes.append(webhook_route(application, webhook))
    return Starlette(routes=routes)


class _Server(uvicorn.Server):
    """uvicorn inside the bot's event loop: the bot's runner owns SIGINT and SIGTERM."""

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[no-untyped-def,override]
        yield


def listening_socket(host: str, port: int, setting: str) -> socket.socket:
    """Bind now, so a port in use is a clear message at start and not a traceback later."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"{setting}: cannot listen on {host}:{port} ({exc.strerror}). Choose another port, "
            "or stop whatever is using it."
        ) from None
    sock.listen(128)
    sock.setblocking(False)
    return sock


class HttpServer:
    """One ASGI app on one bound socket, served as a task of the running loop."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            lifespan="off",
            http="h11",
            timeout_keep_alive=30,
            limit_concurrency=200,
            timeout_graceful_shutdown=5,
        )
        self.server = _Server(config)
        self.sock = sock
        self.task: asyncio.Task[None] | None = None

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    async def start(self, on_exit: Callable[[], None] | None = None) -> None:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        if on_exit is not None:
            self.task.add_done_callback(lambda _task: on_exit())
        # The socket already listens: connections wait in its backlog until uvicorn accepts.

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task is not None:
            with contextlib.suppress(asyncio.CancelledError, SystemExit):
                await self.task
