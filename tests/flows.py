"""Steps many tests share: a person setting up, a couple pairing."""

from __future__ import annotations

from bot.simulator import Phone


async def set_up(
    phone: Phone, *, zone: str = "Berlin", at: str = "09:00", start: str = "/start"
) -> None:
    """Consent and answer the three set-up questions."""
    await phone.send(start)
    await phone.tap("I agree")
    await phone.send(phone.first_name)
    await phone.send(zone)
    await phone.send(at)
    assert phone.saw("You're all set"), phone.texts()[-3:]


def invite_link(phone: Phone) -> str:
    message = phone.find("Your invite link")[-1]
    return next(word for word in message.text.split() if word.startswith("https://t.me/"))


async def pair(inviter: Phone, joiner: Phone, *, joiner_zone: str = "Berlin") -> None:
    """``inviter`` sets up and invites; ``joiner`` opens the link and sets up."""
    if not inviter.saw("You're all set"):
        await set_up(inviter)
    await inviter.send("/invite")
    token = invite_link(inviter).rsplit("=", 1)[1]
    await set_up(joiner, zone=joiner_zone, start=f"/start {token}")
    assert joiner.saw("paired with"), joiner.texts()[-2:]
