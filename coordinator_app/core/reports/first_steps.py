"""The first-run checklist of the dashboard, and why matching found nobody (Qt-free).

`first_steps(db)` says, step by step, what a new database still lacks before the first
volunteer works for the first client: the organisation's data, staff, villages, a volunteer,
their training, a client with a need, the agreement, activation, the assignment and the first
hours. Each step is one cheap EXISTS query; a step may name the record its window should open
(`record_id`). `empty_match_reason` explains an empty matching list and names the next step.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import AttendanceStatus, VolunteerStatus
from coordinator_app.core.matching.data import NeedMatch
from coordinator_app.core.settings import AppSetting
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Attendance,
    Client,
    HoursEntry,
    Need,
    Organisation,
    Staff,
    Village,
    Volunteer,
)
from coordinator_app.i18n import _, ngettext

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTLY.value)
ACTIVE = VolunteerStatus.ACTIVE.value
CANDIDATE = VolunteerStatus.CANDIDATE.value

# 1: the coordinator hid the checklist before finishing it.
FIRST_STEPS_HIDDEN = AppSetting("first_steps_hidden", int, 0, minimum=0, maximum=1)

# The steps in the order a coordinator takes them on the first day.
STEP_KEYS = (
    "organisation",
    "staff",
    "villages",
    "volunteer",
    "training",
    "client",
    "agreement",
    "activation",
    "assignment",
    "hours",
)


@dataclass(frozen=True)
class FirstStep:
    key: str  # one of STEP_KEYS: the window the step opens
    title: str
    hint: str  # what to do there, one sentence
    done: bool
    record_id: int | None = None  # the record the step's window opens, where there is one


def _any(session: Session, *condition: object) -> bool:
    return bool(session.scalar(select(exists().where(*condition))))  # type: ignore[arg-type]


def _first(session: Session, column: object, *condition: object) -> int | None:
    return session.scalar(select(func.min(column)).where(*condition))  # type: ignore[arg-type]


def _done(session: Session) -> dict[str, bool]:
    return {
        "organisation": _any(session, Organisation.full_name != ""),
        "staff": _any(session, Staff.active.is_(True), Staff.is_social_worker.is_(True)),
        "villages": _any(session, Village.active.is_(True)) and _any(session, ActivityType.active.is_(True)),
        "volunteer": _any(session, Volunteer.id.is_not(None)),
        "training": _any(session, Attendance.status.in_(ATTENDED)),
        "client": _any(session, Need.id.is_not(None)),
        "agreement": _any(session, Agreement.id.is_not(None)),
        "activation": _any(session, Volunteer.status == ACTIVE),
        "assignment": _any(session, Assignment.id.is_not(None)),
        "hours": _any(session, HoursEntry.id.is_not(None)),
    }


def _records(session: Session) -> dict[str, int | None]:
    """The record each step's window opens: the client without a need yet, the volunteer
    without an agreement, the candidate to activate."""
    live = Volunteer.archived.is_(False)
    with_agreement = select(Agreement.volunteer_id)
    return {
        "client": _first(session, Client.id),
        "agreement": _first(session, Volunteer.id, live, Volunteer.id.not_in(with_agreement))
        or _first(session, Volunteer.id, live),
        "activation": _first(
            session, Volunteer.id, live, Volunteer.status == CANDIDATE, Volunteer.id.in_(with_agreement)
        )
        or _first(session, Volunteer.id, live, Volunteer.status == CANDIDATE),
    }


def _texts() -> dict[str, tuple[str, str]]:
    return {
        "organisation": (
            _("Organisation data"),
            _("The name, address and manager printed on every document."),
        ),
        "staff": (
            _("Staff"),
            _("Social workers and the manager: each client needs a social worker."),
        ),
        "villages": (
            _("Activity types and villages"),
            _("The villages you serve (with distances) and the kinds of help you offer."),
        ),
        "volunteer": (_("First volunteer"), _("Enter the volunteer from the application form.")),
        "training": (
            _("First training"),
            _("Add the training session, then record who attended (Attendance)."),
        ),
        "client": (_("First client and need"), _("Enter the client, then add what help they need.")),
        "agreement": (
            _("First agreement"),
            _("In the volunteer's window, tab Agreements: draw up and print the agreement."),
        ),
        "activation": (
            _("Activate the volunteer"),
            _("Once the agreement is signed, set the volunteer's status to active."),
        ),
        "assignment": (
            _("First assignment"),
            _("From the waiting list: find a volunteer for the need and create the assignment."),
        ),
        "hours": (_("First hours card"), _("Type the month's hours from the volunteer's card.")),
    }


def first_steps(db: Database) -> tuple[FirstStep, ...]:
    """Every step of the first day, done or not, from the database."""
    with db.session() as session:
        done = _done(session)
        records = _records(session)
    texts = _texts()
    return tuple(
        FirstStep(key, texts[key][0], texts[key][1], done[key], records.get(key)) for key in STEP_KEYS
    )


def empty_match_reason(db: Database, match: NeedMatch) -> str | None:
    """Why matching shows no volunteer, and what to do next; None when someone is shown."""
    if match.candidates:
        return None
    if match.considered:
        return _(
            "Active volunteers: {n}, and each of them excluded this activity; ask another"
            " volunteer or change their preferences."
        ).format(n=match.considered)
    with db.session() as session:
        live = Volunteer.archived.is_(False)
        candidates = session.scalar(
            select(func.count(Volunteer.id)).where(live, Volunteer.status == CANDIDATE)
        )
        anyone = _any(session, live)
    if candidates:
        return ngettext(
            "Nobody is active yet: {n} volunteer is still a candidate. Once the agreement is signed,"
            " set their status to active in the volunteer's window.",
            "Nobody is active yet: {n} volunteers are still candidates. Once the agreement is signed,"
            " set their status to active in the volunteer's window.",
            candidates or 0,
        ).format(n=candidates)
    if anyone:
        return _("No volunteer is active (all are suspended or have ended their work).")
    return _("There are no volunteers yet: add the first one (File → New volunteer).")
