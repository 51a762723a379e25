"""The actions list model: dates, name, place, organiser, status, shifts, people needed and
signed up."""

from __future__ import annotations

from collections.abc import Callable

from coordinator_app.core.actions import STATUSES, ActionRow, status_label
from coordinator_app.i18n import N_
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, attribute_is, searchable_model

STATUS_ORDER = {status: i for i, status in enumerate(STATUSES)}


def dates_text(row: ActionRow) -> str:
    if row.date_from == row.date_to:
        return format_date(row.date_from)
    return f"{format_date(row.date_from)}–{format_date(row.date_to)}"


def action_columns() -> list[Column[ActionRow]]:
    return [
        Column("date", N_("Date"), dates_text, sort_key=lambda r: r.date_from, align_right=True),
        Column("name", N_("Name"), lambda r: r.name, tooltip=lambda r: r.name),
        Column("place", N_("Place"), lambda r: r.place, tooltip=lambda r: r.place or None),
        Column("organiser", N_("Organiser"), lambda r: r.organiser, tooltip=lambda r: r.organiser),
        Column(
            "status",
            N_("Status"),
            lambda r: status_label(r.status),
            sort_key=lambda r: STATUS_ORDER.get(r.status, len(STATUS_ORDER)),
        ),
        Column(
            "shifts", N_("Shifts"), lambda r: str(r.shifts), sort_key=lambda r: r.shifts, align_right=True
        ),
        Column(
            "signed",
            N_("Signed up"),
            lambda r: f"{r.signed_up} / {r.needed}",
            sort_key=lambda r: r.signed_up,
            align_right=True,
        ),
    ]


def make_action_model() -> tuple[RecordTableModel[ActionRow], SearchProxy]:
    return searchable_model(action_columns())


def status_predicate(status: str) -> Callable[[ActionRow], bool]:
    return attribute_is("status", status)
