"""A training session's details for the read-only details window: programme and attendance."""

from __future__ import annotations

from coordinator_app.core.enums import AttendanceStatus, TrainingCategory
from coordinator_app.core.trainings import TrainingDetails
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours, format_money
from coordinator_app.ui.trainings.table import place_text
from coordinator_app.ui.widgets.details_dialog import DetailsDocument


def _when(t: TrainingDetails) -> str:
    text = format_date(t.session_date)
    if t.time_from is not None and t.time_to is not None:
        text += f", {t.time_from:%H:%M}–{t.time_to:%H:%M}"
    return text


def _joined(*parts: str | None) -> str:
    return ", ".join(part for part in parts if part)


def training_document(t: TrainingDetails) -> DetailsDocument:
    doc = DetailsDocument(t.title)
    doc.section(_("Training session"))
    doc.field(_("Title"), t.title)
    doc.field(_("Category"), TrainingCategory(t.category).label)
    doc.field(_("Date"), _when(t))
    doc.field(_("Duration"), t.duration_text)
    doc.field(_("Place"), place_text(t.place, t.remote))
    doc.field(_("Trainer"), _joined(t.trainer_name, t.trainer_organisation))
    doc.field(_("Trainer's qualifications"), t.trainer_qualifications)
    doc.field(_("Organiser"), t.organiser)
    doc.field(_("Cost"), format_money(t.cost_grosze) if t.cost_grosze is not None else None)
    doc.field(_("Source of funding"), t.funding_source)
    doc.field(_("Project"), t.project)

    doc.section(_("Programme"))
    doc.bullets(t.programme, empty=_("No programme recorded."))

    doc.section(_("Attendance"))
    doc.table(
        (_("Volunteer"), _("Attendance"), _("Hours"), _("Result"), _("Certificate no."), _("Issued on")),
        [
            (
                a.volunteer_name,
                AttendanceStatus(a.status).label,
                format_hours(a.minutes_attended) if a.minutes_attended is not None else None,
                a.result,
                a.certificate_number,
                format_date(a.certificate_issued_on),
            )
            for a in t.attendance
        ],
        empty=_("No attendance recorded."),
    )
    return doc
