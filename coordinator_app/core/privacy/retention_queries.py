"""The retention holds of a volunteer or a client, and the yearly "do przeglądu" list: the
people (and vetting details) whose every retention period has run out.

Reads only; the periods come from the settings (`retention.periods_from`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import ClientStatus, VolunteerStatus
from coordinator_app.core.issuing.catalog import KINDS
from coordinator_app.core.privacy.retention import (
    CLIENT,
    VOLUNTEER,
    Hold,
    Periods,
    blocking,
    free_from,
    kept_until,
    latest,
    periods_from,
)
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    Assignment,
    Client,
    HoursEntry,
    IssuedDocument,
    Vetting,
    Volunteer,
)
from coordinator_app.i18n import _

VETTING = "vetting"
_OPEN_VOLUNTEER = (VolunteerStatus.ACTIVE.value, VolunteerStatus.SUSPENDED.value)


def read_periods(db: Database) -> Periods:
    return periods_from(lambda setting: settings_store.read(db, setting))


def _document_label(kind: str) -> str:
    spec = KINDS.get(kind)
    return spec.label if spec is not None else kind


def _document_holds(session: Session, where: object, periods: Periods) -> list[Hold]:
    rows = session.execute(
        select(IssuedDocument.kind, IssuedDocument.number, IssuedDocument.issued_on).where(where)  # type: ignore[arg-type]
    ).all()
    return [
        Hold(
            _("{document} no. {number} of {date} (retention in years: {years})").format(
                document=_document_label(kind),
                number=number or "—",
                date=f"{issued_on:%d.%m.%Y}",
                years=periods.document(kind),
            ),
            kept_until(issued_on, periods.document(kind)),
        )
        for kind, number, issued_on in rows
    ]


def volunteer_closed_on(session: Session, volunteer: Volunteer) -> dt.date:
    """The day the volunteer's matter last moved: the cooperation's end, the last agreement,
    assignment or hours, or the application."""
    vid = volunteer.id
    last_hours = session.scalar(select(func.max(HoursEntry.work_date)).where(HoursEntry.volunteer_id == vid))
    agreement_end = session.scalar(
        select(
            func.max(func.coalesce(Agreement.terminated_on, Agreement.period_to, Agreement.period_from))
        ).where(Agreement.volunteer_id == vid)
    )
    assignment_end = session.scalar(
        select(func.max(func.coalesce(Assignment.date_to, Assignment.date_from))).where(
            Assignment.volunteer_id == vid
        )
    )
    return latest(
        volunteer.end_date, last_hours, agreement_end, assignment_end, volunteer.application_date
    ) or (volunteer.application_date)


def volunteer_open(volunteer: Volunteer) -> bool:
    if volunteer.status in _OPEN_VOLUNTEER:
        return True
    return volunteer.status == VolunteerStatus.CANDIDATE.value and not volunteer.archived


def volunteer_holds(session: Session, volunteer: Volunteer, periods: Periods) -> list[Hold]:
    """Everything that keeps the volunteer's data, with the day each stops keeping it."""
    if volunteer_open(volunteer):
        return [Hold(_("the cooperation has not ended (the volunteer is not archived)"), None)]
    closed = volunteer_closed_on(session, volunteer)
    holds = [
        Hold(
            _("the volunteer's record, last used on {date} (retention in years: {years})").format(
                date=f"{closed:%d.%m.%Y}", years=periods.volunteer
            ),
            kept_until(closed, periods.volunteer),
        )
    ]
    for number, ended in session.execute(
        select(
            Agreement.number,
            func.coalesce(Agreement.terminated_on, Agreement.period_to, Agreement.period_from),
        )
        .where(Agreement.volunteer_id == volunteer.id)
        .order_by(Agreement.id)
    ).all():
        years = periods.document("agreement")
        holds.append(
            Hold(
                _("agreement no. {number}, ended {date} (retention in years: {years})").format(
                    number=number, date=f"{ended:%d.%m.%Y}", years=years
                ),
                kept_until(ended, years),
            )
        )
    holds.extend(_document_holds(session, IssuedDocument.volunteer_id == volunteer.id, periods))
    return holds


def client_closed_on(session: Session, client: Client) -> dt.date:
    assignment_end = session.scalar(
        select(func.max(func.coalesce(Assignment.date_to, Assignment.date_from))).where(
            Assignment.client_id == client.id
        )
    )
    last_hours = session.scalar(
        select(func.max(HoursEntry.work_date))
        .join(Assignment, HoursEntry.assignment_id == Assignment.id)
        .where(Assignment.client_id == client.id)
    )
    created = client.created_at.date() if client.created_at else dt.date.today()
    found = latest(client.support_ended_on, client.status_changed_on, assignment_end, last_hours)
    return found or created


def client_holds(session: Session, client: Client, periods: Periods) -> list[Hold]:
    if client.status != ClientStatus.ENDED.value:
        return [Hold(_('the support has not ended (the client\'s status is not "ended")'), None)]
    closed = client_closed_on(session, client)
    holds = [
        Hold(
            _("the client's record, support last given on {date} (retention in years: {years})").format(
                date=f"{closed:%d.%m.%Y}", years=periods.client
            ),
            kept_until(closed, periods.client),
        )
    ]
    assignments = select(Assignment.id).where(Assignment.client_id == client.id)
    holds.extend(_document_holds(session, IssuedDocument.assignment_id.in_(assignments), periods))
    return holds


def holds_of(session: Session, kind: str, subject_id: int, periods: Periods) -> list[Hold]:
    """The holds of the volunteer or client `subject_id`; raises LookupError when absent."""
    if kind == VOLUNTEER:
        volunteer = session.get(Volunteer, subject_id)
        if volunteer is None:
            raise LookupError(subject_id)
        return volunteer_holds(session, volunteer, periods)
    client = session.get(Client, subject_id)
    if client is None:
        raise LookupError(subject_id)
    return client_holds(session, client, periods)


def holds_in_force(db: Database, kind: str, subject_id: int, today: dt.date) -> list[Hold]:
    """The holds of the volunteer or client `subject_id` still in force on `today` (empty when
    none, or when the record is gone)."""
    periods = read_periods(db)
    with db.session() as session:
        try:
            return blocking(holds_of(session, kind, subject_id, periods), today)
        except LookupError:
            return []


@dataclass(frozen=True)
class DueRecord:
    """One line of the "do przeglądu" list: what (a volunteer, a client, or a volunteer's
    vetting details), whose, when its matter closed and since when nothing keeps it."""

    kind: str  # volunteer / client / vetting
    subject_id: int
    name: str
    closed_on: dt.date
    free_from: dt.date


def review_date(year: int, today: dt.date) -> dt.date:
    """The day the list of `year` is drawn up for: today in the current year, the year's last
    day for a later year (a preview), and for an earlier one its last day too."""
    return today if year == today.year else dt.date(year, 12, 31)


def due_records(db: Database, on: dt.date) -> list[DueRecord]:
    """Everything whose retention has run out by `on`, not yet anonymised, by kind and name."""
    periods = read_periods(db)
    found: list[DueRecord] = []
    with db.session() as session:
        for volunteer in session.scalars(select(Volunteer).where(Volunteer.anonymised_at.is_(None))):
            if volunteer_open(volunteer):
                continue
            name = f"{volunteer.last_name} {volunteer.first_name}"
            closed = volunteer_closed_on(session, volunteer)
            holds = volunteer_holds(session, volunteer, periods)
            until = free_from(holds)
            if until is not None and not blocking(holds, on):
                found.append(DueRecord(VOLUNTEER, volunteer.id, name, closed, until))
                continue
            vetting_until = kept_until(closed, periods.vetting)
            if vetting_until <= on and _has_vetting_details(session, volunteer.id):
                found.append(DueRecord(VETTING, volunteer.id, name, closed, vetting_until))
        for client in session.scalars(select(Client).where(Client.anonymised_at.is_(None))):
            holds = client_holds(session, client, periods)
            until = free_from(holds)
            if until is not None and not blocking(holds, on):
                name = f"{client.code} {client.last_name} {client.first_name}"
                found.append(DueRecord(CLIENT, client.id, name, client_closed_on(session, client), until))
    order = {VOLUNTEER: 0, CLIENT: 1, VETTING: 2}
    return sorted(found, key=lambda r: (order[r.kind], polish_sort_key(r.name), r.subject_id))


def _has_vetting_details(session: Session, volunteer_id: int) -> bool:
    details = (
        Vetting.rspts_reference.is_not(None)
        | Vetting.notes.is_not(None)
        | Vetting.foreign_records.is_not(None)
        | Vetting.krk_scope.is_not(None)
        | Vetting.residence_document_id.is_not(None)
        | Vetting.no_record_document_id.is_not(None)
    )
    query = select(func.count()).select_from(Vetting).where(Vetting.volunteer_id == volunteer_id, details)
    return bool(session.scalar(query))
