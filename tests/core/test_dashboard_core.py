"""The dashboard's figures and attention list for the hand-made dataset (today 10 April 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.reports import Compared, Period, compared_periods, dashboard_data
from coordinator_app.db.engine import Database
from tests import reports_dataset
from tests.factories.records import activity_id, add_people, hours_row, save_all

D = dt.date


def test_this_month_against_the_last(db: Database) -> None:
    reports_dataset.build(db)
    data = dashboard_data(db, today=reports_dataset.TODAY)
    assert data.month.key == "2026-04"
    # 1–10 April against 1–10 March (not the whole of March): V1 on 2 April; V3 on 5 March
    # and V1 on 10 March
    assert (data.period, data.compared_period) == (
        Period(D(2026, 4, 1), D(2026, 4, 10)),
        Period(D(2026, 3, 1), D(2026, 3, 10)),
    )
    assert data.volunteers == Compared(1, 2)
    assert data.minutes == Compared(120, 360 + 600)  # work done: confirmed and done
    assert data.confirmed_minutes == Compared(0, 960)
    assert (data.waiting_needs, data.waiting_clients) == (1, 1)
    bars = [(bar.month.key, bar.confirmed_minutes, bar.done_minutes) for bar in data.months]
    assert bars[0] == ("2025-05", 960, 0)
    assert bars[-3:] == [("2026-02", 1560, 0), ("2026-03", 1440, 360), ("2026-04", 0, 120)]
    assert len(bars) == 12
    by_activity = {bar.code: (bar.minutes.current, bar.minutes.previous) for bar in data.by_activity}
    assert by_activity == {"TOW": (120, 960)}


def test_the_last_day_compares_the_whole_of_both_months(db: Database) -> None:
    reports_dataset.build(db)
    data = dashboard_data(db, today=D(2026, 3, 31))
    assert data.compared_period == Period(D(2026, 2, 1), D(2026, 2, 28))
    # March: V1 600 + 360 + 60 (done), V2 120, V3 360, V5 300 (done); the cancelled entry not
    assert data.minutes == Compared(1440 + 60 + 300, 1560)  # February: V1 960, V3 360, V4 240
    assert data.volunteers == Compared(4, 3)
    assert data.minutes.current == data.months[-1].minutes
    assert data.minutes.previous == data.months[-2].minutes


@pytest.mark.parametrize(
    ("today", "this_month", "same_days"),
    [
        (D(2026, 12, 3), (D(2026, 12, 1), D(2026, 12, 3)), (D(2026, 11, 1), D(2026, 11, 3))),
        (D(2026, 1, 15), (D(2026, 1, 1), D(2026, 1, 15)), (D(2025, 12, 1), D(2025, 12, 15))),
        (D(2026, 3, 30), (D(2026, 3, 1), D(2026, 3, 30)), (D(2026, 2, 1), D(2026, 2, 28))),
        (D(2026, 11, 30), (D(2026, 11, 1), D(2026, 11, 30)), (D(2026, 10, 1), D(2026, 10, 31))),
        (D(2026, 12, 1), (D(2026, 12, 1), D(2026, 12, 1)), (D(2026, 11, 1), D(2026, 11, 1))),
    ],
)
def test_compared_periods(
    today: dt.date, this_month: tuple[dt.date, dt.date], same_days: tuple[dt.date, dt.date]
) -> None:
    assert compared_periods(today) == (Period(*this_month), Period(*same_days))


def test_early_in_the_month_is_not_a_fall(db: Database) -> None:
    """On 3 December, 3 days of work against a whole November would read "−89,7%"; against
    1–3 November the same pace is no change."""
    (volunteer,) = add_people(db, "Kowalska Anna")
    tow = activity_id(db, "TOW")
    days = (D(2026, 11, 2), D(2026, 11, 20), D(2026, 11, 27), D(2026, 12, 2))
    save_all(db, (hours_row(volunteer, day, 120, tow, status="done") for day in days))
    data = dashboard_data(db, today=D(2026, 12, 3))
    assert data.minutes == Compared(120, 120)
    assert data.minutes.percent == 0
    assert data.volunteers == Compared(1, 1)


def test_attention_items_open_their_records(db: Database) -> None:
    ids = reports_dataset.build(db)
    data = dashboard_data(db, today=reports_dataset.TODAY)
    groups = {group.key: group for group in data.attention}
    opened = {key: [(item.kind, item.record_id) for item in group.items] for key, group in groups.items()}
    v, c, a, asg = ids.volunteers, ids.clients, ids.agreements, ids.assignments
    assert opened == {
        "agreements_ending": [("agreement", a["AG5"])],
        "insurance": [("", 0), ("agreement", a["AG5"])],  # the OPS policy ended on 25.03
        "vetting": [("volunteer", v["V2"])],
        "assessments": [("client", c["C3"])],
        "without_assignment": [("volunteer", v["V5"])],
        "clients_waiting": [("client", c["C3"])],
        "hours_unconfirmed": [("volunteer", v["V1"]), ("volunteer", v["V5"])],
        "hours_missing": [("assignment", asg["A6"])],
        "privacy_requests": [],
        "coalition_tasks": [],
    }
    assert all(group.total == len(group.items) for group in data.attention)
    assert "W/5/2026" in groups["agreements_ending"].items[0].text
    assert "20.04.2026" in groups["agreements_ending"].items[0].text
    assert "1.04.2026" in groups["vetting"].items[0].text
    assert "P-003" in groups["clients_waiting"].items[0].text
    text = " ".join(item.text for group in data.attention for item in group.items)
    assert "Klient" not in text  # clients by their code only


def test_empty_database(db: Database) -> None:
    data = dashboard_data(db, today=reports_dataset.TODAY)
    assert data.volunteers == Compared(0, 0) and data.minutes == Compared(0, 0)
    assert all(group.total == 0 for group in data.attention)
    assert len(data.months) == 12 and data.by_activity == ()
