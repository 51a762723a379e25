"""What the coalition's printed documents show, read from the database: the attendance list
and the minutes (protokół) of a meeting, and the yearly programme with planned against done.
Texts a document prints are left to output; this holds the facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.coalition.data import (
    ItemProgress,
    MeetingNotFound,
    ProgrammeNotFound,
    agenda_lines,
)
from coordinator_app.core.coalition.programme_queries import programme_progress
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.trainings.trainer import named_person_sex
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    CoalitionAttendee,
    CoalitionDecision,
    CoalitionMeeting,
    CoalitionTask,
    Organisation,
    Partner,
    Programme,
    ProgrammeItem,
    Staff,
)


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    institution: str  # the partner's full name, the OPS's for its staff, "" for a guest
    function: str
    present: bool


@dataclass(frozen=True)
class TaskLine:
    description: str
    responsible: str  # "Anna Nowak (Szkoła Podstawowa w Łąkiem)", or the institution alone
    due_on: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class MeetingSheet:
    organisation: str  # the OPS's full name
    locality: str  # the OPS's town, for "Łąkie, dnia …"
    number: str
    held_on: dt.date
    start_time: dt.time | None
    place: str
    status: str
    agenda: tuple[str, ...]
    chaired_by: str
    minuted_by: str
    discussion: str
    attendees: tuple[AttendeeLine, ...]
    decisions: tuple[str, ...]
    tasks: tuple[TaskLine, ...]
    chair_sex: str | None = None  # "K" / "M" (core.trainings.trainer), None when not known
    minutes_sex: str | None = None

    @property
    def present(self) -> tuple[AttendeeLine, ...]:
        return tuple(a for a in self.attendees if a.present)

    @property
    def excused(self) -> tuple[AttendeeLine, ...]:
        return tuple(a for a in self.attendees if not a.present)


def _organisation(session: Session) -> tuple[str, str]:
    org = session.get(Organisation, 1)
    if org is None:
        return "", ""
    return org.full_name or "", org.locality or ""


def _ops_short(session: Session) -> str:
    org = session.get(Organisation, 1)
    return (org.short_name if org is not None else None) or "OPS"


def _staff_names(session: Session) -> set[str]:
    """The OPS's people, folded, in either order of first name and surname."""
    names = set()
    for first, last in session.execute(select(Staff.first_name, Staff.last_name)):
        names |= {fold(f"{first} {last}"), fold(f"{last} {first}")}
    org = session.get(Organisation, 1)
    if org is not None and org.coordinator_name:
        names.add(fold(org.coordinator_name))
    return names


def meeting_sheet(db: Database, meeting_id: int) -> MeetingSheet:
    """A meeting's facts for its attendance list and minutes; raises `MeetingNotFound`."""
    with db.session() as session:
        m = session.get(CoalitionMeeting, meeting_id)
        if m is None:
            raise MeetingNotFound(meeting_id)
        organisation, locality = _organisation(session)
        partners = {pid: name for pid, name in session.execute(select(Partner.id, Partner.name))}
        staff = _staff_names(session)
        a = CoalitionAttendee
        attendees = []
        for r in session.scalars(select(a).where(a.meeting_id == meeting_id).order_by(a.id)):
            if r.partner_id is not None:
                institution = partners.get(r.partner_id, "")
            else:  # the OPS's own people by name; a guest's role is in the function
                institution = organisation if fold(r.person_name) in staff else ""
            attendees.append(AttendeeLine(r.person_name, institution, r.function or "", r.present))
        # The OPS's people first, then the partners by name, then the guests.
        attendees.sort(
            key=lambda x: (x.institution != organisation, not x.institution, polish_sort_key(x.institution))
        )
        d, t = CoalitionDecision, CoalitionTask
        decisions = tuple(
            session.scalars(select(d.text).where(d.meeting_id == meeting_id).order_by(d.position, d.id))
        )
        tasks = []
        for task in session.scalars(
            select(t).where(t.meeting_id == meeting_id).order_by(t.due_on.is_(None), t.due_on, t.id)
        ):
            institution = partners.get(task.partner_id, "") if task.partner_id else organisation
            person = task.responsible
            who = f"{person} ({institution})" if person and institution else person or institution
            tasks.append(TaskLine(task.description, who or "", task.due_on, task.done_on))
        return MeetingSheet(
            organisation=organisation,
            locality=locality,
            number=m.number or "",
            held_on=m.held_on,
            start_time=m.start_time,
            place=m.place,
            status=m.status,
            agenda=tuple(agenda_lines(m.agenda)),
            chaired_by=m.chaired_by or "",
            minuted_by=m.minuted_by or "",
            discussion=m.discussion or "",
            attendees=tuple(attendees),
            decisions=decisions,
            tasks=tuple(tasks),
            chair_sex=named_person_sex(session, m.chaired_by),
            minutes_sex=named_person_sex(session, m.minuted_by),
        )


@dataclass(frozen=True)
class ProgrammeSheet:
    organisation: str
    year: int
    title: str
    adopted_on: dt.date | None
    adopted_by: str
    introduction: str
    items: tuple[ItemProgress, ...]
    partners: tuple[str, ...]  # the lead partners named in the items, full names, in Polish order
    reported: bool  # printed after the fact: something is done or the year is over
    ops_short: str = "OPS"  # the OPS's short name, for the items it leads itself


def programme_sheet(db: Database, programme_id: int, today: dt.date | None = None) -> ProgrammeSheet:
    """A programme's facts for its PDF; raises `ProgrammeNotFound`."""
    today = today or dt.date.today()
    with db.session() as session:
        p = session.get(Programme, programme_id)
        if p is None:
            raise ProgrammeNotFound(programme_id)
        organisation, _locality = _organisation(session)
        items = programme_progress(session, p.year, today)
        lead = session.scalars(
            select(Partner.name)
            .join(ProgrammeItem, ProgrammeItem.partner_id == Partner.id)
            .where(ProgrammeItem.programme_id == programme_id)
            .distinct()
        ).all()
        return ProgrammeSheet(
            organisation=organisation,
            year=p.year,
            title=p.title,
            adopted_on=p.adopted_on,
            adopted_by=p.adopted_by or "",
            introduction=p.introduction or "",
            items=tuple(items),
            partners=tuple(sorted(lead, key=polish_sort_key)),
            reported=any(item.done for item in items) or today.year > p.year,
            ops_short=_ops_short(session),
        )
