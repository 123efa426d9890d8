"""Kept promises: make one, get reminded, say whether it was kept, let the partner confirm.

Trust is rebuilt by small promises kept consistently; this makes that visible to both partners.
Reminders and questions go through the outbox like every other message the bot starts, tagged
``promise:{id}`` so that cancelling or moving a promise cancels them too.

* ``making``: ``make`` is the one way to create a promise; the weekly check-in calls it too;
* ``answers``: kept / not yet / couldn't, and the partner's confirmation;
* ``changes``: cancelling and moving before the time;
* ``overview``: /promises and the kept rates.
"""
