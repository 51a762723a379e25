"""Open coalition tasks in the dashboard's attention list: overdue first, then due within 14
days, then undated; each opens its meeting, worded in Polish."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.coalition import TaskInput, create_meeting
from coordinator_app.core.reports.attention import attention_groups
from coordinator_app.db.engine import Database
from tests.factories.coalition import meeting_data, partner_row
from tests.factories.records import save

TODAY = dt.date(2026, 3, 20)


def test_open_coalition_tasks_are_listed_most_urgent_first(db: Database) -> None:
    school = save(db, partner_row(short_name="SP Łąkie"))
    tasks = [
        TaskInput("Zgłosić zbiórkę", None, "Anna Nowak", None),
        TaskInput("Przygotować plakaty", school, "Łucja Żmuda", dt.date(2026, 3, 30)),
        TaskInput("Podsumować rok", None, None, dt.date(2026, 12, 15)),  # not yet
        TaskInput("Wysłać zaproszenia", None, None, dt.date(2026, 3, 15)),
    ]
    meeting = create_meeting(db, meeting_data(tasks=tasks), today=TODAY)
    create_meeting(db, meeting_data(number="3/2026", status="cancelled", tasks=tasks[:1]), today=TODAY)
    with db.engine.connect() as conn:
        groups = {group.key: group for group in attention_groups(conn, today=TODAY, waiting=[])}
    group = groups["coalition_tasks"]
    assert group.title == "Otwarte zadania koalicji"
    assert [item.text for item in group.items] == [
        "Zadanie koalicji: Wysłać zaproszenia – termin minął 15.03.2026",
        "Zadanie koalicji: Przygotować plakaty – termin 30.03.2026, odpowiada Łucja Żmuda (SP Łąkie)",
        "Zadanie koalicji: Zgłosić zbiórkę – bez terminu, odpowiada Anna Nowak",
    ]
    assert {(item.kind, item.record_id) for item in group.items} == {("coalition_meeting", meeting)}
