"""The coalition's records for tests: partners (as rows), a meeting and a yearly programme
(valid service input)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordinator_app.core.coalition import AttendeeInput, ItemInput, MeetingData, ProgrammeData, TaskInput
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, Organisation, Partner
from tests.factories import partners


def partner_row(name: str = "Szkoła Podstawowa w Łąkiem", **fields: Any) -> Partner:
    values: dict[str, Any] = {"name": name, "kind": "school", "coalition_member": True, "active": True}
    return Partner(**{**values, **fields})


def action_row(activity_type_id: int, **fields: Any) -> Action:
    """The partners' food collection (`factories.partners.action_row`), held in the spring:
    on 11 April 2026, in the programme's second quarter."""
    spring = dt.date(2026, 4, 11)
    return partners.action_row(activity_type_id, **{"date_from": spring, "date_to": spring, **fields})


def meeting_data(school_id: int | None = None, **fields: Any) -> MeetingData:
    """The second meeting of 2026 in the GOPS: a school, the OPS, one excused guest, two
    decisions and two tasks."""
    values: dict[str, Any] = {
        "number": "2/2026",
        "held_on": dt.date(2026, 3, 12),
        "start_time": dt.time(10, 0),
        "place": "GOPS w Łąkiem, sala konferencyjna",
        "agenda": "1. Otwarcie spotkania\n2. Plan zbiórki żywności\n3. Sprawy różne",
        "chaired_by": "Anna Nowak",
        "minuted_by": "Ewa Żak",
        "discussion": "Omówiono przygotowania do wiosennej zbiórki żywności.",
        "status": "held",
        "attendees": [
            AttendeeInput("Anna Nowak", None, "koordynatorka wolontariatu", True),
            AttendeeInput("Łucja Żmuda", school_id, "opiekunka szkolnego koła wolontariatu", True),
            AttendeeInput("Jan Kowalski", None, "sołtys", False),
        ],
        "decisions": ["Zbiórka odbędzie się 11 kwietnia 2026 r.", "Szkoła zapewni 15 wolontariuszy."],
        "tasks": [
            TaskInput("Przygotować plakaty", school_id, "Łucja Żmuda", dt.date(2026, 4, 1)),
            TaskInput("Zgłosić zbiórkę do banku żywności", None, "Anna Nowak", None),
        ],
    }
    return MeetingData(**{**values, **fields})


def programme_data(partner_id: int | None = None, **fields: Any) -> ProgrammeData:
    values: dict[str, Any] = {
        "year": 2026,
        "title": "Program działań wolontariackich Gminy Łąkie na rok 2026",
        "adopted_on": dt.date(2026, 1, 20),
        "adopted_by": "Lokalna Koalicja na rzecz Wolontariatu (spotkanie 1/2026)",
        "introduction": "Program określa działania wolontariackie planowane w gminie.",
        "items": [
            ItemInput("action", "Wiosenna zbiórka żywności", 4, partner_id, 30, "Zbiórka w sklepach."),
            ItemInput("training", "Szkolenie wprowadzające dla nowych wolontariuszy", 2, None, 15),
            ItemInput("promotion", "Dzień Wolontariusza", 12, partner_id, 50),
            ItemInput("meeting", "Spotkania koalicji", None, None, None),
        ],
    }
    return ProgrammeData(**{**values, **fields})


OPS_NAME = "Gminny Ośrodek Pomocy Społecznej w Łąkiem"


def name_organisation(db: Database) -> None:
    """The OPS of these tests: GOPS in Łąkie."""
    with db.session() as session:
        org = session.get(Organisation, 1)
        assert org is not None  # the first migration makes it
        org.full_name, org.short_name, org.locality = OPS_NAME, "GOPS w Łąkiem", "Łąkie"
