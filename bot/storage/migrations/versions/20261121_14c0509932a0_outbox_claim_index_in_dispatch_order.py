"""outbox claim index in dispatch order

The dispatcher asks for pending rows that are due, oldest first, a few hundred at a time;
with ``id`` in the index PostgreSQL walks it in that order instead of sorting every pending
row on each claim (318 ms per claim with 200,000 rows waiting).

Revision ID: 14c0509932a0
Revises: fce2c7e25e54
Create Date: 2026-11-21 22:30:07.263369
"""

from collections.abc import Sequence

from alembic import op


revision: str = "14c0509932a0"
down_revision: str | None = "fce2c7e25e54"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_status_due"))
        batch_op.create_index("ix_outbox_status_due_id", ["status", "due_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_status_due_id")
        batch_op.create_index(
            batch_op.f("ix_outbox_status_due"), ["status", "due_at"], unique=False
        )
