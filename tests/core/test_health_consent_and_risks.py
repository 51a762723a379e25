"""The health-information consent record (art. 9 ust. 2 lit. a RODO) and the activity types'
health-and-safety risk information (art. 45 ust. 1 pkt 1 of the volunteering act)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.dictionaries import (
    ActivityTypeData,
    create_activity_type,
    get_activity_type,
    list_activity_types_all,
    update_activity_type,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.core.volunteers.health_consent import (
    HealthConsentData,
    list_health_consents,
    record_health_consent,
    withdraw_health_consent,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from tests.factories import add_people

TODAY = dt.date(2025, 11, 20)


def test_a_consent_is_recorded_and_a_new_one_replaces_it(db: Database) -> None:
    (volunteer,) = add_people(db, "Mały Staś")
    first = record_health_consent(
        db,
        volunteer,
        HealthConsentData(dt.date(2025, 3, 1), " Piotr  Mały ", True, "Astma\n\n leki wziewne "),
        TODAY,
    )
    [row] = list_health_consents(db, volunteer)
    assert (row.id, row.given_by, row.given_by_guardian, row.health_info) == (
        first,
        "Piotr Mały",
        True,
        "Astma\nleki wziewne",
    )
    assert row.withdrawn_on is None
    record_health_consent(
        db, volunteer, HealthConsentData(dt.date(2025, 9, 1), "Piotr Mały", True, "Astma"), TODAY
    )
    newer, older = list_health_consents(db, volunteer)
    assert newer.withdrawn_on is None and newer.health_info == "Astma"
    assert older.withdrawn_on == dt.date(2025, 9, 1) and older.health_info is None


def test_a_consent_needs_its_giver_and_a_past_date(db: Database) -> None:
    (volunteer,) = add_people(db, "Mały Staś")
    with pytest.raises(ValidationErrors) as caught:
        record_health_consent(db, volunteer, HealthConsentData(TODAY + dt.timedelta(days=1), "  "), TODAY)
    assert set(caught.value.by_field()) == {"given_by", "given_on"}


def test_withdrawing_erases_the_information_and_the_log_never_holds_it(db: Database) -> None:
    (volunteer,) = add_people(db, "Żółć Żaneta")
    consent = record_health_consent(
        db, volunteer, HealthConsentData(dt.date(2025, 3, 1), "Żaneta Żółć", False, "Cukrzyca typu 1"), TODAY
    )
    with pytest.raises(ValidationErrors):
        withdraw_health_consent(db, consent, dt.date(2025, 2, 1))
    withdraw_health_consent(db, consent, dt.date(2025, 4, 1))
    [row] = list_health_consents(db, volunteer)
    assert row.withdrawn_on == dt.date(2025, 4, 1) and row.health_info is None
    with db.session() as session:
        logged = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value).where(AuditEntry.entity == "health_consent")
        ).all()
    assert logged and not any("Cukrzyca" in (value or "") for pair in logged for value in pair)


def test_default_activity_types_carry_risk_information(db: Database) -> None:
    rows = {row.code: row.risk_info or "" for row in list_activity_types_all(db)}
    for code in ("TOW", "ZAK", "CODZ", "SPA", "TLEK", "EDU", "DROB"):
        assert rows[code], code
    assert "agresywnie" in rows["TOW"] and "Upadki" in rows["TOW"]  # home visits: aggression, falls
    assert "Dźwiganie" in rows["ZAK"] and "zimą" in rows["ZAK"]  # lifting, travel in winter
    assert "Zakażenia" in rows["TLEK"] and "Zwierzęta" in rows["TOW"]
    assert "Higiena" in rows["CODZ"]


def test_risk_information_is_saved_line_by_line(db: Database) -> None:
    new = create_activity_type(
        db,
        ActivityTypeData(
            "OGR", "Prace w ogrodzie", risk_info="  Kleszcze:  repelent \n\n Upał: nakrycie głowy "
        ),
    )
    assert get_activity_type(db, new).risk_info == "Kleszcze: repelent\nUpał: nakrycie głowy"
    update_activity_type(db, new, ActivityTypeData("OGR", "Prace w ogrodzie", risk_info="   "))
    assert get_activity_type(db, new).risk_info is None
