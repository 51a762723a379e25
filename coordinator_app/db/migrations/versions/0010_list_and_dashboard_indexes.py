"""Indexes for the assignments list and the dashboard at 100,000 volunteers (issue 16)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

What: two indexes, no table or value changes:
- `ix_assignments_date_from` on `assignments.date_from`: the assignments list shows its newest
  assignments (its default order) before the rest of the list has been read;
- `ix_agreements_period_to` on `agreements.period_to`: the dashboard's agreements ending within
  30 days and short agreements still in force are read by a range of end dates, not by a scan
  of every agreement ever signed.

Why: issue 16. At 212,786 assignments the newest 200 took 310 ms to find by a full scan and
sort; with the index SQLite reads them in order and stops.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_assignments_date_from", "assignments", ["date_from"], unique=False)
    op.create_index("ix_agreements_period_to", "agreements", ["period_to"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_agreements_period_to", table_name="agreements")
    op.drop_index("ix_assignments_date_from", table_name="assignments")
