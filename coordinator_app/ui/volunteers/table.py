"""The volunteers list model: columns, status colours, search text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QColor

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.privacy.restriction import marked, restriction_tooltip
from coordinator_app.core.rules import age_on
from coordinator_app.core.text import polish_name_key
from coordinator_app.core.validation import format_phone
from coordinator_app.core.volunteers import VolunteerRow
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, searchable_model

_STATUS_COLOURS = {
    VolunteerStatus.CANDIDATE.value: QColor(Colours.PLANNED),
    VolunteerStatus.SUSPENDED.value: QColor(Colours.CAUTION),
    VolunteerStatus.ENDED.value: QColor(Colours.MUTED),
}

STATUS_ORDER = {status.value: i for i, status in enumerate(VolunteerStatus)}


def _status_text(row: VolunteerRow) -> str:
    text = VolunteerStatus(row.status).label
    return _("{status} (archived)").format(status=text) if row.archived else text


def _statements_text(row: VolunteerRow) -> str:
    if row.missing_statements == 0:
        return _("complete")
    return ngettext("{n} missing", "{n} missing", row.missing_statements).format(n=row.missing_statements)


def readiness_text(row: VolunteerRow) -> str:
    """`12 z 16 działań`, `wszystkie (16)` or `żadne`, from the whole-list readiness."""
    ready, total = len(row.ready_codes), row.activity_count
    if total == 0:
        return "—"
    if ready == total:
        return _("all ({total})").format(total=total)
    if ready == 0:
        return _("none")
    return ngettext("{ready} of {total} activity", "{ready} of {total} activities", total).format(
        ready=ready, total=total
    )


def _readiness_tooltip(row: VolunteerRow) -> str | None:
    if not row.ready_codes:
        return _("Not ready for any activity yet: the required trainings are missing.")
    return _("Ready for: {codes}").format(codes=", ".join(row.ready_codes))


def _readiness_colour(row: VolunteerRow) -> Any:
    if row.activity_count and not row.ready_codes:
        return QColor(Colours.ERROR)
    return QColor(Colours.READY) if row.ready_codes and len(row.ready_codes) == row.activity_count else None


def _colour(row: VolunteerRow) -> Any:
    return QColor(Colours.MUTED) if row.archived or row.restricted else _STATUS_COLOURS.get(row.status)


def volunteer_columns(today: dt.date) -> list[Column[VolunteerRow]]:
    return [
        Column(
            "name",
            N_("Surname and first name"),
            lambda r: marked(r.full_name, r.restricted),
            tooltip=lambda r: restriction_tooltip() if r.restricted else None,
            sort_key=lambda r: polish_name_key(r.last_name, r.first_name),
            foreground=_colour,
        ),
        Column(
            "age",
            N_("Age"),
            lambda r: str(age_on(r.birth_date, today)),
            sort_key=lambda r: -r.birth_date.toordinal(),
            align_right=True,
        ),
        Column("village", N_("Village"), lambda r: r.village or r.locality),
        Column("phone", N_("Phone"), lambda r: format_phone(r.phone), sort_key=lambda r: r.phone or ""),
        Column(
            "status",
            N_("Status"),
            _status_text,
            sort_key=lambda r: (STATUS_ORDER[r.status], r.archived),
            foreground=_colour,
        ),
        Column(
            "statements",
            N_("Statements"),
            _statements_text,
            sort_key=lambda r: r.missing_statements,
            foreground=lambda r: QColor(Colours.ERROR) if r.missing_statements else None,
        ),
        Column(
            "readiness",
            N_("Readiness"),
            readiness_text,
            sort_key=lambda r: len(r.ready_codes),
            tooltip=_readiness_tooltip,
            foreground=_readiness_colour,
        ),
    ]


def make_volunteer_model(today: dt.date | None = None) -> tuple[RecordTableModel[VolunteerRow], SearchProxy]:
    return searchable_model(volunteer_columns(today or dt.date.today()))


def status_predicate(status: str | None, show_archived: bool, show_restricted: bool = False) -> Any:
    def accept(row: VolunteerRow) -> bool:
        if (row.archived and not show_archived) or (row.restricted and not show_restricted):
            return False
        return status is None or row.status == status

    return accept
