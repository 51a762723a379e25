"""Client (podopieczny) reads: the list, one client's details, the client and a need for editing,
and the waiting list (outside the Clients tab it names a client by code and village only).

Health notes (special-category data, art. 9 RODO) are never read here: only
`service.reveal_health_notes` shows them, with an audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, defer

from coordinator_app.core.clients.data import (
    CLIENT_FIELDS,
    CLIENT_TYPE_LABELS,
    NEED_FIELDS,
    ClientAssignmentLine,
    ClientData,
    ClientDetails,
    ClientNotFound,
    ClientRow,
    NeedData,
    NeedLine,
    NeedNotFound,
    WaitingNeed,
)
from coordinator_app.core.enums import SERVING_ASSIGNMENT, ClientStatus, HoursStatus, NeedStatus
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Assignment,
    Client,
    ClientType,
    HoursEntry,
    Need,
    Staff,
    Village,
    Volunteer,
)

_TYPE_ORDER = {code: i for i, code in enumerate(CLIENT_TYPE_LABELS)}


def _staff_name(first: str | None, last: str | None) -> str | None:
    return f"{first} {last}" if last else None


def _sorted_types(codes: list[str]) -> tuple[str, ...]:
    return tuple(sorted(codes, key=lambda code: (_TYPE_ORDER.get(code, len(_TYPE_ORDER)), code)))


def list_clients(db: Database, *, today: dt.date | None = None) -> list[ClientRow]:
    """Every client, in three queries (types, open-need counts, the clients themselves)."""
    today = today or dt.date.today()
    with db.session() as session:
        types: dict[int, list[str]] = defaultdict(list)
        for client_id, code in session.execute(select(ClientType.client_id, ClientType.type_code)):
            types[client_id].append(code)
        open_needs: dict[int, int] = {
            client_id: count
            for client_id, count in session.execute(
                select(Need.client_id, func.count())
                .where(Need.status == NeedStatus.OPEN.value)
                .group_by(Need.client_id)
            )
        }
        rows = session.execute(
            select(
                Client.id,
                Client.code,
                Client.last_name,
                Client.first_name,
                Client.locality,
                Village.name,
                Client.status,
                Staff.first_name,
                Staff.last_name,
                Client.assessment_valid_until,
                Client.restricted_on,
            )
            .outerjoin(Village, Village.id == Client.village_id)
            .outerjoin(Staff, Staff.id == Client.social_worker_id)
        ).all()
    result = []
    for cid, code, last, first, locality, village, status, sw_first, sw_last, valid_until, restricted in rows:
        search = " ".join((fold(code), fold(last), fold(first), fold(village), fold(locality)))
        result.append(
            ClientRow(
                id=cid,
                code=code,
                last_name=last,
                first_name=first,
                locality=locality,
                village=village,
                status=status,
                type_codes=_sorted_types(types.get(cid, [])),
                social_worker=_staff_name(sw_first, sw_last),
                open_needs=open_needs.get(cid, 0),
                assessment_valid_until=valid_until,
                assessment_expired=_expired(valid_until, today),
                search_text=search,
                restricted=restricted is not None,
            )
        )
    return result


def _expired(valid_until: dt.date | None, today: dt.date) -> bool:
    return valid_until is not None and valid_until < today


def get_client_details(db: Database, client_id: int, *, today: dt.date | None = None) -> ClientDetails:
    today = today or dt.date.today()
    with db.session() as session:
        # Health notes are not even read: any access to them here raises.
        client = session.scalars(
            select(Client).where(Client.id == client_id).options(defer(Client.health_notes, raiseload=True))
        ).first()
        if client is None:
            raise ClientNotFound(client_id)
        village = session.get(Village, client.village_id) if client.village_id is not None else None
        worker = session.get(Staff, client.social_worker_id) if client.social_worker_id is not None else None
        type_codes = list(
            session.scalars(select(ClientType.type_code).where(ClientType.client_id == client_id))
        )
        return ClientDetails(
            id=client.id,
            code=client.code,
            first_name=client.first_name,
            last_name=client.last_name,
            sex=client.sex,
            birth_year=client.birth_year,
            phone=client.phone,
            street=client.street,
            house_number=client.house_number,
            flat_number=client.flat_number,
            postal_code=client.postal_code,
            locality=client.locality,
            post_office=client.post_office,
            village=village.name if village else None,
            directions=client.directions,
            contact_name=client.contact_name,
            contact_relation=client.contact_relation,
            contact_phone=client.contact_phone,
            social_worker=_staff_name(worker.first_name, worker.last_name) if worker else None,
            type_codes=_sorted_types(type_codes),
            assessment_valid_until=client.assessment_valid_until,
            visit_consent_date=client.visit_consent_date,
            visit_consent_how=client.visit_consent_how,
            children_in_household=bool(client.children_in_household),
            children_count=client.children_count,
            children_age_bands=client.children_age_bands,
            status=client.status,
            support_ended_on=client.support_ended_on,
            notes_for_volunteer=client.notes_for_volunteer,
            needs=_need_lines(session, client_id),
            assignments=_assignment_lines(session, client_id),
            assessment_expired=_expired(client.assessment_valid_until, today),
        )


def _need_lines(session: Session, client_id: int) -> tuple[NeedLine, ...]:
    """The client's needs, newest first."""
    rows = session.execute(
        select(
            Need.id,
            ActivityType.code,
            ActivityType.name,
            Need.description,
            Need.frequency,
            Need.preferred_times,
            Need.priority,
            Need.status,
            Need.reported_on,
            Need.reported_by,
        )
        .join(ActivityType, ActivityType.id == Need.activity_type_id)
        .where(Need.client_id == client_id)
        .order_by(Need.reported_on.desc(), Need.id.desc())
    )
    return tuple(
        NeedLine(nid, act_code, act_name, desc, freq, times, priority, status, reported_on, reported_by)
        for nid, act_code, act_name, desc, freq, times, priority, status, reported_on, reported_by in rows
    )


def _assignment_lines(session: Session, client_id: int) -> tuple[ClientAssignmentLine, ...]:
    """The client's assignments, newest first, with the confirmed minutes of each."""
    confirmed = (
        select(func.sum(HoursEntry.minutes))
        .where(HoursEntry.assignment_id == Assignment.id, HoursEntry.status == HoursStatus.CONFIRMED.value)
        .scalar_subquery()
    )
    return tuple(
        ClientAssignmentLine(aid, number, f"{last} {first}", activity, status, start, end, int(minutes or 0))
        for aid, number, last, first, activity, status, start, end, minutes in session.execute(
            select(
                Assignment.id,
                Assignment.number,
                Volunteer.last_name,
                Volunteer.first_name,
                ActivityType.name,
                Assignment.status,
                Assignment.date_from,
                Assignment.date_to,
                confirmed,
            )
            .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
            .join(ActivityType, ActivityType.id == Assignment.activity_type_id)
            .where(Assignment.client_id == client_id)
            .order_by(Assignment.date_from.desc(), Assignment.id.desc())
        )
    )


def get_client(db: Database, client_id: int) -> tuple[str, ClientData]:
    """The client's code and editable data, without the health notes."""
    with db.session() as session:
        return _client_data(session, client_id)


def _client_data(session: Session, client_id: int) -> tuple[str, ClientData]:
    """The loader `get_client` and `service.update_client` share (the package's own helper)."""
    row = session.scalars(
        select(Client).where(Client.id == client_id).options(defer(Client.health_notes, raiseload=True))
    ).first()
    if row is None:
        raise ClientNotFound(client_id)
    data = ClientData(**{name: getattr(row, name) for name in CLIENT_FIELDS})
    data.children_in_household = bool(data.children_in_household)
    data.type_codes = set(
        session.scalars(select(ClientType.type_code).where(ClientType.client_id == client_id))
    )
    return row.code, data


def get_need(db: Database, need_id: int) -> tuple[int, NeedData]:
    """The need's client id and its data."""
    with db.session() as session:
        row = session.get(Need, need_id)
        if row is None:
            raise NeedNotFound(need_id)
        return row.client_id, NeedData(**{name: getattr(row, name) for name in NEED_FIELDS})


# --- the waiting list: open needs that no planned or active assignment serves yet -----------
def waiting_conditions() -> tuple[ColumnElement[bool], ...]:
    """What puts a need on the waiting list, for a query joining `needs` and `clients`: open,
    of an active client whose processing is not restricted, and served by no planned or active
    assignment (that set is collected once, not looked up per need)."""
    served = select(Assignment.need_id).where(
        Assignment.status.in_(SERVING_ASSIGNMENT), Assignment.need_id.is_not(None)
    )
    return (
        Need.status == NeedStatus.OPEN.value,
        Client.status == ClientStatus.ACTIVE.value,
        Need.id.not_in(served),
        Client.restricted_on.is_(None),  # art. 18 RODO: a restricted client is not matched
    )


def waiting_list(db: Database, *, today: dt.date | None = None) -> list[WaitingNeed]:
    """Open needs of active clients without a serving assignment, longest-waiting first
    (ties: higher priority first)."""
    today = today or dt.date.today()
    with db.session() as session:
        rows = session.execute(
            select(
                Need.id,
                Client.id,
                Client.code,
                Village.name,
                Client.locality,
                ActivityType.id,
                ActivityType.code,
                ActivityType.name,
                Need.description,
                Need.preferred_times,
                Need.priority,
                Need.reported_on,
            )
            .join(Client, Client.id == Need.client_id)
            .join(ActivityType, ActivityType.id == Need.activity_type_id)
            .outerjoin(Village, Village.id == Client.village_id)
            .where(*waiting_conditions())
            .order_by(Need.reported_on, Need.priority, Need.id)
        ).all()
    return [
        WaitingNeed(
            need_id=nid,
            client_id=cid,
            client_code=code,
            village=village or locality,
            activity_type_id=aid,
            activity_code=acode,
            activity_name=aname,
            description=description,
            preferred_times=times,
            priority=priority,
            reported_on=reported,
            days_waiting=max((today - reported).days, 0),
            search_text=" ".join((fold(code), fold(village or locality), fold(acode), fold(aname))),
        )
        for nid, cid, code, village, locality, aid, acode, aname, description, times, priority, reported in (
            rows
        )
    ]
