"""imports from spreadsheets

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

What: `import_batches` (one row per import from a spreadsheet: kind, file, sheet, who and when,
how many rows were imported, merged and rejected, the newest audit entry when it ended, and its
undo) and `import_records` (every record an import created or filled in, and every month it
closed, with the values a merge replaced).

Why: issue #19. A coordinator brings the Excel lists in; a wrong import is undone as a whole
until one of its records was changed by hand, which needs to know which records it wrote.

Only two new tables: no existing row or value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sheet", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("audit_mark", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "import_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("record_key", sa.String(length=20), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_records_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_records")),
    )
    with op.batch_alter_table("import_records", recreate="never") as batch_op:
        batch_op.create_index("ix_import_records_batch_id", ["batch_id"], unique=False)
        batch_op.create_index("ix_import_records_entity", ["entity", "record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_records", recreate="never") as batch_op:
        batch_op.drop_index("ix_import_records_entity")
        batch_op.drop_index("ix_import_records_batch_id")
    op.drop_table("import_records")
    op.drop_table("import_batches")
