"""The vetting rules as pure functions (no database): what a complete, valid record needs.

Legal frame (domain §2.2.2, art. 21 of the act of 13 May 2016 as amended by "Lex Kamilek"):
before admitting a volunteer to work with minors the OPS obtains information from the
restricted-access Sex Offenders Register (RSPTS) and the State Commission register (ust. 2), the
volunteer presents information from the National Criminal Register (KRK) in the scope of
ust. 3, foreigners and people who lived abroad add a statement on their countries of residence
in the last 20 years and criminal-record information from those countries (ust. 4–7), and the
OPS's child-protection standards require familiarisation with them (art. 22c).

The processing rests on the statutory duty (art. 6 ust. 1 lit. c and art. 10 RODO), never on
consent: no consent is asked for or recorded here.

Foreign statements: the volunteer record has no "lived abroad" flag, so for a Polish citizen the
statements are required once foreign criminal-record information is entered (the coordinator
records the countries there); for anyone whose citizenship is not (only) Polish both the
statement and the information from the country of citizenship are required.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from coordinator_app.core.calendar import add_months
from coordinator_app.core.text import fold
from coordinator_app.core.vetting.data import VettingCheck, VettingData, VettingStatus
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date

_POLISH = frozenset({"polskie", "polska", "polski", "pl", "pol", "rp", "polish", "poland"})
_SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\bi\b|\boraz\b|\band\b)\s*")


@lru_cache(maxsize=1024)
def citizenship_is_polish(citizenship: str | None) -> bool | None:
    """True for Polish citizenship only, False when any other citizenship is named (dual
    citizens included), None when nothing is recorded."""
    text = fold(citizenship).strip().strip(".")
    if not text:
        return None
    parts = [part.strip(" .") for part in _SEPARATORS.split(text)]
    parts = [part.removeprefix("obywatelstwo ").strip() for part in parts if part.strip(" .")]
    return bool(parts) and all(part in _POLISH for part in parts)


def foreign_statements_required(data: VettingData | None, citizenship: str | None) -> bool:
    """Whether the statement on countries of residence (and foreign records) is needed."""
    if citizenship_is_polish(citizenship) is False:
        return True
    return data is not None and bool((data.foreign_records or "").strip())


# What can be missing or failing, in the order the sentences are listed (msgids, translated
# when rendered). "{date}" is the item's own date, "{on}" the day checked for.
GAP_MESSAGES: dict[str, str] = {
    "rspts_entry": N_("The RSPTS check found an entry."),
    "rspts_missing": N_("No check in the RSPTS (restricted-access register)."),
    "rspts_late": N_("The RSPTS check was made only on {date}, after {on}."),
    "rspts_result": N_("The result of the RSPTS check is not recorded."),
    "rspts_reference": N_("No printout number or ID of the RSPTS check."),
    "rspts_checked_by": N_("Not recorded who made the RSPTS check."),
    "commission_entry": N_("The State Commission register contains an entry."),
    "commission_missing": N_("No check in the State Commission register."),
    "commission_late": N_("The State Commission register was checked only on {date}, after {on}."),
    "commission_result": N_("The result of the State Commission register check is not recorded."),
    "krk_entries": N_("The KRK information contains entries."),
    "krk_missing": N_("No information from the KRK in the scope of art. 21 sec. 3."),
    "krk_issue_date": N_("The issue date of the KRK information is missing."),
    "krk_presented_on": N_("The date the KRK information was presented is missing."),
    "krk_late": N_("The KRK information was presented only on {date}, after {on}."),
    "krk_scope": N_("The scope of the KRK information is missing."),
    "krk_result": N_("The result of the KRK information is not recorded."),
    "citizenship_unknown": N_(
        "The volunteer's citizenship is not recorded, so it is not known whether the "
        "statements for foreigners are needed."
    ),
    "residence_statement_foreigner": N_(
        "No statement on the countries of residence in the last 20 years "
        "(the volunteer is not a Polish citizen)."
    ),
    "foreign_records_foreigner": N_(
        "No criminal-record information from the country of citizenship "
        "(the volunteer is not a Polish citizen)."
    ),
    "residence_statement_abroad": N_(
        "No statement on the countries of residence in the last 20 years "
        "(foreign criminal-record information is recorded)."
    ),
    "residence_statement_everyone": N_(
        "No statement on the countries of residence in the last 20 years "
        "(the centre asks it of every volunteer working with minors)."
    ),
    "residence_statement_late": N_(
        "The statement on the countries of residence was made only on {date}, after {on}."
    ),
    "standards_missing": N_("Not familiarised with the child-protection standards."),
    "standards_late": N_("Familiarised with the child-protection standards only on {date}, after {on}."),
    "valid_until_missing": N_("No valid-until date (next review) of the vetting."),
    "expired": N_("Vetting valid until {date} — expired."),
}

# An entry found in a register: no coordinator override may pass these.
BLOCKING = frozenset({"rspts_entry", "commission_entry", "krk_entries"})

Gap = tuple[str, dt.date | None]  # (code in GAP_MESSAGES, the date the message names)


def gap_items(record: VettingData, citizenship: str | None, on: dt.date, everyone: bool = False) -> list[Gap]:
    """Every missing or failing item of `record` for work with minors on the day `on`, as
    codes (fast: no text is built, so 10,000 volunteers are judged at once). `everyone`: the
    centre asks every such volunteer for the statement on countries of residence (setting
    RESIDENCE_STATEMENT_FROM_EVERYONE), not only those the act names."""
    gaps: list[Gap] = []
    _rspts(record, on, gaps)
    _commission(record, on, gaps)
    _krk(record, on, gaps)
    _foreign(record, citizenship, on, gaps)
    if (
        everyone
        and record.residence_statement_date is None
        and not any(code.startswith("residence_statement") for code, _day in gaps)
    ):
        gaps.append(("residence_statement_everyone", None))
    _late(gaps, "standards", record.standards_training_date, on)
    if record.valid_until is None:
        gaps.append(("valid_until_missing", None))
    elif record.valid_until < on:
        gaps.append(("expired", record.valid_until))
    return gaps


def status_of(has_record: bool, gaps: list[Gap]) -> VettingStatus:
    """Blocked before missing before expired before incomplete: an expired record needs a new
    check whatever else it lacks."""
    codes = {code for code, _day in gaps}
    if codes & BLOCKING:
        return VettingStatus.BLOCKED
    if not has_record:
        return VettingStatus.MISSING
    if "expired" in codes:
        return VettingStatus.EXPIRED
    return VettingStatus.INCOMPLETE if codes else VettingStatus.COMPLETE


def gap_sentence(code: str, day: dt.date | None, on: dt.date) -> str:
    """The Polish sentence of one gap (the volunteer's name is added by the caller)."""
    return _(GAP_MESSAGES[code]).format(date=format_date(day), on=format_date(on))


def evaluate(
    data: VettingData | None, citizenship: str | None, on: dt.date, everyone: bool = False
) -> VettingCheck:
    """The verdict on `data` (the volunteer's current record, None when there is none) for
    work with minors on the day `on`. Every item is checked, so the list says all that is
    missing at once. Checks made after `on` do not count for that day."""
    items = gap_items(data or VettingData(), citizenship, on, everyone)
    gaps = tuple(gap_sentence(code, day, on) for code, day in items)
    blocking = tuple(sentence for (code, _day), sentence in zip(items, gaps, strict=True) if code in BLOCKING)
    return VettingCheck(
        status_of(data is not None, items), gaps, blocking, foreign_statements_required(data, citizenship)
    )


def _late(gaps: list[Gap], prefix: str, day: dt.date | None, on: dt.date) -> None:
    """`<prefix>_missing` when there is no date, `<prefix>_late` when it is after `on`."""
    if day is None:
        gaps.append((f"{prefix}_missing", None))
    elif day > on:
        gaps.append((f"{prefix}_late", day))


def _rspts(record: VettingData, on: dt.date, gaps: list[Gap]) -> None:
    if record.rspts_entry_found:
        gaps.append(("rspts_entry", None))
    _late(gaps, "rspts", record.rspts_date, on)
    if record.rspts_date is None:
        return
    if record.rspts_entry_found is None:
        gaps.append(("rspts_result", None))
    if not (record.rspts_reference or "").strip():
        gaps.append(("rspts_reference", None))
    if not (record.rspts_checked_by or "").strip():
        gaps.append(("rspts_checked_by", None))


def _commission(record: VettingData, on: dt.date, gaps: list[Gap]) -> None:
    if record.commission_entry_found:
        gaps.append(("commission_entry", None))
    _late(gaps, "commission", record.commission_date, on)
    if record.commission_date is not None and record.commission_entry_found is None:
        gaps.append(("commission_result", None))


def _krk(record: VettingData, on: dt.date, gaps: list[Gap]) -> None:
    if record.krk_has_entries:
        gaps.append(("krk_entries", None))
    if record.krk_issue_date is None and record.krk_presented_on is None:
        gaps.append(("krk_missing", None))
        return
    if record.krk_issue_date is None:
        gaps.append(("krk_issue_date", None))
    if record.krk_presented_on is None:
        gaps.append(("krk_presented_on", None))
    elif record.krk_presented_on > on:
        gaps.append(("krk_late", record.krk_presented_on))
    if not (record.krk_scope or "").strip():
        gaps.append(("krk_scope", None))
    if record.krk_has_entries is None:
        gaps.append(("krk_result", None))


def _foreign(record: VettingData, citizenship: str | None, on: dt.date, gaps: list[Gap]) -> None:
    polish = citizenship_is_polish(citizenship)
    has_records = bool((record.foreign_records or "").strip())
    if polish is None and not has_records:
        gaps.append(("citizenship_unknown", None))
        return
    statement = record.residence_statement_date
    if polish is False:
        if statement is None:
            gaps.append(("residence_statement_foreigner", None))
        if not has_records:
            gaps.append(("foreign_records_foreigner", None))
    elif has_records and statement is None:
        gaps.append(("residence_statement_abroad", None))
    if statement is not None and statement > on:
        gaps.append(("residence_statement_late", statement))


def suggest_valid_until(data: VettingData, months: int) -> dt.date | None:
    """The next review: `months` (the OPS standards' period) after the oldest piece of evidence
    (RSPTS check, Commission check, KRK issue date), so nothing in the record is older than the
    period allows. None until at least one of those dates is known."""
    dates = [d for d in (data.rspts_date, data.commission_date, data.krk_issue_date) if d is not None]
    if not dates or months <= 0:
        return None
    return add_months(min(dates), months)
