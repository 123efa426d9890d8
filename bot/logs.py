"""Logging that never carries people's words, at any level.

Two rules:

* The libraries stay at INFO or above (httpx and APScheduler at WARNING) whatever ``LOG_LEVEL``
  says. At DEBUG python-telegram-bot logs every update and every request's parameters (the text
  of each message), aiosqlite every statement with its parameters (promise texts, answers),
  httpx every URL (which holds the bot token). Only an explicit ``LOG_LEVEL_LIBRARIES=DEBUG``
  lets them talk, for an operator debugging a library on a test bot; and SQLAlchemy hides
  statement parameters in its messages and errors unless it is set (``Database``).
* The bot's own records (loggers under ``bot``) go through ``Redact``: an argument that is not an
  id, a number, a kind or a short name becomes ``‹text, N chars›``, and quoted parts of an
  exception's message (``invalid literal for int(): 'my words'``) become ``‹…›``. So a careless
  ``log.info("got %s", text)`` logs the length, not the words. Log ids and kinds, never texts.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import Any, TextIO

from sqlmodel import SQLModel

from bot.config import Settings

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The libraries that see people's words (or the token) when they log at DEBUG, with the level
# they are held at by default: at least INFO, higher where INFO itself says too much.
LIBRARIES: dict[str, int] = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,  # INFO logs every request URL, which holds the token
    "httpcore": logging.INFO,
    "hpack": logging.INFO,
    "aiosqlite": logging.INFO,
    "sqlalchemy": logging.WARNING,  # INFO is echo: every statement
    "asyncpg": logging.INFO,
    "apscheduler": logging.WARNING,  # INFO logs each run of the every-second jobs
    "alembic": logging.INFO,
    "uvicorn": logging.INFO,
    "tornado": logging.INFO,
}

# What a logged string may look like to be kept as it is: an id, a kind, a view key, a state,
# a time zone, a short file name - no spaces, nothing long.
_SAFE = re.compile(r"[\w.:/@+=,#-]{0,64}")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»")
_PARAMETERS = re.compile(r"\[parameters: .*?\]", re.DOTALL)

_INSTALLED: list[logging.Handler] = []


class Plain(str):
    """A text the bot composed itself (no one's words), logged as it is:
    ``log.info("running: %s", Plain(description))``."""


class _Shown(str):
    """A redacted value that looks the same under %s and %r."""

    def __repr__(self) -> str:
        return str(self)


def redact_text(value: str) -> str:
    if _SAFE.fullmatch(value):
        return value
    return _Shown(f"‹text, {len(value)} chars›")


def redact_message(message: str) -> str:
    """An exception's message, with whatever it quotes (the input that failed) removed."""
    message = _PARAMETERS.sub("[parameters hidden]", message)
    return _QUOTED.sub("‹…›", message)


def _safe(value: Any) -> Any:
    """Strings are where people's words travel: each is kept only if it looks like an id or a
        kind (or is ``Plain``). Exceptions keep their type and lose what they quote. Other objects
        are the bot's own (a status, a path) and are left to format themselves, except rows (their
    kind and id only) and containers (what they quote is removed)."""
    if isinstance(value, Plain) or value is None:
        return value
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, BaseException):
        return _Shown(f"{type(value).__name__}({redact_message(str(value))})")
    if isinstance(value, SQLModel):  # a row: its kind and id, not its columns (name, texts)
        return _Shown(f"{type(value).__name__}(id={getattr(value, 'id', None)})")
    if isinstance(value, dict | list | tuple | set):
        return _Shown(redact_message(repr(value)))
    return value


def _exception_text(exc_info: Any) -> str:
    kind, exc, tb = exc_info
    lines = traceback.format_tb(tb)
    name = getattr(kind, "__name__", "Exception")
    return (
        "Traceback (most recent call last):\n"
        + "".join(lines)
        + (f"{name}: {redact_message(str(exc))}" if exc is not None else name)
    )


class Redact(logging.Filter):
    """Strips words from the bot's own records (see the module docstring)."""

    def __init__(self, *, libraries_too: bool = True) -> None:
        super().__init__()
        self.libraries_too = libraries_too

    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name == "bot" or record.name.startswith("bot.")
        if ours and record.args:
            if isinstance(record.args, dict):
                record.args = {k: _safe(v) for k, v in record.args.items()}
            else:
                record.args = tuple(_safe(a) for a in record.args)
        if (ours or self.libraries_too) and record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _exception_text(record.exc_info)
        return True


def library_level(settings: Settings, name: str) -> int:
    chosen = settings.log_level_libraries
    if chosen is not None:
        return logging.getLevelName(chosen)
    return max(LIBRARIES[name], logging.getLevelName(settings.log_level))


def configure(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """What ``python -m bot`` does before anything else: one handler on the root logger (to
    stderr, or ``stream``) with the redacting filter, the bot at ``LOG_LEVEL`` and the libraries
    held back. Calling it again replaces the handler it installed before."""
    root = logging.getLogger()
    for old in _INSTALLED:
        root.removeHandler(old)
    _INSTALLED.clear()
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(Redact(libraries_too=settings.log_level_libraries is None))
    root.addHandler(handler)
    _INSTALLED.append(handler)
    root.setLevel(settings.log_level)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(library_level(settings, name))
    return handler
