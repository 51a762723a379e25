"""Coalition meetings in the core: validation in Polish, saving with attendees, decisions
and tasks, the list with its counts, the suggested number and the dashboard's open tasks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.coalition import (
    AttendeeInput,
    MeetingNotFound,
    TaskInput,
    agenda_lines,
    agenda_topics,
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    meeting_sheet,
    open_tasks_query,
    partner_choices,
    suggest_number,
    update_meeting,
    validate_meeting,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import CoalitionTask
from tests.factories.coalition import meeting_data, name_organisation, partner_row
from tests.factories.records import save, staff_row

TODAY = dt.date(2026, 3, 20)


def test_a_meetings_topics_leave_out_the_routine_points_it_shares_with_every_other() -> None:
    points = [
        "Otwarcie spotkania i przyjęcie porządku obrad",
        "Przyjęcie protokołu z poprzedniego spotkania",
        "Plan zbiórki żywności",
        "Otwarcie świetlicy wolontariatu w Łąkiem",  # a topic, though it begins as the opening
        "Sprawy różne i wolne wnioski",
        "Zamknięcie spotkania",
    ]
    assert agenda_topics(points) == ["Plan zbiórki żywności", "Otwarcie świetlicy wolontariatu w Łąkiem"]
    assert agenda_topics(points[:2]) == points[:2]  # nothing else: the agenda as it is


def test_agenda_lines_drop_numbers_and_bullets() -> None:
    assert agenda_lines("1. Otwarcie\n\n- Plan zbiórki\n 3.Sprawy różne \n2026 r.") == [
        "Otwarcie",
        "Plan zbiórki",
        "Sprawy różne",
        "2026 r.",
    ]


def test_every_wrong_field_is_reported_in_polish() -> None:
    data = meeting_data(
        held_on=None,
        place="  ",
        agenda="\n",
        attendees=[AttendeeInput("", None, None, True)],
        tasks=[TaskInput(" ", None, None, None)],
    )
    with pytest.raises(ValidationErrors) as found:
        validate_meeting(data, TODAY)
    errors = found.value.by_field()
    assert errors["held_on"] == "Podaj datę spotkania."
    assert "place" in errors and "agenda" in errors
    assert errors["attendee:0"] == "Uczestnik 1: podaj imię i nazwisko."
    assert errors["task:0"] == "Zadanie 1: napisz, co jest do zrobienia."


def test_a_future_meeting_cannot_be_held_and_a_task_not_due_before_it() -> None:
    data = meeting_data(
        held_on=dt.date(2026, 5, 5), tasks=[TaskInput("Plakaty", None, None, dt.date(2026, 5, 1))]
    )
    with pytest.raises(ValidationErrors) as found:
        validate_meeting(data, TODAY)
    errors = found.value.by_field()
    assert errors["status"] == "Spotkanie w przyszłości nie może być oznaczone jako odbyte."
    assert errors["task:0"] == "Zadanie 1: termin jest wcześniejszy niż spotkanie."


def test_saved_meeting_reads_back_with_its_lines(db: Database) -> None:
    school = save(db, partner_row())
    meeting_id = create_meeting(db, meeting_data(school), today=TODAY)
    data = get_meeting(db, meeting_id)
    assert data.agenda == "Otwarcie spotkania\nPlan zbiórki żywności\nSprawy różne"
    assert [a.person_name for a in data.attendees] == ["Anna Nowak", "Łucja Żmuda", "Jan Kowalski"]
    assert data.attendees[1].partner_id == school and data.attendees[2].present is False
    assert data.decisions == ["Zbiórka odbędzie się 11 kwietnia 2026 r.", "Szkoła zapewni 15 wolontariuszy."]
    assert [t.description for t in data.tasks] == ["Przygotować plakaty", "Zgłosić zbiórkę do banku żywności"]

    data.tasks[0] = dataclasses.replace(data.tasks[0], done_on=dt.date(2026, 3, 30))
    data.decisions = data.decisions[1:]
    update_meeting(db, meeting_id, data, today=TODAY)
    again = get_meeting(db, meeting_id)
    assert again.decisions == ["Szkoła zapewni 15 wolontariuszy."]
    assert again.tasks[0].done_on == dt.date(2026, 3, 30)

    (row,) = list_meetings(db)
    assert (row.number, row.present, row.excused, row.open_tasks) == ("2/2026", 2, 1, 1)
    assert "zmuda" in row.search_text  # an attendee's name finds the meeting, without diacritics
    # The list says what the meeting was about; the routine points are in the whole agenda.
    assert row.topics == "Plan zbiórki żywności"
    assert row.agenda == "Otwarcie spotkania\nPlan zbiórki żywności\nSprawy różne"
    assert "otwarcie" in row.search_text

    delete_meeting(db, meeting_id)
    with db.session() as session:
        assert session.scalars(select(CoalitionTask)).all() == []
    with pytest.raises(MeetingNotFound):
        get_meeting(db, meeting_id)


def test_suggested_number_follows_the_year(db: Database) -> None:
    assert suggest_number(db, dt.date(2026, 1, 10)) == "1/2026"
    create_meeting(db, meeting_data(), today=TODAY)
    assert suggest_number(db, dt.date(2026, 6, 1)) == "3/2026"  # after 2/2026
    assert suggest_number(db, dt.date(2027, 1, 5)) == "1/2027"


def test_partner_choices_put_coalition_members_first(db: Database) -> None:
    save(db, partner_row("Parafia św. Wojciecha", kind="parish", coalition_member=False))
    save(db, partner_row("Ochotnicza Straż Pożarna w Łąkiem", short_name="OSP Łąkie", kind="fire_brigade"))
    assert [p.name for p in partner_choices(db)] == ["OSP Łąkie", "Parafia św. Wojciecha"]


def test_open_tasks_overdue_first_then_soon_then_undated(db: Database) -> None:
    school = save(db, partner_row(short_name="SP Łąkie"))
    tasks = [
        TaskInput("Undated", None, "Anna Nowak", None),
        TaskInput("Soon", school, "Łucja Żmuda", dt.date(2026, 3, 30)),
        TaskInput("Far", None, None, dt.date(2026, 6, 30)),
        TaskInput("Overdue", None, None, dt.date(2026, 3, 15)),
        TaskInput("Done", None, None, dt.date(2026, 3, 14), dt.date(2026, 3, 14)),
    ]
    create_meeting(db, meeting_data(tasks=tasks), today=TODAY)
    with db.session() as session:
        rows = session.execute(open_tasks_query(TODAY)).all()
    assert [r.description for r in rows] == ["Overdue", "Soon", "Undated"]
    assert rows[1].short_name == "SP Łąkie"


def test_meeting_sheet_orders_people_and_names_the_responsible(db: Database) -> None:
    school = save(db, partner_row())
    save(db, staff_row("Nowak Anna", sex="K"))
    name_organisation(db)
    meeting_id = create_meeting(db, meeting_data(school), today=TODAY)
    sheet = meeting_sheet(db, meeting_id)
    # The OPS's people first, then the partners; a guest has no institution.
    assert [(a.name, a.institution) for a in sheet.present] == [
        ("Anna Nowak", "Gminny Ośrodek Pomocy Społecznej w Łąkiem"),
        ("Łucja Żmuda", "Szkoła Podstawowa w Łąkiem"),
    ]
    assert sheet.chair_sex == "K"
    assert [a.name for a in sheet.excused] == ["Jan Kowalski"]
    assert sheet.tasks[0].responsible == "Łucja Żmuda (Szkoła Podstawowa w Łąkiem)"
    assert sheet.agenda == ("Otwarcie spotkania", "Plan zbiórki żywności", "Sprawy różne")
