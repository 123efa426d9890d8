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
