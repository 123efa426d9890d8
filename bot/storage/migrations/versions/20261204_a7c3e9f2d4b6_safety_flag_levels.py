"""safety flag levels

A safety flag now says at which level the screen answered ("alert": crisis help at once, "check":
a gentle "are you safe?"), or that the private safety question was asked ("question"), and the
person's answer as a short code ("ok" / "help" to the gentle question; one letter per private
question). Never any words. Existing flags were all crisis replies: "alert".

Revision ID: a7c3e9f2d4b6
Revises: 7e3b9d1c5a26
Create Date: 2026-12-04 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "a7c3e9f2d4b6"
down_revision: str | None = "7e3b9d1c5a26"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("safety_flags", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "level",
                sqlmodel.sql.sqltypes.AutoString(length=8),
                nullable=False,
                server_default="alert",
            )
        )
        batch_op.add_column(
            sa.Column("answer", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("safety_flags", schema=None) as batch_op:
        batch_op.drop_column("answer")
        batch_op.drop_column("level")
