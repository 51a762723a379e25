"""Volunteer reads: the list, one volunteer for editing, probable duplicates, the count and the
status history. Each public call opens one short session and returns plain data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.bulk import all_rows
from coordinator_app.core.rules import AgeGroup, age_on, required_statements
from coordinator_app.core.text import digits, fold
from coordinator_app.core.trainings.readiness import readiness_overview
from coordinator_app.core.volunteers.data import (
    SCALAR_FIELDS,
    DuplicateHint,
    StatementData,
    VolunteerData,
    VolunteerNotFound,
    VolunteerRow,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Village,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerStatement,
    VolunteerStatusChange,
    VolunteerVillage,
)
from coordinator_app.i18n import _


def list_volunteers(db: Database, *, today: dt.date | None = None) -> list[VolunteerRow]:
    """Every volunteer, archived ones included (the view filters), in three plain queries: the
    volunteers, the count of their required statements, and readiness (training rules and
    completed categories)."""
    today = today or dt.date.today()
    required = {
        adult: tuple(kind.value for kind in required_statements(AgeGroup.ADULT if adult else AgeGroup.MINOR))
        for adult in (True, False)
    }
    kind = VolunteerStatement.kind

    def signed_of(kinds: tuple[str, ...]) -> ColumnElement[int]:
        # A volunteer has one statement of each kind (unique on volunteer and kind), so a plain
        # count is the count of kinds: DISTINCT made SQLite sort each count (200 → 150 ms at 100k).
        return func.count(case((kind.in_(kinds), 1)))

    with db.session() as session:
        connection = session.connection()  # plain rows: no ORM bookkeeping for 10,000 of them
        # SQLite counts each volunteer's signed required statements, for either age group.
        signed: dict[int, tuple[int, int]] = {
            volunteer_id: (adult, minor)
            for volunteer_id, adult, minor in all_rows(
                connection.execute(
                    select(
                        VolunteerStatement.volunteer_id, signed_of(required[True]), signed_of(required[False])
                    )
                    .where(VolunteerStatement.withdrawn_on.is_(None))
                    .group_by(VolunteerStatement.volunteer_id)
                )
            )
        }
        rows = all_rows(
            connection.execute(
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
                    Volunteer.restricted_on,
                ).outerjoin(Village, Village.id == Volunteer.village_id)
            )
        )
        ready = readiness_overview(session, today)
    result = []
    none_signed = (0, 0)
    counts = len(required[True]), len(required[False])
    for vid, last, first, birth, locality, village, phone, status, archived, restricted in rows:
        group = 0 if age_on(birth, today) >= 18 else 1
        missing = counts[group] - signed.get(vid, none_signed)[group]
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
            ready.ready_for(vid), ready.activity_count, restricted is not None,
        )  # fmt: skip
        result.append(row)
    return result


def get_volunteer(db: Database, volunteer_id: int) -> VolunteerData:
    with db.session() as session:
        return _volunteer_data(session, volunteer_id)


def _volunteer_data(session: Session, volunteer_id: int) -> VolunteerData:
    """The loader `get_volunteer` and `service.update_volunteer` share (the package's own helper)."""
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
