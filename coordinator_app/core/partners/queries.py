"""Partner reads: the list, one partner for the form, its details and share, pick-lists.

Who counts for a partner (agreed with the actions and reports): a volunteer came through it
when `volunteers.partner_id` names it or one of their action sign-ups does; a sign-up belongs
to the partner it names, and one that names none to the partner the volunteer came through
(`coalesce(action_signups.partner_id, volunteers.partner_id)`). Hours of a sign-up are the
confirmed hours entry made from its attendance (`action_signups.hours_entry_id`). Every figure
is summed in SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, union
from sqlalchemy.orm import Session

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.options import Option
from coordinator_app.core.partners.data import (
    CONTACT_FIELDS,
    PARTNER_FIELDS,
    ContactData,
    PartnerAction,
    PartnerData,
    PartnerDetails,
    PartnerNotFound,
    PartnerRow,
    PartnerShare,
    PartnerVolunteer,
    partner_kind_label,
)
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    HoursEntry,
    Partner,
    PartnerContact,
    Village,
    Volunteer,
)

CONFIRMED_MINUTES = func.coalesce(
    func.sum(case((HoursEntry.status == HoursStatus.CONFIRMED.value, HoursEntry.minutes), else_=0)), 0
)


def _partner_row(session: Session, partner_id: int) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise PartnerNotFound(partner_id)
    return row


def _contacts(session: Session, partner_id: int) -> list[ContactData]:
    rows = session.scalars(
        select(PartnerContact)
        .where(PartnerContact.partner_id == partner_id)
        .order_by(PartnerContact.primary.desc(), PartnerContact.id)
    )
    return [ContactData(**{name: getattr(row, name) for name in CONTACT_FIELDS}, id=row.id) for row in rows]


def partner_data(session: Session, partner_id: int) -> PartnerData:
    row = _partner_row(session, partner_id)
    data = PartnerData(**{name: getattr(row, name) for name in PARTNER_FIELDS})
    data.contacts = _contacts(session, partner_id)
    return data


def get_partner(db: Database, partner_id: int) -> PartnerData:
    with db.session() as session:
        return partner_data(session, partner_id)


# --- the list ---------------------------------------------------------------------------------
def _volunteers_by_partner() -> Select[Any]:
    """(partner_id, number of volunteers who came through it)."""
    pairs = union(
        select(Volunteer.id.label("volunteer_id"), Volunteer.partner_id.label("partner_id")).where(
            Volunteer.partner_id.is_not(None)
        ),
        select(ActionSignup.volunteer_id, ActionSignup.partner_id).where(
            ActionSignup.partner_id.is_not(None)
        ),
    ).subquery()
    return select(pairs.c.partner_id, func.count().label("n")).group_by(pairs.c.partner_id)


def _actions_by_partner() -> Select[Any]:
    """(partner_id, number of actions it organised or joined)."""
    pairs = union(
        select(Action.id.label("action_id"), Action.organiser_partner_id.label("partner_id")).where(
            Action.organiser_partner_id.is_not(None)
        ),
        select(ActionPartner.action_id, ActionPartner.partner_id),
    ).subquery()
    return select(pairs.c.partner_id, func.count().label("n")).group_by(pairs.c.partner_id)


def _main_contacts(session: Session) -> dict[int, str]:
    """Each partner's main contact person (else its first one), "Name Surname (role)"."""
    found: dict[int, str] = {}
    rows = session.execute(
        select(
            PartnerContact.partner_id,
            PartnerContact.first_name,
            PartnerContact.last_name,
            PartnerContact.role,
        ).order_by(PartnerContact.partner_id, PartnerContact.primary.desc(), PartnerContact.id)
    )
    for partner_id, first, last, role in rows:
        if partner_id not in found:
            found[partner_id] = f"{first} {last}" + (f" ({role})" if role else "")
    return found


def list_partners(db: Database) -> list[PartnerRow]:
    """Every partner, inactive ones included, by name."""
    with db.session() as session:
        volunteers: dict[int, int] = {pid: n for pid, n in session.execute(_volunteers_by_partner())}
        actions: dict[int, int] = {pid: n for pid, n in session.execute(_actions_by_partner())}
        contacts = _main_contacts(session)
        rows = session.execute(
            select(Partner, Village.name).outerjoin(Village, Village.id == Partner.village_id)
        ).all()
        result = []
        for partner, village in rows:
            contact = contacts.get(partner.id)
            words = (
                partner.name,
                partner.short_name,
                partner_kind_label(partner.kind),
                partner.locality,
                village,
                contact,
            )
            result.append(
                PartnerRow(
                    id=partner.id,
                    name=partner.name,
                    short_name=partner.short_name,
                    kind=partner.kind,
                    locality=partner.locality or "",
                    village=village,
                    contact=contact,
                    phone=partner.phone,
                    coalition_member=partner.coalition_member,
                    active=partner.active,
                    volunteers=int(volunteers.get(partner.id, 0)),
                    actions=int(actions.get(partner.id, 0)),
                    agreement_number=partner.agreement_number,
                    search_text=fold(" ".join(word for word in words if word)),
                )
            )
    return sorted(result, key=lambda row: polish_sort_key(row.name))


def partner_options(db: Database, keep: int | None = None) -> list[Option]:
    """Active partners for a pick-list (by short name, else name), with `keep` even when it
    is no longer active (the one a record already names)."""
    with db.session() as session:
        rows = session.execute(
            select(Partner.id, Partner.name, Partner.short_name).where(
                or_(Partner.active.is_(True), Partner.id == (keep if keep is not None else -1))
            )
        ).all()
    options = [Option(pid, short or name) for pid, name, short in rows]
    return sorted(options, key=lambda option: polish_sort_key(option.name))


def partner_options_for_volunteer(db: Database, volunteer_id: int | None) -> list[Option]:
    """The partners a volunteer's form offers: the active ones and the one already recorded."""
    keep = None
    if volunteer_id is not None:
        with db.session() as session:
            keep = session.scalar(select(Volunteer.partner_id).where(Volunteer.id == volunteer_id))
    return partner_options(db, keep)


# --- details and share ------------------------------------------------------------------------
def _signups_of(partner_id: int, period: tuple[dt.date, dt.date] | None = None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        func.coalesce(ActionSignup.partner_id, Volunteer.partner_id) == partner_id
    ]
    if period is not None:
        shift_dates = select(ActionShift.id).where(ActionShift.shift_date.between(*period))
        conditions.append(ActionSignup.shift_id.in_(shift_dates))
    return conditions


def _partner_volunteers(session: Session, partner_id: int) -> tuple[PartnerVolunteer, ...]:
    signups = (
        select(
            ActionSignup.volunteer_id.label("volunteer_id"),
            func.count(ActionSignup.id).label("signups"),
            CONFIRMED_MINUTES.label("minutes"),
        )
        .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
        .outerjoin(HoursEntry, HoursEntry.id == ActionSignup.hours_entry_id)
        .where(*_signups_of(partner_id))
        .group_by(ActionSignup.volunteer_id)
        .subquery()
    )
    totals = (
        select(HoursEntry.volunteer_id.label("volunteer_id"), func.sum(HoursEntry.minutes).label("minutes"))
        .where(HoursEntry.status == HoursStatus.CONFIRMED.value)
        .group_by(HoursEntry.volunteer_id)
        .subquery()
    )
    came_by_signup = select(ActionSignup.volunteer_id).where(ActionSignup.partner_id == partner_id)
    rows = session.execute(
        select(
            Volunteer.id,
            Volunteer.last_name,
            Volunteer.first_name,
            Volunteer.locality,
            Volunteer.status,
            func.coalesce(Volunteer.partner_id == partner_id, literal(False)),
            func.coalesce(signups.c.signups, 0),
            func.coalesce(signups.c.minutes, 0),
            func.coalesce(totals.c.minutes, 0),
        )
        .outerjoin(signups, signups.c.volunteer_id == Volunteer.id)
        .outerjoin(totals, totals.c.volunteer_id == Volunteer.id)
        .where(or_(Volunteer.partner_id == partner_id, Volunteer.id.in_(came_by_signup)))
    ).all()
    found = [
        PartnerVolunteer(
            vid, f"{last} {first}", locality, status, bool(own), int(n), int(minutes), int(total)
        )
        for vid, last, first, locality, status, own, n, minutes, total in rows
    ]
    return tuple(sorted(found, key=lambda v: polish_sort_key(v.name)))


def _partner_actions(session: Session, partner_id: int) -> tuple[PartnerAction, ...]:
    joined = (
        select(ActionPartner.action_id.label("action_id"), ActionPartner.contribution.label("contribution"))
        .where(ActionPartner.partner_id == partner_id)
        .subquery()
    )
    stats = (
        select(
            ActionShift.action_id.label("action_id"),
            func.count(ActionSignup.id).label("signups"),
            CONFIRMED_MINUTES.label("minutes"),
        )
        .join(ActionSignup, ActionSignup.shift_id == ActionShift.id)
        .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
        .outerjoin(HoursEntry, HoursEntry.id == ActionSignup.hours_entry_id)
        .where(*_signups_of(partner_id))
        .group_by(ActionShift.action_id)
        .subquery()
    )
    organiser = Action.organiser_partner_id == partner_id
    rows = session.execute(
        select(
            Action.id,
            Action.name,
            Action.date_from,
            Action.date_to,
            Action.status,
            func.coalesce(organiser, literal(False)),
            joined.c.contribution,
            func.coalesce(stats.c.signups, 0),
            func.coalesce(stats.c.minutes, 0),
        )
        .outerjoin(joined, joined.c.action_id == Action.id)
        .outerjoin(stats, stats.c.action_id == Action.id)
        .where(or_(organiser, joined.c.action_id.is_not(None)))
        .order_by(Action.date_from.desc(), Action.id.desc())
    ).all()
    return tuple(
        PartnerAction(aid, name, start, end, status, bool(own), contribution, int(n), int(minutes))
        for aid, name, start, end, status, own, contribution, n, minutes in rows
    )


def partner_share(
    session: Session, partner_id: int, period: tuple[dt.date, dt.date] | None = None
) -> PartnerShare:
    """The partner's share, over every date or within `period` (both ends included): actions
    it organised or joined (by their first day), its volunteers' action sign-ups and their
    confirmed hours, and all confirmed hours of the volunteers who came through it."""
    action_dates: list[ColumnElement[bool]] = [] if period is None else [Action.date_from.between(*period)]
    organised = session.scalar(
        select(func.count(Action.id)).where(Action.organiser_partner_id == partner_id, *action_dates)
    )
    joined = session.scalar(
        select(func.count(ActionPartner.id))
        .join(Action, Action.id == ActionPartner.action_id)
        .where(
            ActionPartner.partner_id == partner_id,
            or_(Action.organiser_partner_id.is_(None), Action.organiser_partner_id != partner_id),
            *action_dates,
        )
    )
    action_minutes = session.scalar(
        select(CONFIRMED_MINUTES)
        .select_from(ActionSignup)
        .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
        .outerjoin(HoursEntry, HoursEntry.id == ActionSignup.hours_entry_id)
        .where(*_signups_of(partner_id, period))
    )
    came = or_(
        Volunteer.partner_id == partner_id,
        Volunteer.id.in_(select(ActionSignup.volunteer_id).where(ActionSignup.partner_id == partner_id)),
    )
    volunteers = session.scalar(select(func.count(Volunteer.id)).where(came))
    hour_dates: list[ColumnElement[bool]] = [] if period is None else [HoursEntry.work_date.between(*period)]
    volunteer_minutes = session.scalar(
        select(func.coalesce(func.sum(HoursEntry.minutes), 0))
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .where(and_(came, HoursEntry.status == HoursStatus.CONFIRMED.value, *hour_dates))
    )
    return PartnerShare(
        int(organised or 0),
        int(joined or 0),
        int(volunteers or 0),
        int(action_minutes or 0),
        int(volunteer_minutes or 0),
    )


def get_partner_details(db: Database, partner_id: int) -> PartnerDetails:
    with db.session() as session:
        row = _partner_row(session, partner_id)
        village = (
            session.scalar(select(Village.name).where(Village.id == row.village_id))
            if row.village_id
            else None
        )
        return PartnerDetails(
            id=partner_id,
            data=partner_data(session, partner_id),
            village=village,
            agreement_number=row.agreement_number,
            agreement_signed_on=row.agreement_signed_on,
            volunteers=_partner_volunteers(session, partner_id),
            actions=_partner_actions(session, partner_id),
            share=partner_share(session, partner_id),
        )
