"""indexes that hold once statistics exist

Periodic queries that read every past week, more each week, on a database with months of
history (found with bench/plans.py; tests/storage/test_query_plans.py keeps them on indexes):

* the check-in planner's "open and past its close" (every 30 s) and its "next close" walked
  ``closes_at`` over every week of every couple to find the few still open: ``(status,
  closes_at)`` goes straight to the open ones;
* retention's "check-ins older than 26 weeks" read the whole check-in table (with or without
  statistics): ``slot_at`` reads only the old ones, and a partial index of the answers that
  still hold words makes each look-up of an already erased week free;
* retention's "promises with a reason, older than 26 weeks" read the whole promise table, or,
  once ANALYZE had run, skip-scanned ``(couple_id, due_at)`` through every couple: a partial
  index holds only the promises that still have a reason.

Revision ID: 5b1e7c3d9a40
Revises: 5d2e8f1a9c47
Create Date: 2026-12-02 01:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e7c3d9a40"
down_revision: str | None = "5d2e8f1a9c47"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WITH_TEXT = "went_well IS NOT NULL OR hard IS NOT NULL OR improve IS NOT NULL"
WITH_REASON = "reason IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_closes_at"))
        batch_op.create_index("ix_checkins_status_closes", ["status", "closes_at"], unique=False)
        batch_op.create_index("ix_checkins_slot_at", ["slot_at"], unique=False)
    op.create_index(
        "ix_checkin_responses_with_text",
        "checkin_responses",
        ["checkin_id"],
        unique=False,
        sqlite_where=sa.text(WITH_TEXT),
        postgresql_where=sa.text(WITH_TEXT),
    )
    op.create_index(
        "ix_promises_with_reason_due",
        "promises",
        ["due_at"],
        unique=False,
        sqlite_where=sa.text(WITH_REASON),
        postgresql_where=sa.text(WITH_REASON),
    )


def downgrade() -> None:
    op.drop_index("ix_promises_with_reason_due", table_name="promises")
    op.drop_index("ix_checkin_responses_with_text", table_name="checkin_responses")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_slot_at")
        batch_op.drop_index("ix_checkins_status_closes")
        batch_op.create_index(batch_op.f("ix_checkins_closes_at"), ["closes_at"], unique=False)
