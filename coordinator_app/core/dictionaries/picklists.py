"""Pick-lists: the `Option` entries of the forms' combo boxes and check lists, built in one place.

Active records only, plus `include_id` where an existing record names one no longer active.
Clients appear by code and village, never by name. Each call opens one short session.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from coordinator_app.core.enums import ClientStatus, NeedStatus, VolunteerStatus
from coordinator_app.core.options import Option
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Client, Need, Staff, Village, Volunteer


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


def list_social_workers(db: Database) -> list[Option]:
    """Active social workers by surname (the client's responsible worker)."""
    with db.session() as session:
        rows = session.execute(
            select(Staff.id, Staff.first_name, Staff.last_name).where(
                Staff.active.is_(True), Staff.is_social_worker.is_(True)
            )
        ).all()
    return sorted(
        (Option(sid, f"{last} {first}") for sid, first, last in rows), key=lambda o: polish_sort_key(o.name)
    )


def volunteer_options(db: Database, include_id: int | None = None) -> list[Option]:
    """Active volunteers not restricted (art. 18 RODO) by surname, plus `include_id` (the one an
    existing record names)."""
    with db.session() as session:
        rows = session.execute(
            select(Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.locality).where(
                or_(
                    (Volunteer.status == VolunteerStatus.ACTIVE.value)
                    & Volunteer.archived.is_(False)
                    & Volunteer.restricted_on.is_(None),  # art. 18 RODO: not given new work
                    Volunteer.id == (include_id or 0),
                )
            )
        ).all()
    options = [Option(vid, f"{last} {first} ({locality})") for vid, last, first, locality in rows]
    return sorted(options, key=lambda o: polish_sort_key(o.name))


def client_options(db: Database, include_id: int | None = None) -> list[Option]:
    """Active clients not restricted (art. 18 RODO) as `P-012 — Mnichowo`; `flag` marks children in
    the household."""
    with db.session() as session:
        rows = session.execute(
            select(Client.id, Client.code, Village.name, Client.locality, Client.children_in_household)
            .outerjoin(Village, Village.id == Client.village_id)
            .where(
                or_(
                    (Client.status == ClientStatus.ACTIVE.value) & Client.restricted_on.is_(None),
                    Client.id == (include_id or 0),
                )
            )
            .order_by(Client.code)
        ).all()
    return [
        Option(cid, f"{code} — {village or locality}", bool(kids))
        for cid, code, village, locality, kids in rows
    ]


def need_options(db: Database, client_id: int, include_id: int | None = None) -> list[Option]:
    """The client's open needs (and `include_id`), newest first, as `kind: description`."""
    with db.session() as session:
        rows = session.execute(
            select(Need.id, ActivityType.name, Need.description)
            .join(ActivityType, ActivityType.id == Need.activity_type_id)
            .where(
                Need.client_id == client_id,
                or_(Need.status == NeedStatus.OPEN.value, Need.id == (include_id or 0)),
            )
            .order_by(Need.reported_on.desc(), Need.id.desc())
        ).all()
    return [Option(nid, f"{name}: {desc}" if desc else name) for nid, name, desc in rows]
