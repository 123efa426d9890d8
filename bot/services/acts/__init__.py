"""The daily small act, one module per concern:

* ``choosing``: which act a person gets today (a pure function of the catalogue and history);
* ``planning``: when each person's act is due, and the planner that writes it to the outbox;
* ``offers``: what the person does with it (done, another one, skip) and the partner's
  "that landed";
* ``progress``: /progress.
"""
