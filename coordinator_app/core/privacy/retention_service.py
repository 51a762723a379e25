"""Destroying a volunteer's vetting details when no longer needed (art. 21 of the act of
13 May 2016; issue 15, point 5): the register printout numbers, the criminal-record notes and
the issued statements' contents go; the dates of the checks stay (they prove the check was
done, and say nothing of its content)."""

from __future__ import annotations

from sqlalchemy import select

from coordinator_app.core.audit import current_actor
from coordinator_app.core.privacy.anonymise import VETTING_EMPTIED
from coordinator_app.core.privacy.anonymise_service import wipe_free_space
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, IssuedDocument, Vetting


def destroy_vetting_details(db: Database, volunteer_id: int) -> int:
    """Empty the details of the volunteer's vettings; returns how many vettings changed."""
    changed = 0
    with db.session(write=True) as session:
        for vetting in session.scalars(select(Vetting).where(Vetting.volunteer_id == volunteer_id)):
            documents = [vetting.residence_document_id, vetting.no_record_document_id]
            for document_id in filter(None, documents):
                document = session.get(IssuedDocument, document_id)
                if document is not None:
                    document.snapshot = None
            for column in VETTING_EMPTIED:
                setattr(vetting, column, None)
            vetting.residence_document_id = vetting.no_record_document_id = None
            changed += 1
            session.add(
                AuditEntry(
                    actor=current_actor(),
                    action="destroy",
                    entity="vetting",
                    entity_id=vetting.id,
                    reason="retention",
                )
            )
    if changed:
        wipe_free_space(db)
    return changed
