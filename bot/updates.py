"""Handling updates concurrently without ever reordering one person's messages.

python-telegram-bot handles updates one at a time by default, so one slow database round trip
delays every couple. This processor handles up to ``max_concurrent_updates`` at once, while the
updates of any one person still run strictly in the order they arrived (two quick taps must not
overtake each other).

An update waits for its person's turn *before* it takes one of the slots: a person who sends a
burst holds one slot at a time, and everyone else's updates go on in the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}  # updates holding or waiting for each lock

    @staticmethod
    def _person(update: object) -> int | None:
        if isinstance(update, Update):
            if update.effective_user is not None:
                return update.effective_user.id
            if update.effective_chat is not None:
                return update.effective_chat.id
        return None

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """The base class takes a slot and then calls ``do_process_update``; taking the slot
        before the person's lock would let one person's queued updates sit on slots while they
        wait. So the order is reversed here: the person's turn first, then a slot (the same
        semaphore, so ``current_concurrent_updates`` stays right)."""
        person = self._person(update)
        if person is None:
            async with self._semaphore:
                await coroutine
            return
        lock = self._locks.setdefault(person, asyncio.Lock())
        self._users[person] = self._users.get(person, 0) + 1
        try:
            async with lock, self._semaphore:
                await coroutine
        finally:
            self._users[person] -= 1
            if self._users[person] == 0:
                del self._users[person], self._locks[person]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine  # not used: process_update does the work (see there)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
