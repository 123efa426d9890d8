"""invite guesses shared by every process

The limit on wrong invite links (five an hour per Telegram account) was counted in each web
process's memory, so several processes gave a guesser several times the tries. It is now one row
per account in the database: a keyed hash of the account (never its id), when its hour began,
the links opened since, and whether it was told to pause.

Revision ID: 5fb67eec44d0
Revises: a7c3e9f2d4b6
Create Date: 2026-12-05 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.types

revision: str = "5fb67eec44d0"
down_revision: str | None = "a7c3e9f2d4b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invite_guesses",
        sa.Column("opener", sa.String(length=64), nullable=False),
        sa.Column("window_start", bot.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("told", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("opener"),
    )
    with op.batch_alter_table("invite_guesses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invite_guesses_window_start"), ["window_start"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("invite_guesses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_guesses_window_start"))
    op.drop_table("invite_guesses")
