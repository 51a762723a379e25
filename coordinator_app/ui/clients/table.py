"""The clients list model: columns, status colours, the expired-assessment warning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from coordinator_app.core.clients import ClientRow, client_type_label
from coordinator_app.core.enums import ClientStatus
from coordinator_app.core.privacy.restriction import marked, restriction_tooltip
from coordinator_app.core.text import polish_name_key
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.list_tab import date_key, natural_key
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, attribute_is, searchable_model

WARNING = QColor(Colours.ERROR)
_STATUS_COLOURS = {
    ClientStatus.SUSPENDED.value: QColor(Colours.CAUTION),
    ClientStatus.ENDED.value: QColor(Colours.MUTED),
}
STATUS_ORDER = {status.value: i for i, status in enumerate(ClientStatus)}


def _assessment_text(row: ClientRow) -> str:
    if row.assessment_valid_until is None:
        return _("not assessed")
    return format_date(row.assessment_valid_until)


def _assessment_warning(row: ClientRow) -> bool:
    return row.assessment_expired or row.assessment_valid_until is None


def _assessment_tooltip(row: ClientRow) -> str | None:
    if row.assessment_valid_until is None:
        return _("No needs assessment is recorded for this client.")
    if row.assessment_expired:
        return _("The needs assessment has expired; the client should be re-assessed.")
    return None


def _types_text(row: ClientRow) -> str:
    return ", ".join(client_type_label(code) for code in row.type_codes)


def client_columns() -> list[Column[ClientRow]]:
    return [
        Column("code", N_("Code"), lambda r: r.code, sort_key=lambda r: natural_key(r.code)),
        Column(
            "name",
            N_("Surname and first name"),
            lambda r: marked(r.full_name, r.restricted),
            tooltip=lambda r: restriction_tooltip() if r.restricted else None,
            sort_key=lambda r: polish_name_key(r.last_name, r.first_name),
            foreground=lambda r: _STATUS_COLOURS.get(r.status),
        ),
        Column("village", N_("Village"), lambda r: r.village or r.locality),
        Column("types", N_("Type"), _types_text, tooltip=_types_text),
        Column("social_worker", N_("Social worker"), lambda r: r.social_worker or ""),
        Column(
            "needs",
            N_("Open needs"),
            lambda r: str(r.open_needs),
            sort_key=lambda r: r.open_needs,
            align_right=True,
        ),
        Column(
            "assessment",
            N_("Assessment valid until"),
            _assessment_text,
            sort_key=lambda r: date_key(r.assessment_valid_until),
            tooltip=_assessment_tooltip,
            foreground=lambda r: WARNING if _assessment_warning(r) else None,
        ),
        Column(
            "status",
            N_("Status"),
            lambda r: ClientStatus(r.status).label,
            sort_key=lambda r: STATUS_ORDER.get(r.status, len(STATUS_ORDER)),
            foreground=lambda r: _STATUS_COLOURS.get(r.status),
        ),
    ]


def make_client_model() -> tuple[RecordTableModel[ClientRow], SearchProxy]:
    return searchable_model(client_columns())


def status_predicate(status: str) -> Callable[[ClientRow], bool]:
    return attribute_is("status", status)


def restricted_predicate(
    show_restricted: bool, status: Callable[[ClientRow], bool] | None
) -> Callable[[ClientRow], bool]:
    """Restricted clients (art. 18 RODO) only when asked for, then the status filter."""

    def accept(row: ClientRow) -> bool:
        if row.restricted and not show_restricted:
            return False
        return status is None or status(row)

    return accept
