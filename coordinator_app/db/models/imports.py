"""Imports from spreadsheets (issue #19): one batch per import, and a link to every record it
wrote, so that the whole import can be undone until a record was changed by hand."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, local_now


class ImportBatch(Base):
    """One import: what was imported from which file and sheet, by whom, and its undo."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # volunteers / clients / hours
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
    created_by: Mapped[str | None] = mapped_column(String(80))
    imported: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    # the newest audit entry when the import ended: later entries about its records are hand edits
    audit_mark: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(80))


class ImportRecord(Base):
    """A record an import created (`action` create), filled in (merge: `before` holds the
    replaced values as JSON) or a month it closed (entity `month`, `record_key` YYYY-MM)."""

    __tablename__ = "import_records"
    __table_args__ = (Index("ix_import_records_entity", "entity", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_key: Mapped[str | None] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[str | None] = mapped_column(Text)
