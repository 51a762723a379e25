"""The certificate (zaświadczenie, art. 44 ust. 2) and the opinion (opinia, art. 44 ust. 3) of a
volunteer, built from CONFIRMED hours only (the thank-you diploma: thanks_data).

Scope is named by the activity types actually logged, in their generic dictionary wording;
descriptions of hours entries, places and clients are never read, so no client data can reach
a document for the volunteer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import AttendanceStatus, HoursStatus, VolunteerStatus
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    manager_signature,
    organisation_values,
    person_snapshot,
    person_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.grammar import lower_first
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Signature
from coordinator_app.core.trainings.trainer import named_person_sex
from coordinator_app.db.models import ActivityType, Agreement, Attendance, HoursEntry, TrainingSession
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.polish import hours_text, long_date

OTHER_ACTIVITY_CODE = "INNE"
OTHER_ACTIVITY_TEXT = "inne świadczenia na rzecz osób objętych wsparciem"
REGULAR_MONTHS = 3  # an average per month is stated from three months with hours

# The opinion's criteria: what the coordinator may tick (all positive; nothing is ever filled
# in from data, domain §8.3): UI label (English msgid) and the printed phrase (instrumental).
OPINION_CRITERIA: dict[str, tuple[str, str]] = {
    "reliability": (N_("reliability and diligence"), "rzetelnością i sumiennością"),
    "punctuality": (N_("punctuality"), "punktualnością"),
    "tact": (
        N_("courtesy and tact with clients"),
        "wysoką kulturą osobistą i taktem w kontaktach z podopiecznymi",
    ),
    "empathy": (N_("empathy"), "empatią i życzliwością"),
    "independence": (N_("independence"), "samodzielnością"),
    "cooperation": (
        N_("cooperation with the coordinator and social workers"),
        "dobrą współpracą z koordynatorem i pracownikami socjalnymi",
    ),
    "confidentiality": (N_("respect for confidentiality"), "przestrzeganiem zasad poufności"),
    "initiative": (N_("initiative"), "inicjatywą"),
}
# Competences the coordinator may tick for the opinion (printed as they are).
OPINION_COMPETENCES: dict[str, tuple[str, str]] = {
    "seniors": (N_("communicating with older people"), "komunikacja z osobami starszymi"),
    "children": (N_("educational support for children"), "wsparcie edukacyjne dzieci"),
    "events": (N_("organising events"), "organizacja wydarzeń"),
    "teamwork": (N_("teamwork"), "praca w zespole"),
    "digital": (N_("teaching digital skills"), "nauka obsługi komputera i telefonu"),
    "care": (N_("help in everyday matters"), "pomoc w sprawach dnia codziennego"),
}


@dataclass(frozen=True)
class ServiceSummary:
    first_day: dt.date
    last_day: dt.date
    minutes: int
    scope: list[str]  # generic activity wording, most hours first
    months: int  # distinct months with confirmed hours


def activity_wording(code: str, name: str) -> str:
    return OTHER_ACTIVITY_TEXT if code == OTHER_ACTIVITY_CODE else lower_first(name)


def service_summary(
    session: Session, volunteer_id: int, period_from: dt.date | None, period_to: dt.date | None
) -> ServiceSummary | None:
    """Confirmed hours of the volunteer in the period, by activity type; None when there are none."""
    conditions = [HoursEntry.volunteer_id == volunteer_id, HoursEntry.status == HoursStatus.CONFIRMED.value]
    if period_from:
        conditions.append(HoursEntry.work_date >= period_from)
    if period_to:
        conditions.append(HoursEntry.work_date <= period_to)
    rows = session.execute(
        select(
            ActivityType.code,
            ActivityType.name,
            func.sum(HoursEntry.minutes),
            func.min(HoursEntry.work_date),
            func.max(HoursEntry.work_date),
        )
        .join(ActivityType, ActivityType.id == HoursEntry.activity_type_id)
        .where(*conditions)
        .group_by(ActivityType.id)
    ).all()
    if not rows:
        return None
    months = session.scalar(
        select(
            func.count(
                func.distinct(
                    extract("year", HoursEntry.work_date) * 100 + extract("month", HoursEntry.work_date)
                )
            )
        ).where(*conditions)
    )
    ordered = sorted(rows, key=lambda row: (-int(row[2] or 0), row[1]))
    return ServiceSummary(
        first_day=min(row[3] for row in rows),
        last_day=max(row[4] for row in rows),
        minutes=sum(int(row[2] or 0) for row in rows),
        scope=[activity_wording(row[0], row[1]) for row in ordered],
        months=int(months or 0),
    )


def trainings(session: Session, volunteer_id: int, until: dt.date) -> list[str]:
    """Trainings attended (present or partly): `„RODO w OPS” – 5 marca 2025 r., 3 godziny`."""
    rows = session.execute(
        select(TrainingSession.title, TrainingSession.session_date, TrainingSession.duration_minutes)
        .join(Attendance, Attendance.session_id == TrainingSession.id)
        .where(
            Attendance.volunteer_id == volunteer_id,
            Attendance.status.in_((AttendanceStatus.PRESENT.value, AttendanceStatus.PARTLY.value)),
            TrainingSession.session_date <= until,
        )
        .order_by(TrainingSession.session_date, TrainingSession.id)
    ).all()
    return [f"„{title}” – {long_date(day)} r., {hours_text(minutes)}" for title, day, minutes in rows]


def agreements_text(session: Session, volunteer_id: int, first: dt.date, last: dt.date) -> str:
    """`porozumienia nr W/3/2025 z dnia 3 marca 2025 r.` (or several) covering the period."""
    rows = session.execute(
        select(Agreement.number, Agreement.concluded_on)
        .where(
            Agreement.volunteer_id == volunteer_id,
            Agreement.period_from <= last,
            (Agreement.period_to.is_(None)) | (Agreement.period_to >= first),
        )
        .order_by(Agreement.period_from, Agreement.id)
    ).all()
    items = [f"nr {number} z dnia {long_date(day)} r." for number, day in rows]
    if not items:
        return ""
    if len(items) == 1:
        return f"porozumienia {items[0]}"
    return "porozumień: " + "; ".join(items)


def _still_active(session: Session, volunteer_id: int, status: str, on: dt.date) -> bool:
    if status != VolunteerStatus.ACTIVE.value:
        return False
    found = session.scalar(
        select(Agreement.id)
        .where(
            Agreement.volunteer_id == volunteer_id,
            Agreement.period_from <= on,
            (Agreement.period_to.is_(None)) | (Agreement.period_to >= on),
            (Agreement.terminated_on.is_(None)) | (Agreement.terminated_on >= on),
        )
        .limit(1)
    )
    return found is not None


def _period(options: dict[str, Any], key: str) -> dt.date | None:
    value = options.get(key)
    return dt.date.fromisoformat(value) if value else None


def assemble_certificate(
    session: Session, volunteer_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    """Options: `period_from`/`period_to` (ISO dates) to limit the period, `hours` and
    `trainings` (print them, default yes), `purpose` ("w celu przedłożenia …")."""
    options = {"hours": True, "trainings": True, **(options or {})}
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    period_from, period_to = _period(options, "period_from"), _period(options, "period_to")
    summary = service_summary(session, volunteer.id, period_from, period_to or issued_on)
    if summary is None:
        raise DocumentRefused(
            _(
                "The volunteer has no confirmed hours in this period. A certificate confirms services "
                "from confirmed hours only: confirm the hours first."
            )
        )
    flags: set[str] = set()
    ended = period_to is not None or not _still_active(session, volunteer.id, volunteer.status, issued_on)
    if ended:
        flags.add("zakonczone")
        if summary.first_day == summary.last_day:
            flags.add("jeden_dzien")
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(
        {
            "data_od": long_date(summary.first_day),
            "data_do": long_date(summary.last_day),
            "godziny": hours_text(summary.minutes),
            "cel": " ".join(str(options.get("purpose") or "").split()).rstrip("."),
            "porozumienia": agreements_text(session, volunteer.id, summary.first_day, summary.last_day),
            "data_wydania": long_date(issued_on),
        }
    )
    if options["hours"]:
        flags.add("godziny")
    if values["cel"]:
        flags.add("cel")
    if values["porozumienia"]:
        flags.add("porozumienie")
    training_list = trainings(session, volunteer.id, issued_on) if options["trainings"] else []
    if training_list:
        flags.add("szkolenia")
        if len(training_list) == 1:
            flags.add("jedno_szkolenie")  # "ukończyła szkolenie:", not "szkolenia:"
    snapshot = person_snapshot(
        kind=DocumentKind.CERTIFICATE.value,
        subject=f"certificate:{volunteer.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        lists={"scope": summary.scope, "trainings": training_list},
        signatures=[manager_signature(org)],
        options={key: options[key] for key in ("hours", "trainings") if key in options},
        volunteer_id=volunteer.id,
    )
    if org.coordinator_name:
        snapshot.fields["sporzadzil"] = org.coordinator_name
        coordinator_is = named_person_sex(session, org.coordinator_name)  # "Sporządziła" for a woman
        snapshot.fields["sporzadzil_forma"] = {"M": "Sporządził", "K": "Sporządziła"}.get(
            coordinator_is or "", "Sporządził(a)"
        )
    return Assembled(snapshot, [])


@dataclass
class OpinionInput:
    """What the coordinator writes in the guided editor. Only ticked criteria are printed, and
    only in positive words; the assessment itself is the coordinator's own text."""

    assessment: str = ""
    criteria: list[str] | None = None  # keys of OPINION_CRITERIA
    competences: list[str] | None = None  # keys of OPINION_COMPETENCES
    skills: str = ""
    recommendation: str = ""
    show_hours: bool = True
    show_average: bool = True
    show_trainings: bool = True
    period_from: dt.date | None = None
    period_to: dt.date | None = None


def opinion_paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n") if part.strip()]


def assemble_opinion(
    session: Session, volunteer_id: int, issued_on: dt.date, opinion: OpinionInput
) -> Assembled:
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    if not opinion.assessment.strip():
        raise DocumentRefused(_("Write the assessment: an opinion is written by the coordinator."))
    unknown = [key for key in (opinion.criteria or []) if key not in OPINION_CRITERIA]
    unknown += [key for key in (opinion.competences or []) if key not in OPINION_COMPETENCES]
    if unknown:
        raise DocumentRefused(_("Unknown criteria: {names}.").format(names=", ".join(unknown)))
    summary = service_summary(session, volunteer.id, opinion.period_from, opinion.period_to or issued_on)
    if summary is None:
        raise DocumentRefused(
            _("The volunteer has no confirmed hours in this period; an opinion describes services performed.")
        )
    flags: set[str] = set()
    ended = opinion.period_to is not None or not _still_active(
        session, volunteer.id, volunteer.status, issued_on
    )
    period = (
        f"w okresie od {long_date(summary.first_day)} r. do {long_date(summary.last_day)} r."
        if ended
        else f"od {long_date(summary.first_day)} r."
    )
    agreements = agreements_text(session, volunteer.id, summary.first_day, summary.last_day)
    criteria = [OPINION_CRITERIA[key][1] for key in OPINION_CRITERIA if key in (opinion.criteria or [])]
    competences = [
        OPINION_COMPETENCES[key][1] for key in OPINION_COMPETENCES if key in (opinion.competences or [])
    ]
    months = max(summary.months, 1)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(
        {
            "okres": period,
            "podstawa": f", na podstawie {agreements}" if agreements else "",
            "godziny": hours_text(summary.minutes),
            "godziny_miesiecznie": hours_text(round(summary.minutes / months)),
            "kryteria": ", ".join(criteria),
            "data_wydania": long_date(issued_on),
        }
    )
    if opinion.show_hours:
        flags.add("godziny")
        if opinion.show_average and summary.months >= REGULAR_MONTHS:
            flags.add("regularnie")
    if criteria:
        flags.add("kryteria")
    snapshot = person_snapshot(
        kind=DocumentKind.OPINION.value,
        subject=f"opinion:{volunteer.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        lists={
            "scope": summary.scope,
            "assessment": opinion_paragraphs(opinion.assessment),
            "skills": opinion_paragraphs(opinion.skills),
            "competences": competences,
            "recommendation": opinion_paragraphs(opinion.recommendation),
            "trainings": trainings(session, volunteer.id, issued_on) if opinion.show_trainings else [],
        },
        signatures=[
            manager_signature(org),
            Signature("Koordynator wolontariatu", org.coordinator_name or ""),
        ],
        options={
            "criteria": [key for key in OPINION_CRITERIA if key in (opinion.criteria or [])],
            "competences": [key for key in OPINION_COMPETENCES if key in (opinion.competences or [])],
        },
        volunteer_id=volunteer.id,
    )
    return Assembled(snapshot, [])


def opinion_input_from(options: dict[str, Any]) -> OpinionInput:
    """An OpinionInput from plain options (the command line, a stored draft)."""

    def day(key: str) -> dt.date | None:
        value = options.get(key)
        return dt.date.fromisoformat(value) if value else None

    return OpinionInput(
        assessment=str(options.get("assessment") or ""),
        criteria=list(options.get("criteria") or []),
        competences=list(options.get("competences") or []),
        skills=str(options.get("skills") or ""),
        recommendation=str(options.get("recommendation") or ""),
        show_hours=bool(options.get("show_hours", True)),
        show_average=bool(options.get("show_average", True)),
        show_trainings=bool(options.get("show_trainings", True)),
        period_from=day("period_from"),
        period_to=day("period_to"),
    )
