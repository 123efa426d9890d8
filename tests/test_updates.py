"""Concurrent update handling: each person's updates in order, and no person's burst holding the
slots everyone else needs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update
from telegram import User as TelegramUser

from bot.updates import PerPersonUpdateProcessor

_ids = iter(range(1, 10_000))


def update_from(person: int) -> Update:
    user = TelegramUser(person, f"P{person}", is_bot=False)
    message = Message(
        next(_ids), datetime(2026, 11, 21, tzinfo=UTC), Chat(person, "private"), from_user=user
    )
    return Update(next(_ids), message=message)


class Log:
    """Coroutines standing in for handlers: each records when it starts and waits until it is
    released, so a test decides exactly when each one finishes."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished: list[str] = []
        self.gates: dict[str, asyncio.Event] = {}

    async def handler(self, name: str) -> None:
        self.started.append(name)
        gate = self.gates.setdefault(name, asyncio.Event())
        await gate.wait()
        self.finished.append(name)

    def release(self, name: str) -> None:
        self.gates.setdefault(name, asyncio.Event()).set()


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def submit(processor: PerPersonUpdateProcessor, log: Log, person: int, name: str) -> asyncio.Task:
    return asyncio.create_task(processor.process_update(update_from(person), log.handler(name)))


async def test_one_persons_updates_run_one_at_a_time_in_the_order_they_came():
    processor = PerPersonUpdateProcessor(4)
    log = Log()
    tasks = [submit(processor, log, 1, f"tap{i}") for i in range(5)]
    for i in range(5):
        await settle()
        assert log.started == [f"tap{j}" for j in range(i + 1)]  # the next waits its turn
        log.release(f"tap{i}")
    await asyncio.gather(*tasks)
    assert log.finished == [f"tap{i}" for i in range(5)]


async def test_a_burst_from_one_person_leaves_the_other_slots_to_everyone_else():
    processor = PerPersonUpdateProcessor(2)
    log = Log()
    burst = [submit(processor, log, 1, f"a{i}") for i in range(6)]
    others = [submit(processor, log, person, f"p{person}") for person in (2, 3)]
    await settle()
    # One slot for the person with the burst; the other goes straight to someone else, who
    # does not wait behind the five updates still queued for person 1.
    assert log.started == ["a0", "p2"]
    log.release("p2")
    await settle()
    assert log.started == ["a0", "p2", "p3"]
    assert processor.current_concurrent_updates == 2
    for name in ["p3", *(f"a{i}" for i in range(6))]:
        log.release(name)
    await asyncio.gather(*burst, *others)
    assert [n for n in log.finished if n.startswith("a")] == [f"a{i}" for i in range(6)]
    assert processor.current_concurrent_updates == 0
    assert processor._locks == {}  # nothing kept for people with nothing queued


async def test_never_more_at_once_than_the_slots():
    processor = PerPersonUpdateProcessor(3)
    log = Log()
    tasks = [submit(processor, log, person, f"p{person}") for person in range(10)]
    await settle()
    assert len(log.started) == 3
    for person in range(10):
        log.release(f"p{person}")
    await asyncio.gather(*tasks)
    assert sorted(log.finished) == sorted(f"p{p}" for p in range(10))


async def test_updates_from_no_one_in_particular_are_handled_too():
    processor = PerPersonUpdateProcessor(1)
    log = Log()
    log.release("poll")
    await processor.process_update(object(), log.handler("poll"))
    assert log.finished == ["poll"]
