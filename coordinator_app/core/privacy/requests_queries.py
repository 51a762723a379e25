"""Reading the requests register: rows for the list, one request for the form, those due soon."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from coordinator_app.core.privacy.requests import (
    DUE_SOON_DAYS,
    RequestData,
    RequestDeadline,
    RequestKind,
    RequestSubject,
    deadline_of,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, PrivacyRequest, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date


class RequestNotFound(LookupError):
    pass


@dataclass(frozen=True)
class RequestRow:
    id: int
    kind: str
    subject: str
    person: str  # the volunteer's name, "guardian of …", the client's code, or the requester
    received_on: dt.date
    deadline: RequestDeadline
    volunteer_id: int | None = None
    client_id: int | None = None


def _person(row: PrivacyRequest, volunteers: dict[int, str], clients: dict[int, str]) -> str:
    if row.subject == RequestSubject.CLIENT.value and row.client_id is not None:
        return clients.get(row.client_id, "")
    if row.volunteer_id is not None:
        name = volunteers.get(row.volunteer_id, "")
        if row.subject == RequestSubject.GUARDIAN.value:
            return _("guardian of {name}").format(name=name)
        return name
    return row.requester or ""


def list_requests(db: Database, today: dt.date, *, open_only: bool = False) -> list[RequestRow]:
    """Open requests first, the nearest deadline first; then the answered ones, newest first."""
    with db.session() as session:
        return _rows(session, today, open_only=open_only)


def _rows(session: Session, today: dt.date, *, open_only: bool) -> list[RequestRow]:
    query = select(PrivacyRequest)
    if open_only:
        query = query.where(PrivacyRequest.answered_on.is_(None))
    requests = session.scalars(query).all()
    volunteers = {
        vid: f"{last} {first}"
        for vid, last, first in session.execute(
            select(Volunteer.id, Volunteer.last_name, Volunteer.first_name)
        )
    }
    clients = {cid: code for cid, code in session.execute(select(Client.id, Client.code))}
    rows = [
        RequestRow(
            row.id,
            row.kind,
            row.subject,
            _person(row, volunteers, clients),
            row.received_on,
            deadline_of(row.received_on, row.extended_on, row.answered_on, today),
            row.volunteer_id,
            row.client_id,
        )
        for row in requests
    ]
    rows.sort(key=_order)
    return rows


def _order(row: RequestRow) -> tuple[bool, int, int]:
    if row.deadline.open:
        return (False, row.deadline.due_on.toordinal(), row.id)
    return (True, -row.received_on.toordinal(), -row.id)


def requests_due(db: Database, today: dt.date) -> list[RequestRow]:
    """Unanswered requests overdue or due within DUE_SOON_DAYS, the nearest first."""
    return [
        row for row in list_requests(db, today, open_only=True) if row.deadline.days_left <= DUE_SOON_DAYS
    ]


def get_request(db: Database, request_id: int) -> RequestData:
    with db.session() as session:
        row = session.get(PrivacyRequest, request_id)
        if row is None:
            raise RequestNotFound(request_id)
        return RequestData(
            kind=row.kind,
            subject=row.subject,
            volunteer_id=row.volunteer_id,
            client_id=row.client_id,
            requester=row.requester,
            received_on=row.received_on,
            channel=row.channel,
            details=row.details,
            extended_on=row.extended_on,
            extension_reason=row.extension_reason,
            answered_on=row.answered_on,
            answer=row.answer,
        )


@dataclass(frozen=True)
class DueRequest:
    """An unanswered request for the dashboard: what opens (the volunteer or client), and what it says."""

    open_kind: str  # "volunteer", "client" or "" (a person not in the database)
    open_id: int
    text: str
    due_on: dt.date


def due_requests(conn: Connection, today: dt.date) -> list[DueRequest]:
    """Unanswered requests overdue or due within DUE_SOON_DAYS, the nearest deadline first."""
    r = PrivacyRequest
    rows = conn.execute(  # the names of the people asking only, never the whole register
        select(
            r.id, r.kind, r.subject, r.volunteer_id, r.client_id, r.requester, r.received_on, r.extended_on,
            Volunteer.last_name, Volunteer.first_name, Client.code,
        )
        .outerjoin(Volunteer, Volunteer.id == r.volunteer_id)
        .outerjoin(Client, Client.id == r.client_id)
        .where(r.answered_on.is_(None))
    ).all()  # fmt: skip
    result = []
    for rid, kind, subject, vid, cid, requester, received, extended, last, first, code in rows:
        deadline = deadline_of(received, extended, None, today)
        if deadline.days_left > DUE_SOON_DAYS:
            continue
        if subject == RequestSubject.CLIENT.value and cid is not None:
            who, open_kind, open_id = code or "", "client", cid
        elif vid is not None:
            who, open_kind, open_id = f"{last} {first}" if last is not None else "", "volunteer", vid
            if subject == RequestSubject.GUARDIAN.value:
                who = _("guardian of {name}").format(name=who)
        else:
            who, open_kind, open_id = requester or "", "", rid
        if deadline.overdue:
            text = _("{kind} – {person} – the answer was due on {date}")
        else:
            text = _("{kind} – {person} – answer by {date}")
        label = RequestKind(kind).label if kind in RequestKind._value2member_map_ else kind
        label = label[:1].upper() + label[1:]
        result.append(
            DueRequest(
                open_kind,
                open_id,
                text.format(kind=label, person=who, date=format_date(deadline.due_on)),
                deadline.due_on,
            )
        )
    result.sort(key=lambda item: (item.due_on, item.text))
    return result
