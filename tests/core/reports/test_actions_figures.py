"""Actions, partners and coalition figures of a period, checked number by number."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.calendar import Period
from coordinator_app.core.reports import monthly_summary
from coordinator_app.core.reports.actions_figures import ActionFigures, action_figures
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, ActionShift, ActionSignup
from tests.core.reports.actions_world import JUNE, YEAR, build
from tests.factories import TOW, save, volunteer_row


def _figures(db: Database, period: Period, threshold: int = 1) -> ActionFigures:
    with db.session() as session:
        return action_figures(session.connection(), period.start, period.end, threshold)


def _counts(f: ActionFigures) -> dict[str, int]:
    c = f.coalition
    return {
        "held": f.held,
        "cancelled": f.cancelled,
        "participations": f.participations,
        "participants": f.participants,
        "adults": f.adults,
        "minors": f.minors,
        "regular": f.regular,
        "one_off": f.one_off,
        "registered": f.registered,
        "stayed": f.stayed,
        "minutes": f.minutes,
        "meetings": c.meetings,
        "tasks_agreed": c.tasks_agreed,
        "tasks_done": c.tasks_done,
        "tasks_open": c.tasks_open,
        "tasks_overdue": c.tasks_overdue,
    }


@pytest.mark.parametrize(("period", "expected"), [(Period.month(2026, 6), JUNE), (Period.year(2026), YEAR)])
def test_period_counts(db: Database, period: Period, expected: dict[str, int]) -> None:
    build(db)
    assert _counts(_figures(db, period)) == expected


def test_hours_by_action_in_june(db: Database) -> None:
    world = build(db)
    lines = _figures(db, Period.month(2026, 6)).by_action
    assert [(line.action_id, line.name, line.volunteers, line.minutes) for line in lines] == [
        (world.actions["collection"], "Zbiórka żywności", 4, 930)
    ]
    line = lines[0]
    assert (line.date_from, line.date_to, line.place, line.organiser) == (
        dt.date(2026, 6, 13),
        dt.date(2026, 6, 14),
        "Mnichowo",
        "",  # the OPS
    )


def test_hours_by_action_in_the_year(db: Database) -> None:
    build(db)
    lines = _figures(db, Period.year(2026)).by_action
    assert [(line.name, line.organiser, line.volunteers, line.minutes) for line in lines] == [
        ("Zbiórka żywności", "", 4, 930),
        ("Festyn rodzinny", "Parafia św. Jana", 1, 180),
    ]


def test_partners_share_in_june(db: Database) -> None:
    build(db)
    lines = _figures(db, Period.month(2026, 6)).partners
    # (name, actions, volunteers, minutes, meetings); the firm was absent, so it is not active
    assert [(x.name, x.actions, x.volunteers, x.minutes, x.meetings) for x in lines] == [
        ("OSP Modrzewo", 0, 0, 0, 1),
        ("Parafia św. Jana", 1, 1, 240, 0),  # Piotr's second shift is not confirmed yet
        ("SP Mnichowo", 1, 2, 330, 1),
    ]


def test_partners_share_in_the_year(db: Database) -> None:
    build(db)
    lines = _figures(db, Period.year(2026)).partners
    assert [(x.name, x.kind, x.actions, x.volunteers, x.minutes, x.meetings) for x in lines] == [
        ("OSP Modrzewo", "fire_brigade", 0, 0, 0, 2),
        ("Parafia św. Jana", "parish", 2, 2, 420, 0),  # joined the collection, organised the fair
        ("SP Mnichowo", "school", 1, 2, 330, 1),
    ]


def test_a_month_without_actions(db: Database) -> None:
    build(db)
    f = _figures(db, Period.month(2026, 2))
    assert (f.held, f.participants, f.minutes, f.by_action, f.partners) == (0, 0, 0, (), ())
    assert f.coalition.tasks_open == 0


def test_small_counts_of_people_are_hidden(db: Database) -> None:
    build(db)
    f = _figures(db, Period.month(2026, 6), threshold=3)
    majority = {t.key: (t.count, t.hidden) for t in f.by_majority}
    # one minor is hidden, and the adults with it, so the total cannot give the minor away
    assert majority == {"adults": (3, True), "minors": (1, True)}
    assert f.minors == 1  # the raw figure stays for the totals


def test_the_monthly_summary_carries_the_figures(db: Database) -> None:
    build(db)
    summary = monthly_summary(db, Period.month(2026, 6), today=dt.date(2026, 7, 10))
    assert summary.actions is not None
    assert summary.actions.held == 1
    assert summary.actions.minutes == 930


def test_born_on_29_february_comes_of_age_on_1_march(db: Database) -> None:
    leap = save(db, volunteer_row("Luty Lena", birth_date=dt.date(2008, 2, 29)))
    action = save(
        db,
        Action(
            name="Kwesta",
            date_from=dt.date(2026, 2, 28),
            date_to=dt.date(2026, 3, 1),
            activity_type_id=TOW,
            status="done",
        ),
    )
    for day in (dt.date(2026, 2, 28), dt.date(2026, 3, 1)):
        shift = ActionShift(
            action_id=action,
            shift_date=day,
            start_time=dt.time(9),
            end_time=dt.time(11),
            tasks="kwesta",
            people_needed=2,
        )
        save(db, ActionSignup(shift_id=save(db, shift), volunteer_id=leap, signed_up_on=day, attended=True))
    february, march = _figures(db, Period.month(2026, 2)), _figures(db, Period.month(2026, 3))
    assert (february.adults, february.minors) == (0, 1)
    assert (march.adults, march.minors) == (1, 0)
    assert (february.held, march.held) == (1, 0)  # counted in the month it starts
    assert [line.volunteers for line in march.by_action] == [1]  # yet its March shift is listed
