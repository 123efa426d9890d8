"""retention covers every copy of words

Retention (bot/services/privacy.py) now also erases the texts of promises due more than 26
weeks ago, forgets unfinished drafts, and purges outbox rows a week after they are final. Each
of those hourly statements reads its rows through a partial index that holds only the rows it
still has work on, so none of them reads a whole table that grows every week:

* ``ix_outbox_final_due``: outbox rows that are final (sent, dropped, skipped, ...) by due_at;
* ``ix_promises_with_text_due``: promises whose text is not erased yet, by due_at;
* ``ix_users_in_a_flow``: the few people in the middle of a conversation (a draft).

Revision ID: 7e3a9d2c4f61
Revises: 9c4d2a7e1b58
Create Date: 2026-12-04 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7e3a9d2c4f61"
down_revision: str | None = "9c4d2a7e1b58"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FINAL = "status NOT IN ('pending', 'sending')"
WITH_PROMISE_TEXT = "text <> ''"
IN_A_FLOW = "flow IS NOT NULL"

INDEXES = [
    ("ix_outbox_final_due", "outbox", "due_at", FINAL),
    ("ix_promises_with_text_due", "promises", "due_at", WITH_PROMISE_TEXT),
    ("ix_users_in_a_flow", "users", "flow", IN_A_FLOW),
]


def upgrade() -> None:
    for name, table, column, where in INDEXES:
        op.create_index(
            name,
            table,
            [column],
            unique=False,
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )


def downgrade() -> None:
    for name, table, _column, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
