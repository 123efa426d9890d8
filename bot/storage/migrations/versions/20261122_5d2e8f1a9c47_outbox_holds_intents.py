"""the outbox holds intents, not text

A row now says which view renders it, whom it is about (about_id) and the ids of the rows it
refers to (params); the dispatcher renders it when it sends it. The rendered text and buttons
go. Rows still waiting in the old format are cancelled: there is nothing left to render them
from (at worst a person misses one notice written just before the upgrade).

Revision ID: 5d2e8f1a9c47
Revises: 14c0509932a0
Create Date: 2026-11-22 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = "5d2e8f1a9c47"
down_revision: str | None = "14c0509932a0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE outbox SET status = 'cancelled', error = 'written before the outbox held intents'"
        " WHERE status = 'pending'"
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "view",
                sqlmodel.sql.sqltypes.AutoString(length=48),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(sa.Column("about_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("params", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_about_id"), ["about_id"], unique=False)
        batch_op.drop_column("text")
        batch_op.drop_column("buttons")


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("buttons", sa.JSON(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_outbox_about_id"))
        batch_op.drop_column("params")
        batch_op.drop_column("about_id")
        batch_op.drop_column("view")
