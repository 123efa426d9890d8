"""Answering a message that signals danger: at once, privately, with crisis help.

Only the person who wrote it sees anything. The partner is not told, and nothing they can see
changes. Only a minimal flag is stored (what kind, when), never the words.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update
from telegram.error import BadRequest

from bot.content import HelpLine, label, resources, t
from bot.handlers.common import Reply, keyboard, respond
from bot.runtime import BotContext
from bot.services import safety, users
from bot.services.resources import help_for
from bot.storage.models import SafetyFlag, User


def _line(line: HelpLine) -> str:
    details = []
    if line.phone:
        details.append(line.phone)
    if line.sms:
        details.append(line.sms)
    if line.url:
        details.append(line.url)
    if line.hours:
        details.append(line.hours)
    return t(
        "safety.line", name=line.name, details=(" — " + " · ".join(details)) if details else ""
    )


def safety_reply(
    signal: safety.Screening, zone: str | None, message_id: int | None, *, in_checkin: bool = False
) -> Reply:
    country = help_for(zone)
    international = resources().international
    parts: list[str] = []
    emergency = country.emergency if country else "112"
    if signal.immediate:
        parts += [t("safety.emergency", number=emergency), ""]
    parts.append(t("safety.intro"))
    for kind in ("self_harm", "abuse"):
        if kind not in signal.kinds:
            continue
        lines = (country.crisis if kind == "self_harm" else country.abuse) if country else []
        fallback = international.crisis if kind == "self_harm" else international.abuse
        parts += ["", t(f"safety.{kind}")]
        parts += [_line(line) for line in lines] or [_line(line) for line in fallback]
        if lines and fallback and fallback[0].url:
            parts.append(t("safety.elsewhere", name=fallback[0].name, url=fallback[0].url))
    if not signal.immediate:
        parts += ["", t("safety.emergency_plain", number=emergency)]
    parts += ["", t("safety.private")]
    if in_checkin:
        parts.append(t("safety.carry_on"))
    parts += ["", t("safety.phone")]
    data = f"sf:del:{message_id}" if message_id else "sf:del:0"
    return Reply("\n".join(parts), keyboard([[(label("safety.button_delete"), data)]]))


async def check(
    session: AsyncSession, user: User | None, text: str, update: Update, now: datetime
) -> list[Reply]:
    """Screen ``text``; on a signal, store the minimal flag and return the reply for the writer.

    The text is then not used as an answer anywhere (not saved, not revealed, not promised):
    the open question is closed, to be picked up later; set-up questions stay open."""
    signal = await safety.screen_async(text)
    if not signal.flagged:  # "check" gets the crisis reply too until its own gentle flow exists
        return []
    if user is not None:
        for kind in sorted(signal.kinds):
            session.add(
                SafetyFlag(user_id=user.id, kind=kind, immediate=signal.immediate, created_at=now)
            )
    message = update.effective_message
    zone = user.timezone if user is not None else None
    in_checkin = user is not None and (user.flow or "").startswith("checkin.")
    if user is not None and user.flow and not user.flow.startswith("setup."):
        users.set_flow(user, None)
    return [
        safety_reply(signal, zone, message.message_id if message else None, in_checkin=in_checkin)
    ]


async def delete_button(update: Update, context: BotContext) -> None:
    """Remove the worrying message and the answer to it from this chat (phone safety)."""
    query = update.callback_query
    raw = (query.data or "").rpartition(":")[2]
    chat = update.effective_chat
    ids = [query.message.message_id] if query.message else []
    if raw.isdigit() and int(raw) > 0:
        ids.append(int(raw))
    for message_id in ids:
        with contextlib.suppress(BadRequest):  # already gone, or too old to delete
            await context.bot.delete_message(chat.id, message_id)
    await respond(update, None, toast=label("safety.deleted"))
