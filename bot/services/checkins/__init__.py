"""The weekly check-in: a slot each week, private questions for each partner, the reveal, and a
guided 30-minute talk together.

One module per concern:

* ``slots``: the weekly slot and how the partners agree on it;
* ``planning``: opening each week at the slot, reminders, snoozing, skipping, closing;
* ``questions``: the private questionnaire, one answer at a time;
* ``reveal``: both partners' written answers side by side, once both have finished;
* ``talk``: the guided talk together, step by step;
* ``history``: past weeks for /checkin history;
* ``weeks``: what they share (the week's record, its members, their answers).

Everything that matters lives in the database: the open check-in (``CheckIn``), the question
each partner is on (``CheckInResponse.position``), the step the talk has reached. So a partner
can stop and resume later, after a restart or on another worker.
"""
