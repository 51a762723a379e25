"""What issuing does for each document kind: assemble its data from a request, and what it
records on the record itself once numbered or issued. The catalog (catalog.py) names one
function of this module per kind; the service calls them by looking the kind up.

The data modules are imported inside the functions: they read the organisation, whose numbering
patterns come from the catalog, which names these functions (a cycle at import time otherwise).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_changes
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Snapshot
from coordinator_app.db.models import Agreement, Assignment, Attendance
from coordinator_app.i18n import _

if TYPE_CHECKING:
    from coordinator_app.core.issuing.service import DocumentRequest


def _need(value: int | None, message: str) -> int:
    if value is None:
        raise DocumentRefused(message)
    return value


# -- assembling: (session, request, date of issue) -> the snapshot, not yet numbered -----------


def agreement(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.agreement_data import assemble_agreement

    agreement_id = _need(request.id, _("Give the id of the agreement."))
    return assemble_agreement(session, agreement_id, on, dict(request.options))


def annex(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.annex_data import assemble_annex

    return assemble_annex(session, _need(request.id, _("Give the id of the agreement annex.")), on)


def termination(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.termination_data import assemble_termination

    agreement_id = _need(request.id, _("Give the id of the agreement."))
    return assemble_termination(session, agreement_id, on, dict(request.options))


def expiry(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.termination_data import assemble_expiry

    return assemble_expiry(session, _need(request.id, _("Give the id of the agreement.")), on)


def residence_statement(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.statement_data import assemble_residence_statement

    return assemble_residence_statement(session, _need(request.id, _("Give the id of the volunteer.")), on)


def no_record_statement(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.statement_data import assemble_no_record_statement

    volunteer_id = _need(request.id, _("Give the id of the volunteer."))
    return assemble_no_record_statement(session, volunteer_id, on, dict(request.options))


def link_statement(session: Session, snapshot: Snapshot, version: int, on: dt.date) -> None:
    from coordinator_app.core.issuing.statement_data import link_to_vetting

    link_to_vetting(session, snapshot, version, on)


def certificate(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.volunteer_data import assemble_certificate

    volunteer_id = _need(request.id, _("Give the id of the volunteer."))
    return assemble_certificate(session, volunteer_id, on, dict(request.options))


def opinion(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.volunteer_data import assemble_opinion, opinion_input_from

    chosen = opinion_input_from(dict(request.options))
    return assemble_opinion(session, _need(request.id, _("Give the id of the volunteer.")), on, chosen)


def thanks(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.thanks_data import assemble_thanks

    volunteer_id = _need(request.id, _("Give the id of the volunteer."))
    return assemble_thanks(session, volunteer_id, on, dict(request.options))


def training_certificate(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.work_data import assemble_training_certificate

    return assemble_training_certificate(
        session,
        _need(request.id, _("Give the id of the training session.")),
        _need(request.volunteer_id, _("Give the id of the volunteer.")),
        on,
    )


def referral(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.work_data import assemble_referral

    return assemble_referral(session, _need(request.id, _("Give the id of the assignment.")), on)


def timesheet(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.work_data import assemble_timesheet

    if not request.month:
        raise DocumentRefused(_("Give the month of the hours card as YYYY-MM."))
    assignment_id = _need(request.id, _("Give the id of the assignment."))
    return assemble_timesheet(session, assignment_id, request.month, on)


def intake_form(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.work_data import assemble_intake_form

    return assemble_intake_form(session, on)


def authorisation(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.privacy_data import assemble_authorisation

    return assemble_authorisation(session, _need(request.id, _("Give the id of the volunteer.")), on)


def confidentiality_statement(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.privacy_data import assemble_confidentiality

    return assemble_confidentiality(session, _need(request.id, _("Give the id of the volunteer.")), on)


def image_consent(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.privacy_data import assemble_image_consent

    return assemble_image_consent(session, _need(request.id, _("Give the id of the volunteer.")), on)


def processing_register(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.privacy_data import assemble_processing_register

    return assemble_processing_register(session, on)


def cooperation_agreement(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    from coordinator_app.core.issuing.cooperation_data import assemble_cooperation_agreement

    return assemble_cooperation_agreement(session, _need(request.id, _("Give the id of the partner.")), on)


# -- what issuing records on the record itself ---------------------------------------------------


def record_training_certificate_number(
    session: Session, snapshot: Snapshot, number: str, on: dt.date
) -> None:
    """A training certificate's number and date are kept on the attendance it certifies."""
    attendance = session.scalars(
        select(Attendance).where(
            Attendance.session_id == snapshot.training_session_id,
            Attendance.volunteer_id == snapshot.volunteer_id,
        )
    ).one()
    before = {"certificate_number": None, "certificate_issued_on": None}
    attendance.certificate_number = number
    attendance.certificate_issued_on = on
    record_changes(
        session,
        "attendance",
        attendance.id,
        before,
        {"certificate_number": number, "certificate_issued_on": on},
    )


def record_referral_date(session: Session, snapshot: Snapshot, version: int, on: dt.date) -> None:
    """The first referral issued for an assignment dates it."""
    if snapshot.assignment_id is None:
        return
    assignment = session.get(Assignment, snapshot.assignment_id)
    if assignment is not None and assignment.referral_issued_on is None:
        record_changes(
            session, "assignment", assignment.id, {"referral_issued_on": None}, {"referral_issued_on": on}
        )
        assignment.referral_issued_on = on


def record_agreement_template(session: Session, snapshot: Snapshot, version: int, on: dt.date) -> None:
    """An agreement remembers the template version it was printed with."""
    if snapshot.agreement_id is None:
        return
    row = session.get(Agreement, snapshot.agreement_id)
    if row is not None and row.template_version != str(version):
        record_changes(
            session,
            "agreement",
            row.id,
            {"template_version": row.template_version},
            {"template_version": str(version)},
        )
        row.template_version = str(version)


def record_cooperation_agreement_number(
    session: Session, snapshot: Snapshot, number: str, on: dt.date
) -> None:
    """A cooperation agreement's number and date are kept on the partner."""
    from coordinator_app.core.issuing.cooperation_data import record_agreement_number

    record_agreement_number(session, snapshot, number, on)
