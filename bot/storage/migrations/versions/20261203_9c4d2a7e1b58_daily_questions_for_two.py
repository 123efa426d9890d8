"""daily questions for two

A couple may opt in to one question a day (issue 19): the couple's chosen local clock time,
each person's next question (the planner's schedule, indexed), each person's agreement to
intimacy questions, the question each couple got each day and each person's answer to it.
Retention erases answers older than 26 weeks through a partial index of those that still hold
words.

Revision ID: 9c4d2a7e1b58
Revises: 5b1e7c3d9a40
Create Date: 2026-12-03 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.storage.types

revision: str = "9c4d2a7e1b58"
down_revision: str | None = "5b1e7c3d9a40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WITH_ANSWER = "text IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("couples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("daily_question_at", sa.Time(), nullable=True))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "next_question_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("question_intimacy", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            batch_op.f("ix_users_next_question_at"), ["next_question_at"], unique=False
        )

    op.create_table(
        "daily_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("question_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("deep", sa.Boolean(), nullable=False),
        sa.Column("created_at", bot.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revealed_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("couple_id", "local_date"),
    )
    with op.batch_alter_table("daily_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_daily_questions_couple_id"), ["couple_id"], unique=False
        )

    op.create_table(
        "question_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("daily_question_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("asked_at", bot.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("answered_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("edited_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("hearted_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("talk_at", bot.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["daily_question_id"], ["daily_questions.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("daily_question_id", "user_id"),
    )
    with op.batch_alter_table("question_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_question_answers_daily_question_id"),
            ["daily_question_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_question_answers_user_asked", ["user_id", "asked_at"], unique=False
        )
    op.create_index(
        "ix_question_answers_with_text",
        "question_answers",
        ["asked_at"],
        unique=False,
        sqlite_where=sa.text(WITH_ANSWER),
        postgresql_where=sa.text(WITH_ANSWER),
    )


def downgrade() -> None:
    op.drop_index("ix_question_answers_with_text", table_name="question_answers")
    with op.batch_alter_table("question_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_question_answers_user_asked")
        batch_op.drop_index(batch_op.f("ix_question_answers_daily_question_id"))
    op.drop_table("question_answers")
    with op.batch_alter_table("daily_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_daily_questions_couple_id"))
    op.drop_table("daily_questions")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_next_question_at"))
        batch_op.drop_column("question_intimacy")
        batch_op.drop_column("next_question_at")
    with op.batch_alter_table("couples", schema=None) as batch_op:
        batch_op.drop_column("daily_question_at")
