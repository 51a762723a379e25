"""The organisation's letterhead for pages that are not issued (the summaries): the same lines
and logo the issued documents print, read in one short session."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coordinator_app.db.engine import Database


@dataclass(frozen=True)
class ReportHeader:
    head: dict[str, Any] = field(default_factory=dict)  # core.issuing.common.letterhead()
    logo: bytes | None = None
    place: str = ""  # for "Modrzewo, dnia 5 marca 2026 r."


def load_header(db: Database) -> ReportHeader:
    from coordinator_app.core.issuing.common import letterhead
    from coordinator_app.core.issuing.organisation import image_bytes, organisation_from_session

    with db.session() as session:
        org = organisation_from_session(session)
        head = letterhead(org)
        logo = image_bytes(session, org.logo_sha256)
    return ReportHeader(head, logo, str(head.get("place") or ""))
