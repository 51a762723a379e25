"""RODO erasure, retention and accountability records (issue 15, points 3, 5 and 6)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

What: four new tables.
- `anonymisation_log`: who anonymised which record (kind and id only), when, in which category
  (a request or the end of retention), why, whether retention holds were overridden and which;
- `authorisations`: a volunteer's written authorisation to process personal data (upoważnienie)
  or confidentiality statement, with issue date, scope, expiry and revocation;
- `image_consents`: the consent to use a volunteer's image, given and withdrawn on;
- `processing_activities`: the entries of the register of processing activities (art. 30).

Why: issue 15. Retention periods are settings rows (`core.settings`), so they need no column.

Only new tables: no existing row or value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _volunteer_table(name: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f(f"fk_{name}_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_volunteer_id"), ["volunteer_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "anonymisation_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=True),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.Column("holds", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymisation_log")),
    )
    _volunteer_table(
        "authorisations",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=300), nullable=True),
    )
    _volunteer_table(
        "image_consents",
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=300), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
    )
    op.create_table(
        "processing_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("subjects", sa.Text(), nullable=False),
        sa.Column("data_categories", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("transfers", sa.Text(), nullable=False),
        sa.Column("retention", sa.Text(), nullable=False),
        sa.Column("security", sa.Text(), nullable=False),
        sa.Column("updated_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_activities")),
    )


def downgrade() -> None:
    op.drop_table("processing_activities")
    for name in ("image_consents", "authorisations"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_volunteer_id"))
        op.drop_table(name)
    op.drop_table("anonymisation_log")
