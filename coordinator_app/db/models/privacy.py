"""The register of data subjects' requests under RODO (art. 15–21) and their deadlines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class PrivacyRequest(Tracked, Base):
    """One request of a data subject: who asked (a volunteer, their guardian or a client, or
    only a name when the person is not in the database), what for, when it came and how; the
    answer and its date, and the notice extending the deadline by two months (art. 12 ust. 3)."""

    __tablename__ = "privacy_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # access / rectification / erasure / ...
    subject: Mapped[str] = mapped_column(String(10))  # volunteer / guardian / client / other
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    requester: Mapped[str | None] = mapped_column(String(200))
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(20))  # paper / electronic / in_person
    details: Mapped[str | None] = mapped_column(Text)
    extended_on: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(String(300))
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text)
