"""The report settings (declared in `core.settings`), read together and validated."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordinator_app.core.reports.korpus import KorpusThresholds
from coordinator_app.core.settings import (
    KS_REDUCED_HOURS,
    KS_REDUCED_MONTHS,
    KS_STANDARD_HOURS,
    KS_STANDARD_MONTHS,
    REPORT_HOUR_VALUE_GROSZE,
    REPORT_SMALL_COUNT,
    AppSetting,
)
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


def _bounds(setting: AppSetting[int]) -> tuple[int, int]:
    assert setting.minimum is not None and setting.maximum is not None
    return setting.minimum, setting.maximum


# The range of the Reports window's spin box.
MIN_SMALL_COUNT, MAX_SMALL_COUNT = _bounds(REPORT_SMALL_COUNT)


@dataclass(frozen=True)
class ReportSettings:
    small_count: int = REPORT_SMALL_COUNT.default
    hour_value_grosze: int = REPORT_HOUR_VALUE_GROSZE.default
    korpus: KorpusThresholds = field(default_factory=KorpusThresholds)


def read_report_settings(db: Database) -> ReportSettings:
    """The stored values; a missing or unusable one falls back to its default."""
    return ReportSettings(
        small_count=settings_store.read(db, REPORT_SMALL_COUNT),
        hour_value_grosze=settings_store.read(db, REPORT_HOUR_VALUE_GROSZE),
        korpus=KorpusThresholds(
            standard_hours=settings_store.read(db, KS_STANDARD_HOURS),
            standard_months=settings_store.read(db, KS_STANDARD_MONTHS),
            reduced_hours=settings_store.read(db, KS_REDUCED_HOURS),
            reduced_months=settings_store.read(db, KS_REDUCED_MONTHS),
        ),
    )


def save_report_settings(db: Database, small_count: int, hour_value_grosze: int) -> None:
    """Store the two settings the Reports window edits; raises `ValidationErrors`."""
    errors = []
    if not REPORT_SMALL_COUNT.accepts(small_count):
        errors.append(
            FieldError(
                "small_count",
                _("The threshold must be a whole number from 1 to {max}.").format(max=MAX_SMALL_COUNT),
            )
        )
    if not REPORT_HOUR_VALUE_GROSZE.accepts(hour_value_grosze):
        errors.append(
            FieldError("hour_value", _("The value of an hour must be more than 0 and at most 1000 zł."))
        )
    if errors:
        raise ValidationErrors(errors)
    settings_store.write(db, REPORT_SMALL_COUNT, small_count)
    settings_store.write(db, REPORT_HOUR_VALUE_GROSZE, hour_value_grosze)
