"""couples end instead of being deleted

A couple that check-ins (and daily questions) point to is kept when its last member leaves for
another couple, marked ``ended_at``: deleting it failed on the foreign key from ``checkins``,
so anyone who had ever done a check-in could not join an invite (issue 15). Each person's own
answers stay reachable from them after they pair again.

Revision ID: 7e3b9d1c5a26
Revises: 7e3a9d2c4f61
Create Date: 2026-12-04 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.types

revision: str = "7e3b9d1c5a26"
down_revision: str | None = "7e3a9d2c4f61"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("couples", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ended_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("couples", schema=None) as batch_op:
        batch_op.drop_column("ended_at")
