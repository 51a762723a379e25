"""The register of data subjects' requests: kinds, deadlines (art. 12 ust. 3 RODO), validation.

The answer is due within one month of receiving the request; when the case is complex the
controller may extend it by two further months, telling the person within the first month.
A period in months ends on the day of the month that matches the day of receipt (the last day
of a shorter month), and one ending on a Saturday, Sunday or public holiday ends on the next
working day (art. 3 ust. 4 of Regulation 1182/71, which sets the periods of EU law).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from coordinator_app.core.calendar import add_months
from coordinator_app.core.validation import FieldError, ValidationErrors, clean_text
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date

DUE_SOON_DAYS = 7  # the dashboard lists requests due within this many days (and overdue ones)
EXTENSION_MONTHS = 2


class RequestKind(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"

    @property
    def label(self) -> str:
        return _(_KIND_LABELS[self])


_KIND_LABELS = {
    RequestKind.ACCESS: N_("access to data (art. 15)"),
    RequestKind.RECTIFICATION: N_("rectification (art. 16)"),
    RequestKind.ERASURE: N_("erasure (art. 17)"),
    RequestKind.RESTRICTION: N_("restriction of processing (art. 18)"),
    RequestKind.OBJECTION: N_("objection (art. 21)"),
    RequestKind.PORTABILITY: N_("data portability (art. 20)"),
}


class RequestSubject(StrEnum):
    VOLUNTEER = "volunteer"
    GUARDIAN = "guardian"
    CLIENT = "client"
    OTHER = "other"


class RequestChannel(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return _(_CHANNEL_LABELS[self])


_CHANNEL_LABELS = {
    RequestChannel.PAPER: N_("in writing"),
    RequestChannel.ELECTRONIC: N_("electronically"),
    RequestChannel.IN_PERSON: N_("in person"),
}


def easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 90) // 25
    return dt.date(year, n, (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 33 * n + 19) % 32)


def public_holidays(year: int) -> frozenset[dt.date]:
    """Days free from work in Poland (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy)."""
    sunday = easter(year)
    fixed = [(1, 1), (1, 6), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]
    if year >= 2025:
        fixed.append((12, 24))
    days = {dt.date(year, month, day) for month, day in fixed}
    days |= {
        sunday,
        sunday + dt.timedelta(days=1),
        sunday + dt.timedelta(days=49),
        sunday + dt.timedelta(days=60),
    }
    return frozenset(days)


def working_day_on_or_after(day: dt.date) -> dt.date:
    while day.weekday() >= 5 or day in public_holidays(day.year):
        day += dt.timedelta(days=1)
    return day


def month_deadline(received_on: dt.date) -> dt.date:
    """The last day to answer: one month after receipt."""
    return working_day_on_or_after(add_months(received_on, 1))


def extended_deadline(received_on: dt.date) -> dt.date:
    """The last day to answer once extended: three months after receipt."""
    return working_day_on_or_after(add_months(received_on, 1 + EXTENSION_MONTHS))


@dataclass(frozen=True)
class RequestDeadline:
    due_on: dt.date
    extended: bool
    answered_on: dt.date | None
    days_left: int  # negative: overdue by so many days; meaningless once answered

    @property
    def open(self) -> bool:
        return self.answered_on is None

    @property
    def overdue(self) -> bool:
        return self.open and self.days_left < 0

    @property
    def answered_late(self) -> bool:
        return self.answered_on is not None and self.answered_on > self.due_on


def deadline_of(
    received_on: dt.date, extended_on: dt.date | None, answered_on: dt.date | None, today: dt.date
) -> RequestDeadline:
    extended = extended_on is not None
    due = extended_deadline(received_on) if extended else month_deadline(received_on)
    return RequestDeadline(due, extended, answered_on, (due - today).days)


@dataclass
class RequestData:
    """A request as the form edits it."""

    kind: str = RequestKind.ACCESS.value
    subject: str = RequestSubject.VOLUNTEER.value
    volunteer_id: int | None = None
    client_id: int | None = None
    requester: str | None = None
    received_on: dt.date | None = None
    channel: str | None = RequestChannel.PAPER.value
    details: str | None = None
    extended_on: dt.date | None = None
    extension_reason: str | None = None
    answered_on: dt.date | None = None
    answer: str | None = None


def validate_request(data: RequestData, today: dt.date) -> RequestData:
    """A cleaned copy, or ValidationErrors in words the coordinator understands."""
    errors: list[FieldError] = []
    clean = RequestData(**vars(data))
    for name in ("requester", "details", "extension_reason", "answer"):
        setattr(
            clean,
            name,
            clean_text(getattr(clean, name)) if name != "answer" else (clean.answer or "").strip() or None,
        )
    if clean.kind not in {kind.value for kind in RequestKind}:
        errors.append(FieldError("kind", _("Choose what the person asks for."), required=True))
    _check_person(clean, errors)
    if clean.received_on is None:
        errors.append(FieldError("received_on", _("Enter the date the request was received."), required=True))
    elif clean.received_on > today:
        errors.append(FieldError("received_on", _("The date of receipt cannot be in the future.")))
    else:
        _check_dates(clean, errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def _check_person(clean: RequestData, errors: list[FieldError]) -> None:
    if clean.subject == RequestSubject.CLIENT.value:
        clean.volunteer_id = None
        if clean.client_id is None:
            errors.append(FieldError("client_id", _("Choose the client who made the request.")))
    elif clean.subject in (RequestSubject.VOLUNTEER.value, RequestSubject.GUARDIAN.value):
        clean.client_id = None
        if clean.volunteer_id is None:
            errors.append(FieldError("volunteer_id", _("Choose the volunteer the request concerns.")))
    elif clean.subject == RequestSubject.OTHER.value:
        clean.volunteer_id = clean.client_id = None
        if not clean.requester:
            errors.append(
                FieldError(
                    "requester", _("Enter the name of the person who made the request."), required=True
                )
            )
    else:
        errors.append(FieldError("subject", _("Choose who made the request.")))


def _check_dates(clean: RequestData, errors: list[FieldError]) -> None:
    assert clean.received_on is not None
    if clean.extended_on is not None:
        if clean.extended_on < clean.received_on:
            errors.append(FieldError("extended_on", _("The extension cannot come before the request.")))
        elif clean.extended_on > month_deadline(clean.received_on):
            errors.append(
                FieldError(
                    "extended_on",
                    _(
                        "The person must be told of the extension within a month of the request (by {date})."
                    ).format(date=format_date(month_deadline(clean.received_on))),
                )
            )
        if not clean.extension_reason:
            errors.append(
                FieldError("extension_reason", _("Give the reason for the extension; the person is told it."))
            )
    if clean.answered_on is not None:
        if clean.answered_on < clean.received_on:
            errors.append(FieldError("answered_on", _("The answer cannot come before the request.")))
        if not clean.answer:
            errors.append(FieldError("answer", _("Write down what was answered.")))
    elif clean.answer:
        errors.append(FieldError("answered_on", _("Enter the date of the answer.")))
