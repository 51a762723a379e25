"""Every figure of the summary for March 2026 against the hand-made dataset (reports_dataset.py,
where each expected number is worked out), plus the period and suppression rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coordinator_app.core.calendar import Month, Period, PeriodError, PeriodKind, parse_month
from coordinator_app.core.reports import NO_CLIENT, Cancelled, monthly_summary
from coordinator_app.core.reports.figures import (
    Compared,
    SmallCount,
    age_band,
    suppress_partition,
    work_value,
)
from coordinator_app.db.engine import Database
from tests import reports_dataset

MARCH = Period.month(2026, 3)


@pytest.fixture
def summary(db: Database):  # type: ignore[no-untyped-def]
    reports_dataset.build(db)
    return monthly_summary(db, MARCH, today=reports_dataset.TODAY)


def tallies(items) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {item.key: item.count for item in items}


def test_volunteers(summary) -> None:  # type: ignore[no-untyped-def]
    v = summary.volunteers
    assert v.active == Compared(3, 3)  # V1 V2 V3 now; V1 V3 V4 in February (V5 only "done")
    assert tallies(v.by_sex) == {"K": 2, "M": 1, "": 0}
    assert tallies(v.by_age) == {
        "under_13": 0, "13_14": 0, "15_17": 1, "18_25": 0, "26_35": 1, "36_50": 0, "51_65": 0, "over_65": 1,
    }  # fmt: skip
    assert (v.new, v.continuing, v.adults, v.minors) == (1, 2, 2, 1)
    assert [(t.key, t.count) for t in v.by_village] == [("Kolonia", 1), ("Łąkie", 1), ("Żabno", 1)]


def test_agreements(summary) -> None:  # type: ignore[no-untyped-def]
    a = summary.agreements
    assert (a.signed, a.ended, a.ended_early, a.in_force_at_end) == (2, 3, 1, 3)


def test_hours(summary) -> None:  # type: ignore[no-untyped-def]
    h = summary.hours
    assert h.minutes == Compared(1440, 1560)
    assert h.minutes.change == -120 and h.minutes.percent == Decimal("-7.7")
    assert h.entries == 4
    by_activity = {
        line.key: (line.minutes.current, line.minutes.previous, line.entries) for line in h.by_activity
    }
    assert by_activity == {"TOW": (960, 1560, 2), "EDU": (120, 0, 1), "ZAJ": (360, 0, 1)}
    assert [line.key for line in h.by_activity] == ["TOW", "EDU", "ZAJ"]  # the dictionary's order
    by_village = {
        line.key: (line.minutes.current, line.minutes.previous, line.entries) for line in h.by_village
    }
    assert by_village == {"Łąkie": (600, 1200, 1), "Żabno": (480, 360, 2), NO_CLIENT: (360, 0, 1)}
    assert [line.key for line in h.by_village] == ["Łąkie", "Żabno", NO_CLIENT]
    clients = {line.key: line.clients for line in h.by_village}
    assert clients == {"Łąkie": SmallCount(1, True), "Żabno": SmallCount(1, True), NO_CLIENT: None}
    assert [(m.key, minutes) for m, minutes in h.by_month] == [
        ("2025-04", 960), ("2025-05", 960), ("2025-06", 960), ("2025-07", 960), ("2025-08", 960),
        ("2025-09", 960), ("2025-10", 1320), ("2025-11", 1320), ("2025-12", 1320), ("2026-01", 1320),
        ("2026-02", 1560), ("2026-03", 1440),
    ]  # fmt: skip


def test_clients_are_counted_once_and_small_counts_hidden(summary) -> None:  # type: ignore[no-untyped-def]
    c = summary.clients
    assert c.clients == SmallCount(2, True)  # C1 and C2: below 3, printed "<3"
    assert c.previous_clients == SmallCount(3, False)  # C1, C2, C3 in February
    assert c.visits == SmallCount(3, False)
    by_type = {line.code: (line.clients, line.visits) for line in c.by_type}
    assert by_type == {
        "senior": (SmallCount(1, True), SmallCount(1, True)),
        "disabled": (SmallCount(0, False), SmallCount(0, False)),
        "family": (SmallCount(1, True), SmallCount(2, True)),
        "alone": (SmallCount(1, True), SmallCount(1, True)),
        "other": (SmallCount(0, False), SmallCount(0, False)),
    }


def test_trainings_and_documents(summary) -> None:  # type: ignore[no-untyped-def]
    t = summary.trainings
    assert (t.sessions, t.participants, t.participant_minutes, t.volunteers_trained, t.cost_grosze) == (
        2, 4, 180 + 90 + 120 + 120, 3, 20000,
    )  # fmt: skip
    assert [(x.category, x.sessions, x.participants, x.participant_minutes) for x in t.by_category] == [
        ("induction", 1, 2, 270),
        ("first_aid", 1, 2, 240),
    ]
    # S/1/2026 is in the register and on the attendance: counted once
    assert summary.documents == (("certificate", 2), ("opinion", 1), ("training_certificate", 2))


def test_retention_korpus_insurance_costs(summary) -> None:  # type: ignore[no-untyped-def]
    r = summary.retention
    assert r.active == 3 and r.at_least == ((3, 2), (6, 2), (12, 1))
    k = summary.korpus
    assert (k.meeting, k.meeting_standard, k.meeting_reduced, k.registered_active) == (2, 1, 1, 1)
    n = summary.insurance
    assert (n.policy, n.valid_to) == ("NNW/2026/1", dt.date(2026, 3, 25))
    assert (n.short_agreements, n.short_covered, n.short_uncovered, n.long_agreements) == (2, 1, 1, 3)
    c = summary.costs
    assert (c.travel_grosze, c.travel_km, c.volunteers_with_travel) == (1150, 10, 1)
    assert (c.training_grosze, c.hour_value_grosze, c.work_value_grosze) == (
        20000,
        2500,
        60000,
    )  # 24 h × 25 zł


def test_header_fields(summary) -> None:  # type: ignore[no-untyped-def]
    assert summary.period == MARCH and summary.previous == Period.month(2026, 2)
    assert summary.organisation == "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
    assert summary.threshold == 3 and summary.generated_on == reports_dataset.TODAY


def test_quarter_and_custom_periods(db: Database) -> None:
    reports_dataset.build(db)
    q1 = monthly_summary(db, Period.quarter(2026, 1))
    # January 960 + 360, February 1560, March 1440; the quarter before: Oct–Dec 2025
    assert q1.hours.minutes == Compared(1320 + 1560 + 1440, 3 * 1320)
    assert q1.volunteers.active == Compared(4, 2)
    days = monthly_summary(db, Period.days(dt.date(2026, 3, 10), dt.date(2026, 3, 15)))
    assert days.previous == Period(dt.date(2026, 3, 4), dt.date(2026, 3, 9))
    assert days.hours.minutes == Compared(600 + 360 + 120, 360)  # V3's 5 March is before


def test_threshold_setting_changes_what_is_hidden(db: Database) -> None:
    from coordinator_app.core.reports import save_report_settings

    reports_dataset.build(db)
    save_report_settings(db, 1, 2500)
    result = monthly_summary(db, MARCH)
    assert result.clients.clients == SmallCount(2, False)
    assert result.threshold == 1


def test_progress_and_cancel(db: Database) -> None:
    reports_dataset.build(db)
    seen: list[str] = []

    def progress(done: int, total: int, stage: str) -> bool:
        seen.append(stage)
        assert 0 <= done < total
        return len(seen) < 3

    with pytest.raises(Cancelled):
        monthly_summary(db, MARCH, progress=progress)
    assert seen[0] == "hours"


def test_empty_database(db: Database) -> None:
    result = monthly_summary(db, MARCH)
    assert result.volunteers.active == Compared(0, 0)
    assert result.clients.clients == SmallCount(0, False)
    assert result.hours.by_activity == () and len(result.hours.by_month) == 12


def test_periods() -> None:
    assert parse_month("2026-03") == Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH)
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.year(2026).previous() == Period.year(2025)
    assert Period.days(dt.date(2026, 4, 1), dt.date(2026, 6, 30)) == Period.quarter(2026, 2)
    assert Period.days(dt.date(2026, 2, 1), dt.date(2026, 2, 28)).kind is PeriodKind.MONTH
    assert Period.quarter(2026, 3).key == "2026-Q3" and Period.year(2026).key == "2026"
    assert [m.key for m in Period.quarter(2026, 4).months()] == ["2026-10", "2026-11", "2026-12"]
    for wrong in ("2026-13", "03-2026", "marzec", "", "1999-05"):
        with pytest.raises(PeriodError):
            parse_month(wrong)
    with pytest.raises(PeriodError):
        Period.days(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_suppression_and_helpers() -> None:
    assert SmallCount.of(2, 3).hidden and not SmallCount.of(0, 3).hidden and not SmallCount.of(3, 3).hidden
    # one small cell alone would be revealed by the total: the next smallest is hidden too
    assert [c.hidden for c in suppress_partition([2, 10, 5, 0], 3)] == [True, False, True, False]
    assert [c.hidden for c in suppress_partition([1, 2, 10], 3)] == [True, True, False]
    assert [c.hidden for c in suppress_partition([4, 10], 3)] == [False, False]
    assert age_band(15) == "15_17" and age_band(65) == "51_65" and age_band(66) == "over_65"
    assert work_value(90, 3140) == 4710 and work_value(1, 3140) == 52  # 52,33 gr rounds down
    assert Compared(5, 0).percent is None and Compared(3, 4).percent == Decimal("-25.0")
    assert Month(2026, 1).back(12) == Month(2025, 1)
