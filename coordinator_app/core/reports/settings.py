"""The report settings (declared in `db.settings`), read together and validated."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordinator_app.core.reports.korpus import KorpusThresholds
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db import settings as options
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _

MAX_SMALL_COUNT = 20
MAX_HOUR_VALUE_GROSZE = 100_000  # 1000 zł an hour: surely a typing mistake beyond that


@dataclass(frozen=True)
class ReportSettings:
    small_count: int = 3
    hour_value_grosze: int = 3140
    korpus: KorpusThresholds = field(default_factory=KorpusThresholds)


def read_report_settings(db: Database) -> ReportSettings:
    """The stored values; a missing or unusable one falls back to its default."""

    def positive(option: options.Declared[int], maximum: int) -> int:
        value = options.read(db, option)
        return value if 1 <= value <= maximum else option.default

    return ReportSettings(
        small_count=positive(options.REPORT_SMALL_COUNT, MAX_SMALL_COUNT),
        hour_value_grosze=positive(options.REPORT_HOUR_VALUE_GROSZE, MAX_HOUR_VALUE_GROSZE),
        korpus=KorpusThresholds(
            standard_hours=positive(options.KS_STANDARD_HOURS, 744),
            standard_months=positive(options.KS_STANDARD_MONTHS, 36),
            reduced_hours=positive(options.KS_REDUCED_HOURS, 744),
            reduced_months=positive(options.KS_REDUCED_MONTHS, 36),
        ),
    )


def save_report_settings(db: Database, small_count: int, hour_value_grosze: int) -> None:
    """Store the two settings the Reports window edits; raises `ValidationErrors`."""
    errors = []
    if not 1 <= small_count <= MAX_SMALL_COUNT:
        errors.append(
            FieldError(
                "small_count",
                _("The threshold must be a whole number from 1 to {max}.").format(max=MAX_SMALL_COUNT),
            )
        )
    if not 1 <= hour_value_grosze <= MAX_HOUR_VALUE_GROSZE:
        errors.append(
            FieldError("hour_value", _("The value of an hour must be more than 0 and at most 1000 zł."))
        )
    if errors:
        raise ValidationErrors(errors)
    options.write(db, options.REPORT_SMALL_COUNT, small_count)
    options.write(db, options.REPORT_HOUR_VALUE_GROSZE, hour_value_grosze)
