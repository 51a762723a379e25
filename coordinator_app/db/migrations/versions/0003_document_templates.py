"""document templates, images and the issued-documents snapshot

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

What: `document_templates` (kind, version, body as JSON of clause texts, note, who and when):
the versioned wording of every printed document, which the OPS edits in the app;
`document_images` (SHA-256, media type, bytes): the logo printed in the letterhead, kept by
content; `organisation.logo_sha256` (the current logo) and `organisation.jrwa_symbol`; and on
`issued_documents` the `subject` (what the document is about, e.g. `timesheet:12:2025-03`,
indexed), the `template_version` it was printed from and the `snapshot` of its filled data.

Why: issue 5. Clause wording must come from templates the OPS's legal adviser can change, and
every issued document must record the version it used (domain §7.8, §7.9). A reprint must give
the same document: the snapshot plus the template version (and the logo by its hash) rebuild
it exactly, even after the organisation's data, the wording or the logo have changed.

Only new tables and nullable columns are added (plain ALTER TABLE ADD COLUMN on SQLite, no
table rebuild), so no existing row or value changes. Nothing is seeded: the default Polish
wording ships with the application and is stored as version 1 the first time a document of
that kind is issued or its wording is edited.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_templates")),
        sa.UniqueConstraint("kind", "version", name=op.f("uq_document_templates_kind")),
    )
    op.create_table(
        "document_images",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document_images")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("jrwa_symbol", sa.String(length=20), nullable=True))
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("template_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("snapshot", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_issued_documents_subject"), ["subject"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_documents_subject"))
        batch_op.drop_column("snapshot")
        batch_op.drop_column("template_version")
        batch_op.drop_column("subject")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("jrwa_symbol")
        batch_op.drop_column("logo_sha256")
    op.drop_table("document_images")
    op.drop_table("document_templates")
