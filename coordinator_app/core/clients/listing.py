"""Client (podopieczny) use cases, read-only for now: the list and one client's details.

Health notes (special-category data, art. 9 RODO) never leave this module: they are shown
only on demand, with an audit entry, by a later feature.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import defer

from coordinator_app.core.enums import HoursStatus, NeedStatus
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
from coordinator_app.i18n import N_, _

# Client type codes (domain §7.2 `typ`, multi-select), in display order.
CLIENT_TYPE_LABELS: dict[str, str] = {
    "senior": N_("older person"),
    "disabled": N_("person with disability"),
    "family": N_("family with children"),
    "alone": N_("person living alone"),
    "other": N_("other"),
}
_TYPE_ORDER = {code: i for i, code in enumerate(CLIENT_TYPE_LABELS)}

NEED_PRIORITY_LABELS: dict[int, str] = {1: N_("high"), 2: N_("normal"), 3: N_("low")}


def client_type_label(code: str) -> str:
    return _(CLIENT_TYPE_LABELS[code]) if code in CLIENT_TYPE_LABELS else code


def need_priority_label(priority: int) -> str:
    return _(NEED_PRIORITY_LABELS[priority]) if priority in NEED_PRIORITY_LABELS else str(priority)


class ClientNotFound(LookupError):
    pass


@dataclass(frozen=True)
class ClientRow:
    """One line of the clients list, with a precomputed search key."""

    id: int
    code: str
    last_name: str
    first_name: str
    locality: str
    village: str | None
    status: str
    type_codes: tuple[str, ...]
    social_worker: str | None
    open_needs: int
    assessment_valid_until: dt.date | None
    assessment_expired: bool  # valid-until date before the `today` of `list_clients`
    search_text: str  # folded code, names, village and locality

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


@dataclass(frozen=True)
class NeedLine:
    id: int
    activity_code: str
    activity_name: str
    description: str | None
    frequency: str | None
    preferred_times: str | None
    priority: int
    status: str
    reported_on: dt.date
    reported_by: str | None


@dataclass(frozen=True)
class ClientAssignmentLine:
    id: int
    number: str | None
    volunteer_name: str
    activity_name: str
    status: str
    date_from: dt.date
    date_to: dt.date | None
    confirmed_minutes: int = 0  # hours given to this client, confirmed ones only


@dataclass(frozen=True)
class ClientDetails:
    """Everything about a client the coordinator sees by default (no health notes)."""

    id: int
    code: str
    first_name: str
    last_name: str
    sex: str | None
    birth_year: int | None
    phone: str | None
    street: str | None
    house_number: str
    flat_number: str | None
    postal_code: str
    locality: str
    post_office: str | None
    village: str | None
    directions: str | None
    contact_name: str | None
    contact_relation: str | None
    contact_phone: str | None
    social_worker: str | None
    type_codes: tuple[str, ...]
    assessment_valid_until: dt.date | None
    visit_consent_date: dt.date | None
    visit_consent_how: str | None
    children_in_household: bool
    children_count: int | None
    children_age_bands: str | None
    status: str
    support_ended_on: dt.date | None
    notes_for_volunteer: str | None
    needs: tuple[NeedLine, ...]
    assignments: tuple[ClientAssignmentLine, ...]

    assessment_expired: bool  # valid-until date before the `today` of `get_client_details`

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


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
            )
            .outerjoin(Village, Village.id == Client.village_id)
            .outerjoin(Staff, Staff.id == Client.social_worker_id)
        ).all()
    result = []
    for cid, code, last, first, locality, village, status, sw_first, sw_last, valid_until in rows:
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
        needs = tuple(
            NeedLine(nid, act_code, act_name, desc, freq, times, priority, status, reported_on, reported_by)
            for nid, act_code, act_name, desc, freq, times, priority, status, reported_on, reported_by in (
                session.execute(
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
            )
        )
        confirmed = (
            select(func.sum(HoursEntry.minutes))
            .where(
                HoursEntry.assignment_id == Assignment.id, HoursEntry.status == HoursStatus.CONFIRMED.value
            )
            .scalar_subquery()
        )
        assignments = tuple(
            ClientAssignmentLine(
                aid, number, f"{last} {first}", activity, status, start, end, int(minutes or 0)
            )
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
            needs=needs,
            assignments=assignments,
            assessment_expired=_expired(client.assessment_valid_until, today),
        )
