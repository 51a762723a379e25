"""Volunteer use cases. Each call opens one short session and returns plain data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.options import Option
from coordinator_app.core.rules import AgeGroup, age_on, required_statements
from coordinator_app.core.text import digits, fold, polish_sort_key
from coordinator_app.core.trainings.readiness import readiness_overview
from coordinator_app.core.volunteers.data import (
    SCALAR_FIELDS,
    DuplicateHint,
    StatementData,
    VolunteerData,
    VolunteerRow,
)
from coordinator_app.core.volunteers.validate import validate_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Staff,
    Village,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerStatement,
    VolunteerStatusChange,
    VolunteerVillage,
)
from coordinator_app.i18n import _

ENTITY = "volunteer"


class VolunteerNotFound(LookupError):
    pass


def list_volunteers(db: Database, *, today: dt.date | None = None) -> list[VolunteerRow]:
    """Every volunteer, archived ones included (the view filters), in four plain queries: the
    volunteers, their statements, and readiness (training rules and completed categories)."""
    today = today or dt.date.today()
    required = {
        adult: frozenset(
            kind.value for kind in required_statements(AgeGroup.ADULT if adult else AgeGroup.MINOR)
        )
        for adult in (True, False)
    }
    with db.session() as session:
        connection = session.connection()  # plain rows: no ORM bookkeeping for 10,000 of them
        signed: dict[int, set[str]] = defaultdict(set)
        for volunteer_id, kind in connection.execute(
            select(VolunteerStatement.volunteer_id, VolunteerStatement.kind).where(
                VolunteerStatement.withdrawn_on.is_(None)
            )
        ):
            signed[volunteer_id].add(kind)
        rows = connection.execute(
            select(
                Volunteer.id,
                Volunteer.last_name,
                Volunteer.first_name,
                Volunteer.birth_date,
                Volunteer.locality,
                Village.name,
                Volunteer.phone,
                Volunteer.status,
                Volunteer.archived,
            ).outerjoin(Village, Village.id == Volunteer.village_id)
        ).all()
        ready = readiness_overview(session, today)
    result = []
    nothing: set[str] = set()
    for vid, last, first, birth, locality, village, phone, status, archived in rows:
        missing = len(required[age_on(birth, today) >= 18] - signed.get(vid, nothing))
        search = " ".join(
            (
                fold(last),
                fold(first),
                fold(locality),
                fold(village),
                digits((phone or "").removeprefix("+48")),
            )
        )
        row = VolunteerRow(
            vid, last, first, birth, locality, village, phone, status, archived, missing, search,
            ready.ready_for(vid), ready.activity_count,
        )  # fmt: skip
        result.append(row)
    return result


def get_volunteer(db: Database, volunteer_id: int) -> VolunteerData:
    with db.session() as session:
        return _load(session, volunteer_id)


def _load(session: Session, volunteer_id: int) -> VolunteerData:
    row = session.get(Volunteer, volunteer_id)
    if row is None:
        raise VolunteerNotFound(volunteer_id)
    data = VolunteerData(**{name: getattr(row, name) for name in SCALAR_FIELDS})
    for st in session.scalars(
        select(VolunteerStatement).where(VolunteerStatement.volunteer_id == volunteer_id)
    ):
        data.statements[st.kind] = StatementData(st.signed_on, st.content_version, st.scope, st.withdrawn_on)
    for activity_id, excluded in session.execute(
        select(VolunteerActivityPreference.activity_type_id, VolunteerActivityPreference.excluded).where(
            VolunteerActivityPreference.volunteer_id == volunteer_id
        )
    ):
        (data.excluded_activity_ids if excluded else data.preferred_activity_ids).add(activity_id)
    data.availability = {
        (weekday, slot)
        for weekday, slot in session.execute(
            select(VolunteerAvailability.weekday, VolunteerAvailability.slot).where(
                VolunteerAvailability.volunteer_id == volunteer_id
            )
        )
    }
    data.served_village_ids = set(
        session.scalars(
            select(VolunteerVillage.village_id).where(VolunteerVillage.volunteer_id == volunteer_id)
        )
    )
    return data


def _audit_view(data: VolunteerData) -> dict[str, object]:
    """The fields and lists compared for the audit log."""
    values: dict[str, object] = {name: getattr(data, name) for name in SCALAR_FIELDS}
    for kind, st in data.statements.items():
        values[f"statement:{kind}"] = st.signed_on
    values["preferred_activities"] = data.preferred_activity_ids
    values["excluded_activities"] = data.excluded_activity_ids
    values["availability"] = {f"{d}:{s}" for d, s in data.availability}
    values["served_villages"] = data.served_village_ids
    return values


def _write_related(session: Session, volunteer_id: int, data: VolunteerData) -> None:
    for model in (VolunteerStatement, VolunteerActivityPreference, VolunteerAvailability, VolunteerVillage):
        session.execute(delete(model).where(model.volunteer_id == volunteer_id))
    session.add_all(
        VolunteerStatement(
            volunteer_id=volunteer_id,
            kind=kind,
            signed_on=st.signed_on,
            content_version=st.content_version,
            scope=st.scope,
            withdrawn_on=st.withdrawn_on,
        )
        for kind, st in data.statements.items()
    )
    session.add_all(
        VolunteerActivityPreference(volunteer_id=volunteer_id, activity_type_id=aid, excluded=False)
        for aid in sorted(data.preferred_activity_ids)
    )
    session.add_all(
        VolunteerActivityPreference(volunteer_id=volunteer_id, activity_type_id=aid, excluded=True)
        for aid in sorted(data.excluded_activity_ids)
    )
    session.add_all(
        VolunteerAvailability(volunteer_id=volunteer_id, weekday=d, slot=s)
        for d, s in sorted(data.availability)
    )
    session.add_all(
        VolunteerVillage(volunteer_id=volunteer_id, village_id=vid) for vid in sorted(data.served_village_ids)
    )


def create_volunteer(db: Database, data: VolunteerData, *, today: dt.date | None = None) -> int:
    """Validate and save a new volunteer; returns the new id. Raises `ValidationErrors`."""
    today = today or dt.date.today()
    clean = validate_volunteer(data, today)
    actor = current_actor()
    with db.session() as session:
        row = Volunteer(**{name: getattr(clean, name) for name in SCALAR_FIELDS})
        row.created_by = row.updated_by = actor
        session.add(row)
        session.flush()
        _write_related(session, row.id, clean)
        session.add(
            VolunteerStatusChange(
                volunteer_id=row.id,
                old_status=None,
                new_status=clean.status,
                changed_on=clean.application_date or today,
                reason=_("Application registered"),
            )
        )
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_volunteer(
    db: Database, volunteer_id: int, data: VolunteerData, *, today: dt.date | None = None
) -> None:
    """Validate and save changes; every changed field lands in the audit log."""
    today = today or dt.date.today()
    with db.session() as session:
        before = _load(session, volunteer_id)
        clean = validate_volunteer(data, today, stored_status=before.status)
        row = session.get(Volunteer, volunteer_id)
        assert row is not None
        for name in SCALAR_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        _write_related(session, volunteer_id, clean)
        if before.status != clean.status:
            assert clean.status_change_date is not None
            session.add(
                VolunteerStatusChange(
                    volunteer_id=volunteer_id,
                    old_status=before.status,
                    new_status=clean.status,
                    changed_on=clean.status_change_date,
                    reason=clean.status_change_reason,
                )
            )
        record_changes(session, ENTITY, volunteer_id, _audit_view(before), _audit_view(clean))


def archive_volunteer(db: Database, volunteer_id: int, reason: str | None = None) -> None:
    """Hide a volunteer from everyday lists; nothing is deleted (their history stays)."""
    _set_archived(db, volunteer_id, True, "archive", reason)


def restore_volunteer(db: Database, volunteer_id: int) -> None:
    _set_archived(db, volunteer_id, False, "unarchive", None)


def _set_archived(db: Database, volunteer_id: int, archived: bool, action: str, reason: str | None) -> None:
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        if row is None:
            raise VolunteerNotFound(volunteer_id)
        row.archived = archived
        row.updated_by = current_actor()
        record_event(session, ENTITY, volunteer_id, action, reason)


def find_duplicates(db: Database, data: VolunteerData, exclude_id: int | None = None) -> list[DuplicateHint]:
    """Probable duplicates: the same PESEL, or the same name (ignoring case/diacritics) and birth date."""
    hints: list[DuplicateHint] = []
    pesel = digits(data.pesel)
    with db.session() as session:
        query = select(
            Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.birth_date, Volunteer.pesel
        )
        conditions = []
        if len(pesel) == 11:
            conditions.append(Volunteer.pesel == pesel)
        if data.birth_date is not None:
            conditions.append(Volunteer.birth_date == data.birth_date)
        if not conditions:
            return hints
        name_key = (fold(data.first_name), fold(data.last_name))
        for vid, first, last, birth, other_pesel in session.execute(query.where(or_(*conditions))):
            if vid == exclude_id:
                continue
            if len(pesel) == 11 and other_pesel == pesel:
                reason = _("the same PESEL")
            elif birth == data.birth_date and (fold(first), fold(last)) == name_key:
                reason = _("the same name and date of birth")
            else:
                continue
            hints.append(DuplicateHint(vid, f"{last} {first}", birth, reason))
    return hints


def list_activity_types(db: Database) -> list[Option]:
    with db.session() as session:
        rows = session.execute(
            select(ActivityType.id, ActivityType.code, ActivityType.name, ActivityType.involves_minors)
            .where(ActivityType.active.is_(True))
            .order_by(ActivityType.sort_order, ActivityType.code)
        ).all()
    return [Option(aid, f"{code} — {name}", minors) for aid, code, name, minors in rows]


def list_villages(db: Database) -> list[Option]:
    with db.session() as session:
        rows = session.execute(select(Village.id, Village.name).where(Village.active.is_(True))).all()
    return sorted((Option(vid, name) for vid, name in rows), key=lambda o: polish_sort_key(o.name))


def count_volunteers(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Volunteer)) or 0)


def status_history(db: Database, volunteer_id: int) -> list[tuple[dt.date, str | None, str, str | None]]:
    """(date, old status, new status, reason), oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(
                VolunteerStatusChange.changed_on,
                VolunteerStatusChange.old_status,
                VolunteerStatusChange.new_status,
                VolunteerStatusChange.reason,
            )
            .where(VolunteerStatusChange.volunteer_id == volunteer_id)
            .order_by(VolunteerStatusChange.changed_on, VolunteerStatusChange.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def list_staff(db: Database) -> list[Option]:
    """Active staff members, by surname (for "responsible coordinator" and similar pickers)."""
    with db.session() as session:
        rows = session.execute(
            select(Staff.id, Staff.first_name, Staff.last_name, Staff.position).where(Staff.active.is_(True))
        ).all()
    options = [
        Option(sid, f"{last} {first}" + (f" ({pos})" if pos else "")) for sid, first, last, pos in rows
    ]
    return sorted(options, key=lambda o: polish_sort_key(o.name))
