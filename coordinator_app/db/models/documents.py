"""Versioned clause templates of printed documents and the images they print (the logo)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, local_now


class DocumentTemplate(Base):
    """One version of the wording of a document kind: a JSON object of clause texts by key.

    Versions are never changed once stored: an edit adds version n + 1, and an issued document
    records the version it was printed from, so a reprint uses the same wording."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
    created_by: Mapped[str | None] = mapped_column(String(80))


class DocumentImage(Base):
    """An image printed on documents (the organisation's logo), stored once by its SHA-256, so
    a reprint shows the logo the document was issued with even after the logo changes."""

    __tablename__ = "document_images"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
