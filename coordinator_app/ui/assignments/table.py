"""The assignments list model. Clients appear by their code only, never by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from coordinator_app.core.assignments import AssignmentRow, assignment_form_label
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.core.text import polish_name_key
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.list_tab import date_key, natural_key
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, attribute_is, searchable_model

_STATUS_COLOURS = {
    AssignmentStatus.PLANNED.value: QColor(Colours.PLANNED),
    AssignmentStatus.SUSPENDED.value: QColor(Colours.CAUTION),
    AssignmentStatus.ENDED.value: QColor(Colours.MUTED),
}
STATUS_ORDER = {status.value: i for i, status in enumerate(AssignmentStatus)}


def _client_text(row: AssignmentRow) -> str:
    return row.client_code or "—"


def _activity_text(row: AssignmentRow) -> str:
    return f"{row.activity_code} — {row.activity_name}"


def assignment_columns() -> list[Column[AssignmentRow]]:
    return [
        Column("number", N_("Number"), lambda r: r.number or "", sort_key=lambda r: natural_key(r.number)),
        Column(
            "volunteer",
            N_("Volunteer"),
            lambda r: r.volunteer_name,
            sort_key=lambda r: polish_name_key(r.volunteer_last_name, r.volunteer_first_name),
            foreground=lambda r: _STATUS_COLOURS.get(r.status),
        ),
        Column("client", N_("Client"), _client_text, sort_key=lambda r: natural_key(r.client_code)),
        Column(
            "activity",
            N_("Activity"),
            _activity_text,
            sort_key=lambda r: natural_key(r.activity_code),
            tooltip=_activity_text,
        ),
        Column("form", N_("Form"), lambda r: assignment_form_label(r.form)),
        Column(
            "minors",
            N_("Minors"),
            lambda r: _("yes") if r.involves_minors else "",
            sort_key=lambda r: r.involves_minors,
        ),
        Column(
            "from",
            N_("From"),
            lambda r: format_date(r.date_from),
            sort_key=lambda r: r.date_from,
            align_right=True,
        ),
        Column(
            "to",
            N_("To"),
            lambda r: format_date(r.date_to),
            sort_key=lambda r: date_key(r.date_to),
            align_right=True,
        ),
        Column(
            "status",
            N_("Status"),
            lambda r: AssignmentStatus(r.status).label,
            sort_key=lambda r: STATUS_ORDER.get(r.status, len(STATUS_ORDER)),
            foreground=lambda r: _STATUS_COLOURS.get(r.status),
        ),
        Column(
            "hours",
            N_("Confirmed hours"),
            lambda r: format_hours(r.confirmed_minutes),
            sort_key=lambda r: r.confirmed_minutes,
            align_right=True,
        ),
    ]


def make_assignment_model() -> tuple[RecordTableModel[AssignmentRow], SearchProxy]:
    return searchable_model(assignment_columns())


def status_predicate(status: str) -> Callable[[AssignmentRow], bool]:
    return attribute_is("status", status)
