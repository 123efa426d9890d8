"""How the Application is put together."""

from __future__ import annotations

from tests.flows import pair


async def test_only_two_timer_jobs_however_many_couples(sim, sam, alex):
    await pair(sam, alex)
    await sim.advance(days=2)
    jobs = sim.app.job_queue.jobs()
    assert sorted(job.name for job in jobs) == ["dispatcher", "planner"]
    for job in jobs:
        assert job.job.misfire_grace_time is None
        assert job.job.max_instances == 1


async def test_a_worker_loads_only_what_the_timer_jobs_need(settings, clock, monkeypatch):
    """A webhook worker never reads a message: no place table, dates, safety screen or chart
    process at start-up (bench/roles.py measures what that saves); a process that serves
    updates loads them all."""
    from bot import app as app_module
    from bot.simulator.telegram import FakeTelegram

    loaded: list[str] = []
    monkeypatch.setattr(app_module.preload, "start", lambda: loaded.append("look-up data"))
    monkeypatch.setattr(app_module.charts, "start", lambda: loaded.append("charts"))
    for serves_updates in (False, True):
        loaded.clear()
        application = app_module.build_application(
            settings, clock=clock, request=FakeTelegram(clock), serves_updates=serves_updates
        )
        async with application:
            await application.post_init(application)
            assert {job.name for job in application.job_queue.jobs()} == {"planner", "dispatcher"}
        await application.post_shutdown(application)
        assert loaded == ([] if not serves_updates else ["look-up data", "charts"])
