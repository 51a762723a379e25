"""acts dated by their day, child protection and under-13 rules

Revision ID: 0005c
Revises: 0004
Create Date: 2026-12-03

What (issue 12, points 5 and 6):
- `agreements`: the agreed notice period in days (`notice_period_days`), the notice of a
  termination (`notice_given_on`, `notice_given_by`: volunteer / ops / both, `notice_delivery`:
  how it was delivered), and for a volunteer under 13 the adult present on site
  (`minor_escort`) and how the child gets there and back (`minor_travel`);
- `staff`: the dates a signatory holds their role (`role_valid_from`, `role_valid_to`), so a
  document about a past act is signed by whoever was in office on that day;
- `volunteer_names`: a volunteer's former names with the last day each was borne;
- `vettings`: the issued statements on countries of residence and on foreign records that do
  not exist (`residence_document_id`, `no_record_document_id`, ids in `issued_documents`);
- `activity_types`: `home_visit`, the flag the assignment gate reads for under-13 volunteers.

Only new nullable columns (or with a default) and one new table; of the rows, only the seeded
activity types done in the client's home (TOW, CODZ, DROB) get `home_visit` set.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005c"
down_revision = "0004"
branch_labels = None
depends_on = None
HOME_VISITS = ("TOW", "CODZ", "DROB")  # the seeded activity types done in the client's home


def _agreement_columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("notice_period_days", sa.Integer(), nullable=True),
        sa.Column("notice_given_on", sa.Date(), nullable=True),
        sa.Column("notice_given_by", sa.String(length=12), nullable=True),
        sa.Column("notice_delivery", sa.String(length=20), nullable=True),
        sa.Column("minor_escort", sa.String(length=200), nullable=True),
        sa.Column("minor_travel", sa.String(length=300), nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("agreements", recreate="never") as batch_op:
        for column in _agreement_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("staff", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("role_valid_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("role_valid_to", sa.Date(), nullable=True))
    with op.batch_alter_table("activity_types", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("home_visit", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        f"UPDATE activity_types SET home_visit = 1 WHERE code IN ({', '.join(map(repr, HOME_VISITS))})"
    )
    with op.batch_alter_table("vettings") as batch_op:
        batch_op.add_column(sa.Column("residence_document_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("no_record_document_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_vettings_residence_document_id_issued_documents",
            "issued_documents",
            ["residence_document_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            "fk_vettings_no_record_document_id_issued_documents",
            "issued_documents",
            ["no_record_document_id"],
            ["id"],
        )
    op.create_table(
        "volunteer_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_names_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_names")),
    )
    op.create_index("ix_volunteer_names_volunteer_id", "volunteer_names", ["volunteer_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_volunteer_names_volunteer_id", table_name="volunteer_names")
    op.drop_table("volunteer_names")
    with op.batch_alter_table("vettings") as batch_op:
        batch_op.drop_constraint("fk_vettings_no_record_document_id_issued_documents", type_="foreignkey")
        batch_op.drop_constraint("fk_vettings_residence_document_id_issued_documents", type_="foreignkey")
        batch_op.drop_column("no_record_document_id")
        batch_op.drop_column("residence_document_id")
    with op.batch_alter_table("activity_types", recreate="never") as batch_op:
        batch_op.drop_column("home_visit")
    with op.batch_alter_table("staff", recreate="never") as batch_op:
        batch_op.drop_column("role_valid_to")
        batch_op.drop_column("role_valid_from")
    with op.batch_alter_table("agreements", recreate="never") as batch_op:
        for column in reversed(_agreement_columns()):
            batch_op.drop_column(column.name)
