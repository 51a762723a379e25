"""requests register and restriction of processing (RODO)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

What: a `privacy_requests` table, the register of data subjects' requests (access,
rectification, erasure, restriction, objection, portability): who asked (a volunteer, their
guardian, a client, or only a name), when and how the request came, the notice extending the
deadline by two months and why, the answer and its date; and the restriction of processing
(art. 18 RODO) on `volunteers` (`restricted_on`, `restriction_reason`, and
`guardian_restricted_on` for the guardian's own data) and on `clients` (`restricted_on`,
`restriction_reason`).

Why: issue 15, points 2 and 4. The coordinator must answer within one month (art. 12 ust. 3)
and must be able to stop processing a person's data while keeping it.

Only a new table and nullable columns are added: no existing row or value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=10), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("requester", sa.String(length=200), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.String(length=300), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_privacy_requests_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_privacy_requests_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_requests")),
    )
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_privacy_requests_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_privacy_requests_volunteer_id"), ["volunteer_id"], unique=False)
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restricted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("restriction_reason", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("guardian_restricted_on", sa.Date(), nullable=True))
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restricted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("restriction_reason", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("restriction_reason")
        batch_op.drop_column("restricted_on")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_column("guardian_restricted_on")
        batch_op.drop_column("restriction_reason")
        batch_op.drop_column("restricted_on")
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_requests_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_privacy_requests_client_id"))
    op.drop_table("privacy_requests")
