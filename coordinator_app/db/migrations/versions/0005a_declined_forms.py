"""declined forms of names, the guardian's and the staff's sex

Revision ID: 0005a
Revises: 0004
Create Date: 2026-12-03

What: `declined_forms` (what is declined: kind person/title/organisation/place and its
nominative text, the sex it was declined for, the genitive, dative, accusative, instrumental
and locative forms, who confirmed them and when), unique by kind, text and sex;
`volunteers.guardian_sex` and `staff.sex` (K/M, nullable).

Why: issue 12, points 2 and 3. Documents put names in the case the sentence governs
("reprezentowanym przez Konrada Ośkę – Kierownika"); the forms the coordinator confirmed once
are kept and used first. The guardian's and the signatory's own sex choose their gendered
forms ("działającą jako przedstawiciel ustawowy").

Only a new table and nullable columns are added (plain ALTER TABLE ADD COLUMN on SQLite), so no
existing row or value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005a"
down_revision = "0005d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "declined_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("genitive", sa.String(length=300), nullable=False),
        sa.Column("dative", sa.String(length=300), nullable=False),
        sa.Column("accusative", sa.String(length=300), nullable=False),
        sa.Column("instrumental", sa.String(length=300), nullable=False),
        sa.Column("locative", sa.String(length=300), nullable=False),
        sa.Column("confirmed_by", sa.String(length=80), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declined_forms")),
        sa.UniqueConstraint("kind", "text", "sex", name=op.f("uq_declined_forms_kind")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guardian_sex", sa.String(length=1), nullable=True))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sex", sa.String(length=1), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("sex")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_column("guardian_sex")
    op.drop_table("declined_forms")
