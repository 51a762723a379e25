"""The training certificate, the referral (skierowanie), the monthly hours card and the blank
intake form.

The referral names the volunteer, the OPS, the activity and the coordinator: never the
volunteer's PESEL or address (it is shown to a family) and never the client.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import AttendanceStatus, HoursStatus
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    coordinator_signature,
    full_name,
    letterhead,
    manager_signature,
    organisation_values,
    person_snapshot,
    person_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.grammar import gendered, lower_first
from coordinator_app.core.issuing.organisation import OrganisationData
from coordinator_app.core.issuing.snapshot import (
    Assembled,
    DocumentNotFound,
    DocumentRefused,
    Signature,
    Snapshot,
)
from coordinator_app.core.issuing.volunteer_data import activity_wording
from coordinator_app.core.rules import AgeGroup, age_group, age_on
from coordinator_app.core.trainings.data import programme_lines
from coordinator_app.core.trainings.trainer import named_person_sex, trainer_label
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    AssignmentSchedule,
    Attendance,
    HoursEntry,
    TrainingSession,
    Volunteer,
)
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import (
    hours_genitive,
    hours_text,
    lessons_genitive,
    long_date,
    month_year,
    short_date,
)

LESSON_MINUTES = 45
WEEKDAYS = ("poniedziałki", "wtorki", "środy", "czwartki", "piątki", "soboty", "niedziele")
TIMESHEET_MIN_ROWS = 12  # the card has room for entries written in by hand
TIMESHEET_STATUSES = (HoursStatus.PLANNED.value, HoursStatus.DONE.value, HoursStatus.CONFIRMED.value)
STATUS_REMARKS = {HoursStatus.CONFIRMED.value: "zatwierdzone", HoursStatus.PLANNED.value: "planowane"}


def _session_row(session: Session, session_id: int) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise DocumentNotFound(_("There is no training session with id {id}.").format(id=session_id))
    return row


def duration_text(minutes: int, unit: str) -> str:
    """After "w wymiarze": `3 godzin zegarowych`, `1,5 godziny zegarowej`, `4 godzin dydaktycznych`."""
    if unit == "lesson45" and minutes % LESSON_MINUTES == 0:
        return lessons_genitive(minutes)
    return hours_genitive(minutes, ("zegarowej", "zegarowych"))


def assemble_training_certificate(
    session: Session, session_id: int, volunteer_id: int, issued_on: dt.date
) -> Assembled:
    training = _session_row(session, session_id)
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    attendance = session.scalars(
        select(Attendance).where(Attendance.session_id == session_id, Attendance.volunteer_id == volunteer_id)
    ).first()
    if attendance is None:
        raise DocumentRefused(_("The volunteer is not on the list of this training session."))
    if attendance.status not in (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTLY.value):
        raise DocumentRefused(
            _("The volunteer's attendance is not recorded as present, so no certificate can be issued.")
        )
    if training.session_date > issued_on:
        raise DocumentRefused(_("The training has not taken place yet."))
    flags = {"ukonczone"} if attendance.status == AttendanceStatus.PRESENT.value else set()
    if training.remote:
        flags.add("zdalne")
    programme = programme_lines(training.programme)
    if programme:
        flags.add("program")
    trainer = training.trainer_name
    if training.trainer_qualifications:
        trainer += f" – {training.trainer_qualifications}"
    if training.trainer_organisation:
        trainer += f" ({training.trainer_organisation})"
    trainer_is = named_person_sex(session, training.trainer_name)
    if trainer_is:
        flags.add("prowadzacy_plec")
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(
        {
            "prowadzacy.plec": trainer_is or "",
            "tytul": training.title,
            "organizator": training.organiser or org.full_name,
            "data_szkolenia": long_date(training.session_date),
            "miejsce": training.place or org.locality or "",
            "wymiar": duration_text(training.duration_minutes, training.duration_unit),
            "prowadzacy": trainer,
        }
    )
    issued = attendance.certificate_issued_on or issued_on
    values["data_wydania"] = long_date(issued)
    snapshot = person_snapshot(
        kind=DocumentKind.TRAINING_CERTIFICATE.value,
        subject=f"training_certificate:{session_id}:{volunteer_id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued,
        values=values,
        flags=flags,
        lists={"programme": programme},
        signatures=[
            manager_signature(org),
            Signature(f"{trainer_label(trainer_is)} szkolenie", training.trainer_name),
        ],
        volunteer_id=volunteer.id,
        training_session_id=training.id,
    )
    return Assembled(
        snapshot,
        [],
        own_number=attendance.certificate_number or None,
        own_date=attendance.certificate_issued_on.isoformat() if attendance.certificate_issued_on else None,
    )


def _assignment_row(session: Session, assignment_id: int) -> Assignment:
    row = session.get(Assignment, assignment_id)
    if row is None:
        raise DocumentNotFound(_("There is no assignment with id {id}.").format(id=assignment_id))
    return row


def schedule_text(session: Session, assignment_id: int) -> str:
    """`wtorki 16:00–18:00; czwartki 10:00–12:00 (co drugi tydzień)`."""
    rows = session.scalars(
        select(AssignmentSchedule)
        .where(AssignmentSchedule.assignment_id == assignment_id)
        .order_by(AssignmentSchedule.weekday, AssignmentSchedule.start_time)
    ).all()
    parts = []
    for row in rows:
        text = f"{WEEKDAYS[row.weekday % 7]} {row.start_time:%H:%M}–{row.end_time:%H:%M}"
        if row.every_other_week:
            text += " (co drugi tydzień)"
        parts.append(text)
    return "; ".join(parts)


def assemble_referral(session: Session, assignment_id: int, issued_on: dt.date) -> Assembled:
    assignment = _assignment_row(session, assignment_id)
    volunteer = volunteer_row(session, assignment.volunteer_id)
    org = require_organisation(session)
    agreement = session.get(Agreement, assignment.agreement_id)
    activity = session.get(ActivityType, assignment.activity_type_id)
    if agreement is None or activity is None:
        raise DocumentNotFound(_("There is no assignment with id {id}.").format(id=assignment_id))
    schedule = schedule_text(session, assignment.id)
    flags = set()
    if schedule:
        flags.add("harmonogram")
    if assignment.place:
        flags.add("miejsce")
    start = assignment.date_from
    # the referral lasts as long as the assignment, and never beyond the agreement it rests on
    ends = [day for day in (assignment.date_to, agreement.period_to, agreement.terminated_on) if day]
    if ends:
        flags.add("do_dnia")
        if min(ends) == start:
            flags.add("jeden_dzien")  # "w dniu 6 czerwca", not "od dnia 6 czerwca do dnia 6 czerwca"
    group = age_group(age_on(volunteer.birth_date, start))
    escort = " ".join((agreement.minor_escort or "").split()).rstrip(".")
    if group is AgeGroup.CHILD:  # no identity document to show; the adult on site named
        flags.add("ponizej_13")
        if escort:
            flags.add("towarzyszy")
    values = organisation_values(org, session)
    values["imie_nazwisko"] = full_name(volunteer)  # no birth date, PESEL or address here
    values["opiekun_na_miejscu"] = escort
    values.update(
        {
            "numer_porozumienia": agreement.number,
            "rodzaj_dzialania": activity_wording(activity.code, activity.name),
            "data_od": long_date(start),
            "data_do": long_date(min(ends)) if ends else "",
            "harmonogram": schedule,
            "miejsce": assignment.place or "",
            "data_wydania": long_date(issued_on),
        }
    )
    snapshot = person_snapshot(
        kind=DocumentKind.REFERRAL.value,
        subject=f"referral:{assignment.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=[
            Signature("Koordynator wolontariatu", org.coordinator_name or ""),
            manager_signature(org),
        ],
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
        assignment_id=assignment.id,
    )
    return Assembled(snapshot, [])


def _timesheet_rows(session: Session, assignment: Assignment, month: Month) -> tuple[list[list[str]], int]:
    """The card's rows (date, hours, time, activity, description, remark) and the minutes."""
    entries = session.execute(
        select(
            HoursEntry.work_date,
            HoursEntry.time_from,
            HoursEntry.time_to,
            HoursEntry.minutes,
            ActivityType.code,
            ActivityType.name,
            HoursEntry.description,
            HoursEntry.status,
        )
        .join(ActivityType, ActivityType.id == HoursEntry.activity_type_id)
        .where(
            HoursEntry.assignment_id == assignment.id,
            HoursEntry.work_date >= month.first,
            HoursEntry.work_date <= month.last,
            HoursEntry.status.in_(TIMESHEET_STATUSES),
        )
        .order_by(HoursEntry.work_date, HoursEntry.time_from, HoursEntry.id)
    ).all()
    rows = []
    total = 0
    for day, start, end, minutes, code, name, description, status in entries:
        total += minutes
        hours = f"{start:%H:%M}–{end:%H:%M}" if start is not None and end is not None else ""
        rows.append(
            [
                short_date(day),
                hours,
                hours_text(minutes).replace("\u00a0", " "),
                activity_wording(code, name),
                description or "",
                STATUS_REMARKS.get(status, ""),
            ]
        )
    return rows, total


def _timesheet_details(
    volunteer: Volunteer, month: Month, agreement_number: str, assignment: Assignment, activity: str
) -> list[list[str]]:
    details = [
        (
            gendered(volunteer.sex, "Wolontariusz", "Wolontariuszka") if volunteer.sex else "Wolontariusz/ka",
            full_name(volunteer),
        ),
        ("Miesiąc", month_year(month.first)),
        ("Porozumienie nr", agreement_number),
        ("Przydział nr", assignment.number or str(assignment.id)),
        ("Rodzaj działania", activity),
    ]
    return [list(pair) for pair in details if pair[1]]


def _timesheet_signatures(
    session: Session, volunteer: Volunteer, org: OrganisationData, child: bool
) -> list[Signature]:
    """The volunteer's signature; a child's card is signed by the legal representative."""
    if child:
        person = Signature("Podpis przedstawiciela ustawowego", volunteer.guardian_name or "")
    else:
        person = Signature(
            "Podpis " + gendered(volunteer.sex, "wolontariusza", "wolontariuszki"), full_name(volunteer)
        )
    return [person, coordinator_signature(session, org)]


def assemble_timesheet(session: Session, assignment_id: int, month: Month, issued_on: dt.date) -> Assembled:
    first, last = month.first, month.last
    assignment = _assignment_row(session, assignment_id)
    volunteer = volunteer_row(session, assignment.volunteer_id)
    org = require_organisation(session)
    agreement = session.get(Agreement, assignment.agreement_id)
    if assignment.date_from > last or (assignment.date_to is not None and assignment.date_to < first):
        raise DocumentRefused(_("The assignment does not run in that month."))
    rows, total = _timesheet_rows(session, assignment, month)
    activity = session.get(ActivityType, assignment.activity_type_id)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(
        {
            "miesiac_rok": month_year(first),
            "numer_porozumienia": agreement.number if agreement else "",
            "data_wydania": long_date(issued_on),
        }
    )
    activity_name = lower_first(activity.name) if activity else ""
    child = age_group(age_on(volunteer.birth_date, first)) is AgeGroup.CHILD  # no statement of their own
    details = _timesheet_details(volunteer, month, values["numer_porozumienia"], assignment, activity_name)
    snapshot = person_snapshot(
        kind=DocumentKind.TIMESHEET.value,
        subject=f"timesheet:{assignment.id}:{month.key}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        lists={
            "entries": rows,
            "details": details,
            "total": [hours_text(total).replace("\u00a0", " ")],
            "blank_rows": [max(TIMESHEET_MIN_ROWS - len(rows), 4)],
        },
        flags={"ponizej_13"} if child else set(),
        signatures=_timesheet_signatures(session, volunteer, org, child),
        volunteer_id=volunteer.id,
        agreement_id=assignment.agreement_id,
        assignment_id=assignment.id,
    )
    return Assembled(snapshot, [])


def assemble_intake_form(session: Session, issued_on: dt.date) -> Assembled:
    """The blank application form: the organisation, the activity types of the dictionary to
    tick, the availability grid and the RODO clause."""
    org = require_organisation(session)
    activities = session.execute(
        select(ActivityType.code, ActivityType.name)
        .where(ActivityType.active.is_(True))
        .order_by(ActivityType.sort_order, ActivityType.id)
    ).all()
    values = organisation_values(org, session)
    values["klauzula_rodo"] = org.gdpr_clause or ""
    values["data_wydania"] = long_date(issued_on)
    snapshot = Snapshot(
        kind=DocumentKind.INTAKE_FORM.value,
        subject=DocumentKind.INTAKE_FORM.value,
        issued_on=issued_on.isoformat(),
        fields=values,
        lists={"activities": [activity_wording(code, name) for code, name in activities]},
        letterhead=letterhead(org),
        signatures=[
            Signature("data i czytelny podpis kandydata"),
            Signature("podpis przedstawiciela ustawowego (osoby niepełnoletnie)"),
        ],
    )
    return Assembled(snapshot, [])
