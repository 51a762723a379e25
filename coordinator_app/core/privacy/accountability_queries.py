"""One volunteer's authorisations, confidentiality statements and image consents, for the
volunteer window (newest first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.core.privacy import accountability as acc
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Authorisation, ImageConsent


@dataclass(frozen=True)
class AuthorisationRow:
    id: int
    kind: str
    issued_on: dt.date
    scope: str
    expires_on: dt.date | None
    revoked_on: dt.date | None
    revoked_reason: str | None

    def in_force(self, on: dt.date) -> bool:
        return acc.in_force(self.issued_on, self.expires_on, self.revoked_on, on)


@dataclass(frozen=True)
class ImageConsentRow:
    id: int
    given_on: dt.date
    scope: str
    withdrawn_on: dt.date | None


def volunteer_authorisations(db: Database, volunteer_id: int) -> list[AuthorisationRow]:
    with db.session() as session:
        rows = session.scalars(
            select(Authorisation)
            .where(Authorisation.volunteer_id == volunteer_id)
            .order_by(Authorisation.issued_on.desc(), Authorisation.id.desc())
        )
        return [
            AuthorisationRow(r.id, r.kind, r.issued_on, r.scope, r.expires_on, r.revoked_on, r.revoked_reason)
            for r in rows
        ]


def volunteer_image_consents(db: Database, volunteer_id: int) -> list[ImageConsentRow]:
    with db.session() as session:
        rows = session.scalars(
            select(ImageConsent)
            .where(ImageConsent.volunteer_id == volunteer_id)
            .order_by(ImageConsent.given_on.desc(), ImageConsent.id.desc())
        )
        return [ImageConsentRow(r.id, r.given_on, r.scope, r.withdrawn_on) for r in rows]
