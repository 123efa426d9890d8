"""Groups (issue 15, item 7): added to a group, the bot says in one line that it works in private
chats and leaves; commands there get nothing else."""

from __future__ import annotations

import itertools

from bot.simulator.telegram import BOT_USER
from tests.conftest import SAM_ID

GROUP = -100123
_ids = itertools.count(900_000)


def group_chat() -> dict:
    return {"id": GROUP, "type": "supergroup", "title": "Us and friends"}


def person() -> dict:
    return {"id": SAM_ID, "is_bot": False, "first_name": "Sam", "language_code": "en"}


async def added_to_group(sim) -> None:
    await sim.process(
        {
            "update_id": next(_ids),
            "my_chat_member": {
                "chat": group_chat(),
                "from": person(),
                "date": sim.timestamp(),
                "old_chat_member": {"user": BOT_USER, "status": "left"},
                "new_chat_member": {"user": BOT_USER, "status": "member"},
            },
        }
    )


async def group_says(sim, text: str) -> None:
    fields: dict = {"text": text}
    if text.startswith("/"):
        fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    await sim.process(
        {
            "update_id": next(_ids),
            "message": {
                "message_id": next(_ids),
                "date": sim.timestamp(),
                "chat": group_chat(),
                "from": person(),
                **fields,
            },
        }
    )


async def test_added_to_a_group_says_one_line_and_leaves(sim, sam):
    await added_to_group(sim)
    [line] = sim.telegram.chat(GROUP)
    assert line.text.startswith("I only work in private chats")
    assert GROUP in sim.telegram.left
    assert sam.inbox == []  # nothing in the private chat


async def test_commands_in_a_group_are_not_answered_otherwise(sim, sam):
    await group_says(sim, "hello everyone")
    assert sim.telegram.chat(GROUP) == []
    for command in ("/start", "/checkin@RekindleTestBot", "/promise call you at 6", "/delete"):
        await group_says(sim, command)
    texts = [m.text for m in sim.telegram.chat(GROUP)]
    assert texts and all(t.startswith("I only work in private chats") for t in texts)
    assert GROUP in sim.telegram.left
    assert sam.inbox == []
