"""Everything time-driven. The database holds every schedule; two JobQueue timer jobs act on it:

* the planner turns due schedules (daily acts, weekly check-ins, ...) into outbox rows;
* the dispatcher claims due outbox rows with a lease and sends them.
"""
