"""A simulated phone: one person in a private chat with the bot."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from bot.simulator.chat import SentMessage
from bot.simulator.telegram import BOT_USER

if TYPE_CHECKING:
    from bot.simulator.harness import Simulator

_update_ids = itertools.count(1)
_message_ids = itertools.count(10_000_000)
_query_ids = itertools.count(1)


class ButtonNotFound(AssertionError):
    pass


class Phone:
    def __init__(
        self, sim: Simulator, user_id: int, first_name: str, language_code: str = "en"
    ) -> None:
        self.sim = sim
        self.user_id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.last_sent_id: int | None = None  # the id of the newest message this phone sent

    # -- what the phone shows --------------------------------------------------------------------

    @property
    def inbox(self) -> list[SentMessage]:
        """Every message the bot sent to this chat and that is still there, oldest first."""
        return self.sim.telegram.chat(self.user_id)

    @property
    def last(self) -> SentMessage:
        if not self.inbox:
            raise AssertionError(f"{self.first_name} has no messages")
        return self.inbox[-1]

    def texts(self) -> list[str]:
        return [m.text for m in self.inbox]

    def find(self, fragment: str) -> list[SentMessage]:
        return [m for m in self.inbox if fragment.lower() in m.text.lower()]

    def saw(self, fragment: str) -> bool:
        return bool(self.find(fragment))

    @property
    def last_toast(self) -> str | None:
        """The text of the last answer to one of this phone's button presses."""
        for answer in reversed(self.sim.telegram.callback_answers):
            if answer.get("callback_query_id", "").startswith(f"{self.user_id}-"):
                return answer.get("text")
        return None

    # -- acting ----------------------------------------------------------------------------------

    def _user(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    def _chat(self) -> dict[str, Any]:
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def _message(self, **fields: Any) -> dict[str, Any]:
        self.last_sent_id = next(_message_ids)
        return {
            "message_id": self.last_sent_id,
            "date": self.sim.timestamp(),
            "chat": self._chat(),
            "from": self._user(),
            **fields,
        }

    async def _run(self, update: dict[str, Any]) -> list[SentMessage]:
        before = len(self.sim.telegram.messages.get(self.user_id, []))
        await self.sim.process({"update_id": next(_update_ids), **update})
        return self.sim.telegram.messages.get(self.user_id, [])[before:]

    async def send(self, text: str) -> list[SentMessage]:
        """Type and send ``text``; returns the new messages this phone received."""
        if not text or len(text) > 4096:
            raise ValueError("a Telegram message holds 1 to 4096 characters")
        fields: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return await self._run({"message": self._message(**fields)})

    async def share_location(self, latitude: float, longitude: float) -> list[SentMessage]:
        return await self._run(
            {"message": self._message(location={"latitude": latitude, "longitude": longitude})}
        )

    async def send_photo(self, caption: str | None = None) -> list[SentMessage]:
        """Send a photo, with ``caption`` under it if given."""
        photo = [{"file_id": "photo1", "file_unique_id": "p1", "width": 640, "height": 480}]
        fields: dict[str, Any] = {"photo": photo}
        if caption is not None:
            fields["caption"] = caption
        return await self._run({"message": self._message(**fields)})

    async def send_document(self, caption: str | None = None) -> list[SentMessage]:
        """Send a file, with ``caption`` under it if given."""
        document = {"file_id": "doc1", "file_unique_id": "d1", "file_name": "notes.pdf"}
        fields: dict[str, Any] = {"document": document}
        if caption is not None:
            fields["caption"] = caption
        return await self._run({"message": self._message(**fields)})

    async def edit(self, text: str, message_id: int | None = None) -> list[SentMessage]:
        """Edit a message this phone sent (the newest by default): Telegram sends the new text
        as an ``edited_message`` update."""
        message_id = message_id or self.last_sent_id
        if message_id is None:
            raise ValueError(f"{self.first_name} has sent nothing to edit")
        edited = {
            "message_id": message_id,
            "date": self.sim.timestamp(),
            "edit_date": self.sim.timestamp(),
            "chat": self._chat(),
            "from": self._user(),
            "text": text,
        }
        return await self._run({"edited_message": edited})

    async def send_sticker(self) -> list[SentMessage]:
        return await self._run(
            {
                "message": self._message(
                    sticker={
                        "file_id": "sticker1",
                        "file_unique_id": "s1",
                        "type": "regular",
                        "width": 512,
                        "height": 512,
                        "is_animated": False,
                        "is_video": False,
                    }
                )
            }
        )

    def button(self, label: str, message: SentMessage | None = None) -> tuple[SentMessage, dict]:
        """The newest button whose label contains ``label`` (or on ``message``)."""
        candidates = [message] if message is not None else list(reversed(self.inbox))
        for msg in candidates:
            for row in msg.buttons:
                for button in row:
                    if label.lower() in button["text"].lower():
                        return msg, button
        shown = [b for m in candidates for b in m.button_labels()]
        raise ButtonNotFound(f"{self.first_name} has no button {label!r}; buttons: {shown}")

    async def tap(self, label: str, message: SentMessage | None = None) -> list[SentMessage]:
        """Press an inline button, found by (part of) its label."""
        msg, button = self.button(label, message)
        if "callback_data" not in button:
            raise ButtonNotFound(f"{button['text']!r} is a link button ({button.get('url')})")
        return await self.press(button["callback_data"], msg)

    async def press(self, data: str, message: SentMessage | None = None) -> list[SentMessage]:
        """Send a button press with any callback data, as a modified client could (forgery)."""
        message = message or (self.inbox[-1] if self.inbox else None)
        query: dict[str, Any] = {
            "id": f"{self.user_id}-{next(_query_ids)}",
            "from": self._user(),
            "chat_instance": f"ci{self.user_id}",
            "data": data,
        }
        if message is not None:
            query["message"] = self.sim.telegram.message_json(message)
        else:
            query["message"] = {
                "message_id": 1,
                "date": self.sim.timestamp(),
                "chat": self._chat(),
                "from": BOT_USER,
                "text": "…",
            }
        return await self._run({"callback_query": query})

    async def block(self) -> None:
        """Block the bot: Telegram refuses further messages and tells the bot."""
        self.sim.telegram.blocked.add(self.user_id)
        await self._member_change("member", "kicked")

    async def unblock(self) -> None:
        self.sim.telegram.blocked.discard(self.user_id)
        await self._member_change("kicked", "member")

    async def _member_change(self, old: str, new: str) -> None:
        def member(status: str) -> dict[str, Any]:
            data: dict[str, Any] = {"user": BOT_USER, "status": status}
            if status == "kicked":
                data["until_date"] = 0
            return data

        await self._run(
            {
                "my_chat_member": {
                    "chat": self._chat(),
                    "from": self._user(),
                    "date": self.sim.timestamp(),
                    "old_chat_member": member(old),
                    "new_chat_member": member(new),
                }
            }
        )
