"""training programmes and default readiness rules

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

What: `training_programmes` (name, description, active): named sequences of sessions such as
"Przygotowanie wolontariuszy – 5 spotkań"; `training_programme_sessions`, the link from a
session to its programme with the session's place in it (1, 2, 3 …); and the default
readiness rules in `training_requirements`: the induction for every active activity type,
and the child-protection standards as well for every activity type flagged `involves_minors`.

Why: the coordinator follows each volunteer's progress through the preparatory programme
("3 z 5"), and readiness (who may be given which activity) is judged from these rules
(domain §2.2.3, §7.6). The link is a table of its own rather than a column on
`training_sessions`: one session (say, the GDPR meeting) may serve two programmes, and SQLite
could add a column with a foreign key only by rebuilding `training_sessions`, and dropping the
old table during a rebuild (foreign keys on) would cascade to the attendance records.

The rules are seeded so that a new or upgraded database starts with a sensible set that the
coordinator then adjusts; a rule already present is never inserted twice. This runs once, so
rules the coordinator removes later stay removed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDUCTION = "induction"
CHILD_PROTECTION = "child_protection"


def upgrade() -> None:
    op.create_table(
        "training_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_programmes")),
        sa.UniqueConstraint("name", name=op.f("uq_training_programmes_name")),
    )
    op.create_table(
        "training_programme_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["training_programmes.id"],
            name=op.f("fk_training_programme_sessions_programme_id_training_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_programme_sessions_session_id_training_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_programme_sessions")),
        sa.UniqueConstraint(
            "programme_id", "session_id", name=op.f("uq_training_programme_sessions_programme_id")
        ),
    )
    with op.batch_alter_table("training_programme_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_programme_sessions_session_id"), ["session_id"], unique=False
        )
    _seed_requirements()


def _seed_requirements() -> None:
    activity = sa.table(
        "activity_types",
        sa.column("id", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("involves_minors", sa.Boolean),
    )
    requirement = sa.table(
        "training_requirements",
        sa.column("activity_type_id", sa.Integer),
        sa.column("category", sa.String),
    )
    for category, condition in (
        (INDUCTION, activity.c.active.is_(True)),
        (CHILD_PROTECTION, sa.and_(activity.c.active.is_(True), activity.c.involves_minors.is_(True))),
    ):
        present = (
            sa.select(requirement.c.activity_type_id)
            .where(requirement.c.activity_type_id == activity.c.id, requirement.c.category == category)
            .exists()
        )
        op.execute(
            requirement.insert().from_select(
                ["activity_type_id", "category"],
                sa.select(activity.c.id, sa.literal(category, sa.String)).where(condition, ~present),
            )
        )


def downgrade() -> None:
    # The seeded requirements stay: they are valid rules in revision 0001 too.
    with op.batch_alter_table("training_programme_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_programme_sessions_session_id"))
    op.drop_table("training_programme_sessions")
    op.drop_table("training_programmes")
