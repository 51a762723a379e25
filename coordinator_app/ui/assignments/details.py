"""An assignment's details for the read-only details window (the client by code only)."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.assignments import AssignmentDetails, assignment_form_label
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours, format_month
from coordinator_app.ui.volunteers.form import WEEKDAYS
from coordinator_app.ui.widgets.details_dialog import DetailsDocument


def _period(a: AssignmentDetails) -> str:
    if a.date_to is None:
        return _("from {date}, open-ended").format(date=format_date(a.date_from))
    return f"{format_date(a.date_from)} – {format_date(a.date_to)}"


def _time_range(start: dt.time, end: dt.time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def assignment_document(a: AssignmentDetails) -> DetailsDocument:
    title = a.number or f"#{a.id}"
    doc = DetailsDocument(_("Assignment {number}").format(number=title))
    doc.section(_("Assignment"))
    doc.field(_("Number"), a.number)
    doc.field(_("Volunteer"), a.volunteer_name)
    doc.field(_("Client code"), a.client_code or _("none (group or event assignment)"))
    doc.field(_("Agreement"), a.agreement_number)
    doc.field(_("Activity"), f"{a.activity_code} — {a.activity_name}")
    doc.field(_("Form"), assignment_form_label(a.form))
    doc.field(_("Involves minors"), _("yes") if a.involves_minors else _("no"))
    doc.field(_("Period"), _period(a))
    doc.field(_("Place"), a.place)
    if a.planned_minutes_per_month:
        doc.field(_("Planned hours a month"), format_hours(a.planned_minutes_per_month))
    doc.field(_("Status"), AssignmentStatus(a.status).label)
    if a.end_reason:
        doc.field(_("Reason for ending"), a.end_reason)
    if a.cooperation_rating is not None:
        doc.field(_("Cooperation rating"), f"{a.cooperation_rating}/5")

    doc.section(_("Social worker and referral"))
    doc.field(_("Social worker"), a.social_worker)
    doc.field(_("Consulted on"), format_date(a.social_worker_consulted_on))
    doc.field(_("Referral issued on"), format_date(a.referral_issued_on))
    doc.field(_("Family informed on"), format_date(a.family_informed_on))

    doc.section(_("Schedule"))
    doc.table(
        (_("Day"), _("Time"), _("How often")),
        [
            (
                _(WEEKDAYS[line.weekday]),
                _time_range(line.start_time, line.end_time),
                _("every other week") if line.every_other_week else _("every week"),
            )
            for line in a.schedule
        ],
        empty=_("No fixed schedule."),
    )

    doc.section(_("Hours"))
    doc.field(_("Confirmed hours in total"), format_hours(a.confirmed_minutes))
    doc.table(
        (_("Month"), _("Confirmed"), _("Awaiting confirmation")),
        [
            (format_month(m.month), format_hours(m.confirmed_minutes), format_hours(m.unconfirmed_minutes))
            for m in reversed(a.recent_months)
        ],
        empty="",
    )
    return doc
