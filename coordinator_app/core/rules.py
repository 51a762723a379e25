"""Domain rules that do not need the database: age, minors, required statements."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from coordinator_app.core.enums import StatementKind


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Full years of age on a day (a person born on 29 February comes of age on 1 March)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


class AgeGroup(StrEnum):
    ADULT = "adult"
    MINOR = "minor"  # 13–17: signs with the legal guardian's consent
    CHILD = "child"  # under 13: the legal guardian concludes the agreement


def age_group(age: int) -> AgeGroup:
    if age >= 18:
        return AgeGroup.ADULT
    if age >= 13:
        return AgeGroup.MINOR
    return AgeGroup.CHILD


# Statements every volunteer must sign before starting (domain §7.1, marked *).
REQUIRED_STATEMENTS: tuple[StatementKind, ...] = (
    StatementKind.HEALTH_SAFETY,
    StatementKind.RIGHTS_DUTIES,
    StatementKind.CONFIDENTIALITY,
    StatementKind.GDPR_CLAUSE,
)


def required_statements(group: AgeGroup) -> tuple[StatementKind, ...]:
    if group is AgeGroup.ADULT:
        return REQUIRED_STATEMENTS
    return (*REQUIRED_STATEMENTS, StatementKind.GUARDIAN_CONSENT)


def missing_statements(signed: set[str], group: AgeGroup) -> list[StatementKind]:
    return [kind for kind in required_statements(group) if kind.value not in signed]
