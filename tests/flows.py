"""Steps many tests share: a person setting up, a couple pairing."""

from __future__ import annotations

import re

from bot.simulator import Phone
from bot.views.catalogue import label


def plain(html: str) -> str:
    return re.sub(r"</?[a-z]+>", "", html)


def said(phone: Phone, msg_id: str, **values: object) -> str:
    """A message or button text as the phone's person reads it (its Telegram language), without
    markup: for flows shared by tests in every language."""
    lang = phone.language_code if phone.language_code in ("en", "de", "es", "fr") else "en"
    return label(lang, msg_id, **values)


async def set_up(
    phone: Phone, *, zone: str = "Berlin", at: str = "09:00", start: str = "/start"
) -> None:
    """Consent and answer the three set-up questions."""
    await phone.send(start)
    await phone.tap(said(phone, "onboarding-consent_button"))
    await phone.send(phone.first_name)
    await phone.send(zone)
    await phone.send(at)
    assert is_set_up(phone), phone.texts()[-3:]


def is_set_up(phone: Phone) -> bool:
    done = said(phone, "onboarding-done_solo", name=phone.first_name).split("!")[0].strip()
    return phone.saw(plain(done).rstrip(","))


def invite_link(phone: Phone) -> str:
    """The newest invite link the phone got (in any language)."""
    message = [m for m in phone.inbox if "https://t.me/" in m.text and "?start=" in m.text][-1]
    return next(word for word in message.text.split() if word.startswith("https://t.me/"))


async def pair(inviter: Phone, joiner: Phone, *, joiner_zone: str = "Berlin") -> None:
    """``inviter`` sets up and invites; ``joiner`` opens the link and sets up (each in their
    phone's language)."""
    if not is_set_up(inviter):
        await set_up(inviter)
    await inviter.send("/invite")
    token = invite_link(inviter).rsplit("=", 1)[1]
    await set_up(joiner, zone=joiner_zone, start=f"/start {token}")
    paired = said(
        joiner, "onboarding-done_paired", name=joiner.first_name, partner=inviter.first_name
    )
    assert joiner.saw(plain(paired.splitlines()[0])), joiner.texts()[-2:]


PATTERN_LABELS = ["Not at all", "Once or twice", "Often", "Very often"]


async def answer_checkin(
    phone: Phone,
    *,
    pulse=(5, 4, 4, 4),
    patterns=(0, 1, 0, 0),
    went_well: str | None = "We had a lovely walk",
    hard: str | None = "Busy evenings",
    topic: str = "Time together",
    improve: str | None = "Dinner without phones",
) -> None:
    """Answer every private question of the open check-in (it must already be started)."""
    await answer_safety_question(phone)
    for value in pulse:
        await phone.tap(str(value) if value is not None else "Skip")
    for value in patterns:
        await phone.tap(PATTERN_LABELS[value] if value is not None else "Skip")
    if phone.last.text.startswith("Question") and "How is it now?" in phone.last.text:
        await phone.tap("Still hard")
    await (phone.send(went_well) if went_well else phone.tap("Skip"))
    if hard:
        await phone.send(hard)
        await phone.tap(topic)
    else:
        await phone.tap("Skip")
    await (phone.send(improve) if improve else phone.tap("Skip"))


def safety_question_open(phone: Phone) -> bool:
    """Whether the phone's newest message is the private safety question (every four weeks at
    the start of the check-in)."""
    return bool(phone.inbox) and any(
        button.get("callback_data", "").startswith("sq:")
        for row in phone.last.buttons
        for button in row
    )


async def answer_safety_question(phone: Phone, answers: str = "nnn") -> None:
    """Answer the private safety question if it is open (y yes, n no, s rather not say)."""
    keys = {"y": "safety-button_yes", "n": "safety-button_no", "s": "safety-button_pass"}
    if not safety_question_open(phone):
        return
    for letter in answers:
        await phone.tap(said(phone, keys[letter]), phone.last)
