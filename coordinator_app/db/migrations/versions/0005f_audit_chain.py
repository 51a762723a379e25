"""hash chain over the audit log

Revision ID: 0005f
Revises: 0004
Create Date: 2026-12-03

What: a `chain_hash` column on `audit_log`, filled for every existing entry in id order
(`db.audit_chain`: SHA-256 of the previous entry's hash and this entry's fields, the first
linked to a fixed genesis value), and the chain's head (last id, its hash, the number of
entries) in `settings` under `audit_chain_head`.

Why: issue #13, point 9. The audit log is the RODO accountability record; an entry edited or
deleted with a SQLite editor went unnoticed. `coordinator-app check` now verifies the chain.

No existing value is changed: a column is added (SQLite adds it without rebuilding the table)
and filled, and one settings row is added.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coordinator_app.db import audit_chain

revision = "0005f"
down_revision = "0005a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    audit_chain.link_pending(op.get_bind().exec_driver_sql)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = :key").bindparams(key=audit_chain.HEAD_KEY))
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("chain_hash")
