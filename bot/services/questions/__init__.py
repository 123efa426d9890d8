"""The daily question for two (issue 19): one short question a day for a couple who opted in,
each partner answering alone, both answers shown to both only once both have answered.

* ``opt_in``: turning it on or off for the couple, the time, intimacy questions (both must
  agree), and what pairing changes;
* ``choosing``: which question a couple gets (a pure function of the bank and their history);
* ``planning``: the planner, from each person's ``next_question_at``, and the nudge;
* ``answers``: answering, editing until the reveal, the reveal, ❤️ and "let's talk";
* ``archive``: /questions and the count of days both answered this month.
"""
