"""A fake Telegram Bot API, plugged in where python-telegram-bot makes HTTP requests.

It answers like the real server for the methods Rekindle uses, and it is strict where Telegram is
strict, so mistakes surface in tests rather than in production: HTML must use Telegram's tags
and escaping, a text may hold 4096 characters, callback data 64 bytes, an unchanged edit is an
error. Failures can be scripted per method and chat: 429 with ``retry_after``, 403 (blocked),
timeouts after the message was delivered, connection errors before it left, and sends that hang.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.clock import Clock
from bot.simulator.chat import SentMessage, TelegramHTMLError, parse_html

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "Rekindle",
    "username": "RekindleTestBot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


PROXY_502_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass
class Rule:
    """A scripted failure: ``action`` for the next ``times`` matching calls."""

    method: str
    # "429" | "403" | "401" | "timeout_after_send" | "connect_error" | "hang" | "500" | "502_html"
    action: str
    chat_id: int | None = None
    times: int = 1
    retry_after: int = 5
    release: asyncio.Event | None = None  # "hang": lets the hanging request finish
    reached: asyncio.Event | None = None  # "hang": set once the request has arrived


class InProcessBotApi(BaseRequest):
    """python-telegram-bot's HTTP layer replaced by a Bot API answered in this process: the bot
    above it runs unchanged. Subclasses answer :meth:`call`."""

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        files = request_data.multipart_data if request_data and request_data.contains_files else {}
        return await self.call(url.rsplit("/", 1)[-1], params, files or {})

    async def call(
        self, api_method: str, params: dict[str, Any], files: dict[str, Any]
    ) -> tuple[int, bytes]:
        """Answer one Bot API method: the HTTP status and the JSON body."""
        raise NotImplementedError


class FakeTelegram(InProcessBotApi):
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.messages: dict[int, list[SentMessage]] = {}
        self._by_id: dict[tuple[int, int], SentMessage] = {}
        self._ids = itertools.count(1)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.commands: list[dict[str, Any]] | None = None  # the menu without a language
        # Per (scope type or chat id, language code or ""): the menus, descriptions and short
        # descriptions registered.
        self.menus: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.blocked: set[int] = set()
        self.left: set[int] = set()  # group chats the bot left
        self.rules: list[Rule] = []
        self.in_flight = 0
        # Observers (the demo's transcript): new messages, edited messages, toasts.
        self.listeners: list[Callable[[SentMessage], None]] = []
        self.edit_listeners: list[Callable[[SentMessage], None]] = []
        self.toast_listeners: list[Callable[[str], None]] = []
        self.fail_set_commands = False
        self.webhook: dict[str, Any] | None = None

    async def call(
        self, api_method: str, params: dict[str, Any], files: dict[str, Any]
    ) -> tuple[int, bytes]:
        self.calls.append((api_method, params))
        chat_id = params.get("chat_id")
        rule = self._rule_for(api_method, chat_id)
        if rule is not None:
            if rule.action == "429":
                return self._error(
                    429,
                    f"Too Many Requests: retry after {rule.retry_after}",
                    parameters={"retry_after": rule.retry_after},
                )
            if rule.action == "403":
                return self._error(403, "Forbidden: bot was blocked by the user")
            if rule.action == "401":  # what Telegram answers to a revoked or mistyped token
                return self._error(401, "Unauthorized")
            if rule.action == "500":
                return self._error(500, "Internal Server Error")
            if rule.action == "502_html":  # a proxy in front of Telegram: an HTML page, no JSON
                return 502, PROXY_502_PAGE
            if rule.action == "connect_error":
                raise NetworkError(
                    "httpx.ConnectError: connection refused"
                ) from httpx.ConnectError("connection refused")
        if chat_id is not None and int(chat_id) in self.blocked and api_method.startswith("send"):
            return self._error(403, "Forbidden: bot was blocked by the user")
        handler = getattr(self, f"_api_{api_method}", None)
        if handler is None:
            return self._error(404, f"Not Found: method {api_method} is not faked")
        self.in_flight += 1
        try:
            status, result = handler(params, files)
            if rule is not None and rule.action == "timeout_after_send":
                raise TimedOut("Timed out") from httpx.ReadTimeout("read timed out")
            if rule is not None and rule.action == "hang":
                assert rule.release is not None and rule.reached is not None
                rule.reached.set()
                await rule.release.wait()
                raise TimedOut("Timed out") from httpx.ReadTimeout("read timed out")
        finally:
            self.in_flight -= 1
        if status != 200:
            return self._error(status, result)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # -- scripting -------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        action: str,
        *,
        chat_id: int | None = None,
        times: int = 1,
        retry_after: int = 5,
    ) -> Rule:
        hangs = action == "hang"
        rule = Rule(
            method,
            action,
            chat_id,
            times,
            retry_after,
            asyncio.Event() if hangs else None,
            asyncio.Event() if hangs else None,
        )
        self.rules.append(rule)
        return rule

    def _rule_for(self, method: str, chat_id: Any) -> Rule | None:
        for rule in self.rules:
            if (
                rule.method == method
                and rule.times > 0
                and (rule.chat_id is None or (chat_id is not None and int(chat_id) == rule.chat_id))
            ):
                rule.times -= 1
                return rule
        return None

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _error(
        code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> tuple[int, bytes]:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return code, json.dumps(body).encode()

    def chat(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.messages.get(chat_id, []) if not m.deleted]

    def sent_count(self, method: str = "sendMessage") -> int:
        return sum(1 for name, _ in self.calls if name == method)

    def _now(self) -> int:
        return int(self.clock.now().timestamp())

    def _chat_json(self, chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "type": "private", "first_name": "Phone"}

    def message_json(self, msg: SentMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": msg.message_id,
            "date": self._now(),
            "chat": self._chat_json(msg.chat_id),
            "from": BOT_USER,
        }
        if msg.kind == "text":
            data["text"] = msg.text
        elif msg.kind == "document":
            data["document"] = {
                "file_id": f"doc{msg.message_id}",
                "file_unique_id": f"d{msg.message_id}",
                "file_name": msg.file_name,
            }
            data["caption"] = msg.text
        elif msg.kind == "photo":
            data["photo"] = [
                {
                    "file_id": f"ph{msg.message_id}",
                    "file_unique_id": f"p{msg.message_id}",
                    "width": 800,
                    "height": 500,
                }
            ]
            data["caption"] = msg.text
        if msg.buttons:
            data["reply_markup"] = {"inline_keyboard": msg.buttons}
        return data

    @staticmethod
    def _markup(params: dict[str, Any]) -> tuple[list[list[dict[str, str]]], list | None]:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if not markup:
            return [], None
        if "inline_keyboard" in markup:
            rows = [
                [{k: v for k, v in b.items() if k in ("text", "callback_data", "url")} for b in row]
                for row in markup["inline_keyboard"]
            ]
            for row in rows:
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and not (1 <= len(data.encode()) <= 64):
                        raise TelegramHTMLError("BUTTON_DATA_INVALID")
            return rows, None
        if "keyboard" in markup:
            return [], markup["keyboard"]
        return [], []  # remove_keyboard

    def _new(
        self,
        chat_id: int,
        text: str,
        raw: str,
        buttons: list,
        reply_kb: list | None,
        kind: str = "text",
        **extra: Any,
    ) -> SentMessage:
        msg = SentMessage(
            int(chat_id),
            next(self._ids),
            text,
            raw,
            buttons,
            kind,
            reply_keyboard=reply_kb,
            **extra,
        )
        self.messages.setdefault(int(chat_id), []).append(msg)
        self._by_id[(int(chat_id), msg.message_id)] = msg
        for listener in self.listeners:
            listener(msg)
        return msg

    def _render(self, params: dict[str, Any], key: str = "text", limit: int = 4096) -> str:
        raw = str(params.get(key) or "")
        text = parse_html(raw) if params.get("parse_mode") == "HTML" else raw
        if key == "text" and not text.strip():
            raise TelegramHTMLError("message text is empty")
        if len(text) > limit:
            raise TelegramHTMLError(
                "message is too long" if key == "text" else "caption is too long"
            )
        return text

    # -- the Bot API methods ---------------------------------------------------------------------

    def _api_getMe(self, params: dict, files: dict) -> tuple[int, Any]:
        return 200, BOT_USER

    def _api_setMyCommands(self, params: dict, files: dict) -> tuple[int, Any]:
        if self.fail_set_commands:
            return 500, "Internal Server Error"
        commands = params.get("commands")
        commands = json.loads(commands) if isinstance(commands, str) else commands
        scope = params.get("scope") or {"type": "default"}
        scope = json.loads(scope) if isinstance(scope, str) else scope
        where = str(scope.get("chat_id") or scope["type"])
        language = str(params.get("language_code") or "")
        self.menus[(where, language)] = commands
        if not language:
            self.commands = commands
        return 200, True

    def _api_setMyDescription(self, params: dict, files: dict) -> tuple[int, Any]:
        if len(str(params.get("description") or "")) > 512:
            return 400, "Bad Request: description is too long"
        self.descriptions[str(params.get("language_code") or "")] = params.get("description")
        return 200, True

    def _api_setMyShortDescription(self, params: dict, files: dict) -> tuple[int, Any]:
        if len(str(params.get("short_description") or "")) > 120:
            return 400, "Bad Request: short description is too long"
        language = str(params.get("language_code") or "")
        self.short_descriptions[language] = params.get("short_description")
        return 200, True

    def _api_deleteWebhook(self, params: dict, files: dict) -> tuple[int, Any]:
        self.webhook = None
        return 200, True

    def _api_setWebhook(self, params: dict, files: dict) -> tuple[int, Any]:
        self.webhook = dict(params)
        return 200, True

    def _api_getWebhookInfo(self, params: dict, files: dict) -> tuple[int, Any]:
        hook = self.webhook or {}
        allowed = hook.get("allowed_updates")
        info: dict[str, Any] = {
            "url": hook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }
        if allowed:
            info["allowed_updates"] = json.loads(allowed) if isinstance(allowed, str) else allowed
        return 200, info

    def _api_getUpdates(self, params: dict, files: dict) -> tuple[int, Any]:
        return 200, []

    def _api_sendChatAction(self, params: dict, files: dict) -> tuple[int, Any]:
        return 200, True

    def _api_sendMessage(self, params: dict, files: dict) -> tuple[int, Any]:
        try:
            text = self._render(params)
            buttons, reply_kb = self._markup(params)
        except TelegramHTMLError as exc:
            return 400, f"Bad Request: {exc}"
        msg = self._new(params["chat_id"], text, str(params.get("text")), buttons, reply_kb)
        return 200, self.message_json(msg)

    def _file(self, params: dict, files: dict, field_name: str, kind: str) -> tuple[int, Any]:
        part = files.get(field_name)
        if part is None:
            return 400, f"Bad Request: there is no {field_name} in the request"
        name, content = part[0], part[1]
        if hasattr(content, "read"):
            content = content.read()
        try:
            caption = self._render(params, "caption", limit=1024)
            buttons, reply_kb = self._markup(params)
        except TelegramHTMLError as exc:
            return 400, f"Bad Request: {exc}"
        msg = self._new(
            params["chat_id"],
            caption,
            str(params.get("caption") or ""),
            buttons,
            reply_kb,
            kind=kind,
            file_name=name,
            file_bytes=bytes(content),
        )
        return 200, self.message_json(msg)

    def _api_sendDocument(self, params: dict, files: dict) -> tuple[int, Any]:
        return self._file(params, files, "document", "document")

    def _api_sendPhoto(self, params: dict, files: dict) -> tuple[int, Any]:
        return self._file(params, files, "photo", "photo")

    def _find(self, params: dict) -> SentMessage | None:
        msg = self._by_id.get((int(params.get("chat_id", 0)), int(params.get("message_id", 0))))
        return None if msg is None or msg.deleted else msg

    def _api_editMessageText(self, params: dict, files: dict) -> tuple[int, Any]:
        msg = self._find(params)
        if msg is None:
            return 400, "Bad Request: message to edit not found"
        try:
            text = self._render(params)
            buttons, _ = self._markup(params)
        except TelegramHTMLError as exc:
            return 400, f"Bad Request: {exc}"
        if text == msg.text and buttons == msg.buttons:
            return (
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same",
            )
        msg.text, msg.html, msg.buttons = text, str(params.get("text")), buttons
        msg.edits += 1
        for listener in self.edit_listeners:
            listener(msg)
        return 200, self.message_json(msg)

    def _api_editMessageReplyMarkup(self, params: dict, files: dict) -> tuple[int, Any]:
        msg = self._find(params)
        if msg is None:
            return 400, "Bad Request: message to edit not found"
        try:
            buttons, _ = self._markup(params)
        except TelegramHTMLError as exc:
            return 400, f"Bad Request: {exc}"
        if buttons == msg.buttons:
            return 400, "Bad Request: message is not modified"
        msg.buttons = buttons
        msg.edits += 1
        return 200, self.message_json(msg)

    def _api_deleteMessage(self, params: dict, files: dict) -> tuple[int, Any]:
        msg = self._find(params)
        if msg is None:
            return 400, "Bad Request: message to delete not found"
        msg.deleted = True
        return 200, True

    def _api_deleteMessages(self, params: dict, files: dict) -> tuple[int, Any]:
        ids = params.get("message_ids")
        ids = json.loads(ids) if isinstance(ids, str) else ids
        for message_id in ids or []:
            msg = self._find({"chat_id": params.get("chat_id"), "message_id": message_id})
            if msg is not None:
                msg.deleted = True
        return 200, True

    def _api_leaveChat(self, params: dict, files: dict) -> tuple[int, Any]:
        self.left.add(int(params["chat_id"]))
        return 200, True

    def _api_answerCallbackQuery(self, params: dict, files: dict) -> tuple[int, Any]:
        self.callback_answers.append(params)
        if params.get("text"):
            for listener in self.toast_listeners:
                listener(str(params["text"]))
        return 200, True
