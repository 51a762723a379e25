"""The dashboard's figures and attention list for the hand-made dataset (today 10 April 2026)."""

from __future__ import annotations

from coordinator_app.core.reports import Compared, dashboard_data
from coordinator_app.db.engine import Database
from tests import reports_dataset


def test_this_month_against_the_last(db: Database) -> None:
    reports_dataset.build(db)
    data = dashboard_data(db, today=reports_dataset.TODAY)
    assert data.month.key == "2026-04"
    assert data.volunteers == Compared(1, 4)  # April: V1; March: V1 V2 V3 and V5 (done)
    assert data.minutes == Compared(120, 1440 + 60 + 300)  # work done: confirmed and done
    assert data.confirmed_minutes == Compared(0, 1440)
    assert data.clients == Compared(1, 2)
    assert (data.waiting_needs, data.waiting_clients) == (1, 1)
    bars = [(bar.month.key, bar.confirmed_minutes, bar.done_minutes) for bar in data.months]
    assert bars[0] == ("2025-05", 960, 0)
    assert bars[-3:] == [("2026-02", 1560, 0), ("2026-03", 1440, 360), ("2026-04", 0, 120)]
    assert len(bars) == 12
    by_activity = {bar.code: (bar.minutes.current, bar.minutes.previous) for bar in data.by_activity}
    assert by_activity == {"TOW": (120, 1020), "ZAJ": (0, 360), "EDU": (0, 120), "IMP": (0, 300)}


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
