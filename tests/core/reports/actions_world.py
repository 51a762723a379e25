"""A small hand-built year (2026) of one-off actions, partners, the coalition and the yearly
programme, with every figure the reports should find written down in `JUNE` and `YEAR`.

June 2026: the food collection (13–14 June, run by the OPS, the school and the parish joining)
is held; Christmas Eve planned for 24 June is cancelled; a park clean-up is only planned.
July: the parish's family fair. The coalition met on 15 March and 10 June (September's
meeting was cancelled). Rows are written through tests.factories.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    CoalitionAttendee,
    CoalitionMeeting,
    CoalitionTask,
    Partner,
    Programme,
    ProgrammeItem,
    Volunteer,
)
from tests.factories import (
    TOW,
    ZAK,
    agreement_row,
    assignment_row,
    attendance_row,
    hours_row,
    save,
    session_of,
    training_row,
    volunteer_row,
)


@dataclass
class World:
    volunteers: dict[str, int]
    partners: dict[str, int]
    actions: dict[str, int]


def _action(db: Database, name: str, day: dt.date, status: str, **fields: Any) -> int:
    values: dict[str, Any] = {"date_to": day, "place": "Mnichowo", "activity_type_id": TOW}
    return save(db, Action(name=name, date_from=day, status=status, **{**values, **fields}))


def _shift(db: Database, action: int, day: dt.date, start: int, end: int) -> int:
    return save(
        db,
        ActionShift(
            action_id=action,
            shift_date=day,
            start_time=dt.time(start),
            end_time=dt.time(end),
            tasks="zbiórka",
            people_needed=5,
            minors_allowed=True,
        ),
    )


def _came(
    db: Database,
    shift: int,
    volunteer: int,
    day: dt.date,
    minutes: int | None,
    *,
    activity: int = TOW,
    status: str = "confirmed",
    partner: int | None = None,
) -> None:
    """A sign-up ticked as attended, with its hours entry (None minutes: attended=False)."""
    entry = None
    if minutes is not None:
        entry = save(db, hours_row(volunteer, day, minutes, activity, source="coordinator", status=status))
    signup = ActionSignup(
        shift_id=shift,
        volunteer_id=volunteer,
        signed_up_on=dt.date(2026, 6, 1),
        partner_id=partner,
        attended=minutes is not None,
        hours_entry_id=entry,
    )
    save(db, signup)


def _partners(db: Database) -> dict[str, int]:
    return {
        "school": save(
            db, Partner(name="Szkoła Podstawowa w Mnichowie", short_name="SP Mnichowo", kind="school")
        ),
        "parish": save(db, Partner(name="Parafia św. Jana", kind="parish")),
        "osp": save(db, Partner(name="OSP Modrzewo", kind="fire_brigade")),
        "firm": save(db, Partner(name="Zakład Stolarski Buk", kind="company")),
    }


def _volunteers(db: Database, p: dict[str, int]) -> dict[str, int]:
    v = {
        "anna": save(db, volunteer_row("Kowalska Anna", birth_date=dt.date(1980, 3, 1))),
        "piotr": save(
            db, volunteer_row("Nowak Piotr", birth_date=dt.date(1990, 5, 5), partner_id=p["parish"])
        ),
        "zofia": save(db, volunteer_row("Wiśniewska Zofia", birth_date=dt.date(2010, 6, 20))),
        # 18 on 10 June 2026: an adult at the collection
        "jan": save(db, volunteer_row("Lis Jan", birth_date=dt.date(2008, 6, 10))),
        "ola": save(db, volunteer_row("Mazur Ola", birth_date=dt.date(1999, 1, 1))),
        "ewa": save(db, volunteer_row("Borna Ewa", birth_date=dt.date(1975, 2, 2))),
        "ended": save(
            db, volunteer_row("Kruk Adam", status="ended", end_date=dt.date(2026, 8, 31), end_reason="wyjazd")
        ),
        "ended_before": save(
            db, volunteer_row("Sowa Ida", status="ended", end_date=dt.date(2025, 8, 31), end_reason="wyjazd")
        ),
    }
    anna_agreement = save(db, agreement_row(v["anna"], "1/2026"))
    save(db, assignment_row(v["anna"], anna_agreement, TOW))
    save(db, hours_row(v["anna"], dt.date(2025, 11, 5), 60, TOW))  # active before: not new in 2026
    jan_agreement = save(db, agreement_row(v["jan"], "9/2026", period_from=dt.date(2026, 9, 1)))
    save(db, assignment_row(v["jan"], jan_agreement, TOW, date_from=dt.date(2026, 9, 1)))
    return v


def _coalition(db: Database, p: dict[str, int]) -> None:
    def meeting(day: dt.date, status: str) -> int:
        return save(db, CoalitionMeeting(held_on=day, place="GOPS", agenda="1. Plan", status=status))

    def task(meeting_id: int, due: dt.date | None, done: dt.date | None) -> None:
        save(db, CoalitionTask(meeting_id=meeting_id, description="zadanie", due_on=due, done_on=done))

    march, june = meeting(dt.date(2026, 3, 15), "held"), meeting(dt.date(2026, 6, 10), "held")
    september = meeting(dt.date(2026, 9, 1), "cancelled")
    save(
        db, CoalitionAttendee(meeting_id=march, partner_id=p["osp"], person_name="Jan Strażak", present=True)
    )
    save(db, CoalitionAttendee(meeting_id=june, partner_id=p["osp"], person_name="Jan Strażak", present=True))
    save(db, CoalitionAttendee(meeting_id=june, partner_id=p["school"], person_name="Ewa Nauczycielka"))
    save(db, CoalitionAttendee(meeting_id=june, partner_id=p["firm"], person_name="Adam Buk", present=False))
    save(db, CoalitionAttendee(meeting_id=june, partner_id=None, person_name="Anna Koordynator"))
    task(march, dt.date(2026, 4, 30), dt.date(2026, 5, 5))
    task(march, dt.date(2026, 5, 31), None)  # overdue from May on
    task(june, dt.date(2026, 6, 20), None)  # overdue at the end of June
    task(june, dt.date(2026, 7, 31), dt.date(2026, 6, 25))
    task(june, None, None)
    task(september, dt.date(2026, 10, 1), None)  # the meeting was cancelled: not counted


def _programme(db: Database) -> dict[str, int]:
    programme = save(
        db, Programme(year=2026, title="Program działań wolontariackich Gminy Mnichowo na 2026 r.")
    )

    def item(kind: str, title: str, month: int, **fields: Any) -> int:
        row = ProgrammeItem(programme_id=programme, kind=kind, title=title, planned_month=month, **fields)
        return save(db, row)

    session = save(
        db, training_row(title="Szkolenie BHP", category="safety", session_date=dt.date(2026, 3, 10))
    )
    return {
        "collection": item("action", "Zbiórka żywności", 6, planned_participants=10),
        "training": item("training", "Szkolenie BHP", 3, training_session_id=session),
        "meeting": item("meeting", "Spotkanie koalicji", 10, done_on=dt.date(2026, 10, 5)),
        "promotion": item("promotion", "Dzień Wolontariusza", 12),
        "christmas": item("action", "Wigilia dla samotnych", 12),
        "session": session,
    }


def build(db: Database) -> World:
    p = _partners(db)
    v = _volunteers(db, p)
    items = _programme(db)
    save(db, attendance_row(items["session"], v["anna"]))
    d13, d14 = dt.date(2026, 6, 13), dt.date(2026, 6, 14)
    collection = _action(
        db, "Zbiórka żywności", d13, "done", date_to=d14, programme_item_id=items["collection"]
    )
    save(db, ActionPartner(action_id=collection, partner_id=p["school"]))
    save(db, ActionPartner(action_id=collection, partner_id=p["parish"]))
    first, second = _shift(db, collection, d13, 9, 13), _shift(db, collection, d14, 10, 12)
    _came(db, first, v["anna"], d13, 240)
    _came(db, second, v["anna"], d14, 120)
    _came(db, first, v["piotr"], d13, 240)  # credited to the parish through his own record
    _came(db, second, v["piotr"], d14, 120, status="done")  # not confirmed yet: no hours
    _came(db, first, v["zofia"], d13, 240, partner=p["school"])
    _came(db, second, v["jan"], d14, 90, partner=p["school"])
    _came(db, first, v["ola"], d13, None)  # signed up, did not come
    fair_day = dt.date(2026, 7, 4)
    fair = _action(
        db, "Festyn rodzinny", fair_day, "done", organiser_partner_id=p["parish"], activity_type_id=ZAK
    )
    _came(db, _shift(db, fair, fair_day, 14, 17), v["ewa"], fair_day, 180, activity=ZAK, partner=p["parish"])
    christmas = _action(
        db, "Wigilia dla samotnych", dt.date(2026, 6, 24), "cancelled", programme_item_id=items["christmas"]
    )
    _action(db, "Sprzątanie parku", dt.date(2026, 6, 27), "planned")
    for name in ("zofia", "jan"):
        _registered_at(db, v[name], collection)
    _coalition(db, p)
    return World(v, p, {"collection": collection, "fair": fair, "christmas": christmas})


def _registered_at(db: Database, volunteer: int, action: int) -> None:
    with session_of(db) as session:
        row = session.get(Volunteer, volunteer)
        assert row is not None
        row.registered_at_action_id = action


# The figures of June 2026 (Period.month(2026, 6)).
JUNE = {
    "held": 1,
    "cancelled": 1,
    "participations": 6,  # Anna twice, Piotr twice, Zofia, Jan
    "participants": 4,
    "adults": 3,  # Jan turned 18 on 10 June
    "minors": 1,
    "regular": 1,  # Anna; Jan's assignment starts in September
    "one_off": 3,
    "registered": 2,
    "stayed": 1,
    "minutes": 240 + 120 + 240 + 240 + 90,
    "meetings": 1,
    "tasks_agreed": 3,
    "tasks_done": 1,
    "tasks_open": 3,
    "tasks_overdue": 2,
}
# The figures of 2026 (Period.year(2026)).
YEAR = {
    "held": 2,
    "cancelled": 1,
    "participations": 7,
    "participants": 5,
    "adults": 4,
    "minors": 1,
    "regular": 2,  # Anna, and Jan from September
    "one_off": 3,
    "registered": 2,
    "stayed": 1,
    "minutes": 930 + 180,
    "meetings": 2,
    "tasks_agreed": 5,
    "tasks_done": 2,
    "tasks_open": 3,
    "tasks_overdue": 2,
}
