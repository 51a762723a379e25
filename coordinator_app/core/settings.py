"""The application's settings, each declared once: key, type, default and bounds.

These are the values the coordinator may change that live in the database's `settings` table
(`db.settings_store` reads and writes them). They are not the pick-lists of `core.options`,
nor the window's state (kept in QSettings). A stored value that cannot be read, or lies outside
its bounds, is taken as the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", int, str)


@dataclass(frozen=True)
class AppSetting(Generic[T]):
    """A setting kept in the `settings` table: its key, the type its text is read as, its
    default, and the smallest and largest value accepted (None: no bound)."""

    key: str
    type: type[T]
    default: T
    minimum: T | None = None
    maximum: T | None = None

    def accepts(self, value: T) -> bool:
        """Whether `value` lies within the bounds."""
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum

    def value_from(self, text: str | None) -> T:
        """The value stored as `text`; the default when it is missing, unreadable or out of bounds."""
        if text is None:
            return self.default
        try:
            value = self.type(text)
        except ValueError:
            return self.default
        return value if self.accepts(value) else self.default

    def text_of(self, value: T) -> str:
        """How `value` is stored."""
        return str(value)


# --- data safety ---------------------------------------------------------------------------
# Remind the coordinator when the last backup outside this computer is older than this.
BACKUP_REMINDER_DAYS = AppSetting("backup_reminder_days", int, 7)
# Automatic backups kept: the newest of each of so many days, ISO weeks and months.
BACKUPS_DAILY = AppSetting("backups_daily", int, 7)
BACKUPS_WEEKLY = AppSetting("backups_weekly", int, 4)
BACKUPS_MONTHLY = AppSetting("backups_monthly", int, 12)

# --- reports -------------------------------------------------------------------------------
# Reports (domain §5.3, §2.3.6): client counts below this are printed as "<3" (small cells).
REPORT_SMALL_COUNT = AppSetting("report_small_count", int, 3, minimum=1, maximum=20)
# Value of an hour of volunteer work in grosze (in-kind contribution); the OPS sets its own
# rate; the default is the statutory minimum hourly rate of 2026 (31,40 zł). More than
# 1000 zł an hour is surely a typing mistake.
REPORT_HOUR_VALUE_GROSZE = AppSetting("report_hour_value_grosze", int, 3140, minimum=1, maximum=100_000)

# Korpus Solidarności (domain §5.1): ages 15–65 need 16 h a month for 12 months; under 15 and
# over 65, 6 h a month for 6 months. At most every hour of a month (31 × 24 = 744) and three
# years of months.
MAX_MONTHLY_HOURS = 744
MAX_MONTHS = 36
KS_STANDARD_HOURS = AppSetting("ks_standard_hours", int, 16, minimum=1, maximum=MAX_MONTHLY_HOURS)
KS_STANDARD_MONTHS = AppSetting("ks_standard_months", int, 12, minimum=1, maximum=MAX_MONTHS)
KS_REDUCED_HOURS = AppSetting("ks_reduced_hours", int, 6, minimum=1, maximum=MAX_MONTHLY_HOURS)
KS_REDUCED_MONTHS = AppSetting("ks_reduced_months", int, 6, minimum=1, maximum=MAX_MONTHS)

# --- vetting -------------------------------------------------------------------------------
# How long a vetting stays valid before the next review, in months. The act sets no period;
# the OPS's child-protection standards do (domain §2.2.2 "currency"). Used only to *suggest*
# the "valid until" date; the coordinator types or confirms it.
VETTING_VALIDITY_MONTHS = AppSetting("vetting_validity_months", int, 24)
# Who signs the statement on countries of residence in the last 20 years (art. 21 ust. 4-7 of
# the 2016 act): 0 = only those the act names (foreigners, and those who lived abroad in the
# last 20 years: the statutory minimum, and what earlier records were judged by), 1 = every
# volunteer working with minors (common practice: the organiser cannot otherwise know who
# lived abroad); the coordinator chooses.
RESIDENCE_STATEMENT_FROM_EVERYONE = AppSetting(
    "residence_statement_from_everyone", int, 0, minimum=0, maximum=1
)

# --- minors' school hours ------------------------------------------------------------------
# A minor's assignment scheduled in these hours (minutes after midnight) on a school day
# (Monday to Friday outside the summer holidays, months inclusive) gets a warning.
SCHOOL_HOURS_FROM = AppSetting("school_hours_from", int, 8 * 60, minimum=0, maximum=24 * 60)
SCHOOL_HOURS_TO = AppSetting("school_hours_to", int, 15 * 60, minimum=0, maximum=24 * 60)
SCHOOL_HOLIDAYS_FROM_MONTH = AppSetting("school_holidays_from_month", int, 7, minimum=1, maximum=12)
SCHOOL_HOLIDAYS_TO_MONTH = AppSetting("school_holidays_to_month", int, 8, minimum=1, maximum=12)

ALL: tuple[AppSetting[int], ...] = (
    BACKUP_REMINDER_DAYS,
    BACKUPS_DAILY,
    BACKUPS_WEEKLY,
    BACKUPS_MONTHLY,
    REPORT_SMALL_COUNT,
    REPORT_HOUR_VALUE_GROSZE,
    KS_STANDARD_HOURS,
    KS_STANDARD_MONTHS,
    KS_REDUCED_HOURS,
    KS_REDUCED_MONTHS,
    VETTING_VALIDITY_MONTHS,
    RESIDENCE_STATEMENT_FROM_EVERYONE,
    SCHOOL_HOURS_FROM,
    SCHOOL_HOURS_TO,
    SCHOOL_HOLIDAYS_FROM_MONTH,
    SCHOOL_HOLIDAYS_TO_MONTH,
)

# --- RODO retention (issue 15; domain §2.3.3) ------------------------------------------------
# Years a record is kept after the end of the year its matter closed (the JRWA "B" categories
# count from 1 January of the next year: B5 = five full years). No JRWA entry for volunteering
# is known: these are the typical B5 defaults, to be confirmed with the OPS's archivist and IOD.
# 0 years: the record is due on 1 January after the year it closed.
MAX_RETENTION_YEARS = 50
RETENTION_VOLUNTEER_YEARS = AppSetting(
    "retention_volunteer_years", int, 5, minimum=0, maximum=MAX_RETENTION_YEARS
)
# The volunteer module is not the client's master file (the OPS's case file is): the same B5
# after support ended by default, which the OPS may shorten.
RETENTION_CLIENT_YEARS = AppSetting("retention_client_years", int, 5, minimum=0, maximum=MAX_RETENTION_YEARS)
# Vetting details (register printout numbers, statements' notes): needed only while the
# volunteer may work with minors; due after the cooperation ended.
RETENTION_VETTING_YEARS = AppSetting(
    "retention_vetting_years", int, 0, minimum=0, maximum=MAX_RETENTION_YEARS
)
# Documents, by kind (`core.issuing.catalog.DocumentKind` values): the agreement and
# everything about it B5; the statements of the vetting as the vetting; a thank-you letter B2.
RETENTION_DOCUMENT_DEFAULTS = {
    "agreement": 5,
    "annex": 5,
    "termination": 5,
    "expiry": 5,
    "referral": 5,
    "timesheet": 5,
    "certificate": 5,
    "opinion": 5,
    "thanks": 2,
    "training_certificate": 5,
    "attendance_list": 5,
    "residence_statement": 0,
    "no_record_statement": 0,
    "authorisation": 5,
    "confidentiality_statement": 5,
    "image_consent": 5,
}
RETENTION_DOCUMENTS: dict[str, AppSetting[int]] = {
    kind: AppSetting(f"retention_document_{kind}_years", int, years, minimum=0, maximum=MAX_RETENTION_YEARS)
    for kind, years in RETENTION_DOCUMENT_DEFAULTS.items()
}
# Copies put aside before a restore, a handover or an upgrade are deleted after this many
# days (the newest of each kind is always kept), so erased data leaves them too.
ASIDE_COPIES_KEEP_DAYS = AppSetting("aside_copies_keep_days", int, 365, minimum=30, maximum=3650)

ALL = (
    *ALL,
    RETENTION_VOLUNTEER_YEARS,
    RETENTION_CLIENT_YEARS,
    RETENTION_VETTING_YEARS,
    *RETENTION_DOCUMENTS.values(),
    ASIDE_COPIES_KEEP_DAYS,
)
