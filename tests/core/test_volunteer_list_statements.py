"""The volunteers list counts each volunteer's missing statements from one aggregated query
(issue #16: one row per volunteer, not one per statement): signed ones count, withdrawn ones
do not, and a minor also needs the guardian's consent."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.rules import REQUIRED_STATEMENTS
from coordinator_app.core.volunteers import StatementData, create_volunteer, list_volunteers
from coordinator_app.db.engine import Database
from tests.factories import volunteer

TODAY = dt.date(2026, 11, 21)
SIGNED = dt.date(2026, 11, 1)


def test_missing_statements_count_signed_and_ignore_withdrawn(db: Database) -> None:
    first, second, third = (kind.value for kind in REQUIRED_STATEMENTS[:3])
    all_signed = volunteer(last_name="Wszystkie")
    all_signed.statements = {kind.value: StatementData(SIGNED) for kind in REQUIRED_STATEMENTS}
    two = volunteer(last_name="Dwa", pesel=None, birth_date=dt.date(1980, 1, 2), id_document="ABC123451")
    two.statements = {
        first: StatementData(SIGNED),
        second: StatementData(SIGNED),
        third: StatementData(SIGNED, withdrawn_on=dt.date(2026, 11, 10)),
    }
    minor = volunteer(
        last_name="Młodsza",
        pesel=None,
        birth_date=dt.date(2012, 3, 4),
        id_document="ABC123456",
        guardian_name="Maria Żółć",
        guardian_phone="501 222 333",
        guardian_consent_date=dt.date(2026, 9, 1),
    )
    minor.statements = {kind.value: StatementData(SIGNED) for kind in REQUIRED_STATEMENTS}
    none = volunteer(last_name="Żadne", pesel=None, birth_date=dt.date(1975, 6, 7), id_document="ABC123452")
    for data in (all_signed, two, minor, none):
        create_volunteer(db, data, today=TODAY)

    missing = {row.last_name: row.missing_statements for row in list_volunteers(db, today=TODAY)}

    assert missing == {
        "Wszystkie": 0,
        "Dwa": len(REQUIRED_STATEMENTS) - 2,
        "Młodsza": 1,  # the guardian's consent
        "Żadne": len(REQUIRED_STATEMENTS),
    }
