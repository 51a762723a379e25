"""The partners list model: columns, inactive partners greyed out, filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from coordinator_app.core.partners import PartnerRow, partner_kind_label
from coordinator_app.i18n import N_, _
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, searchable_model

MUTED = QColor(Colours.MUTED)


def _muted(row: PartnerRow) -> QColor | None:
    return None if row.active else MUTED


def _name(row: PartnerRow) -> str:
    return row.name if row.active else _("{name} (inactive)").format(name=row.name)


def partner_columns() -> list[Column[PartnerRow]]:
    return [
        Column("name", N_("Name"), _name, tooltip=lambda r: r.name, foreground=_muted),
        Column("kind", N_("Kind"), lambda r: partner_kind_label(r.kind), foreground=_muted),
        Column("place", N_("Locality"), lambda r: r.village or r.locality, foreground=_muted),
        Column("contact", N_("Contact person"), lambda r: r.contact or "", tooltip=lambda r: r.contact),
        Column(
            "volunteers",
            N_("Volunteers"),
            lambda r: str(r.volunteers),
            sort_key=lambda r: r.volunteers,
            align_right=True,
        ),
        Column(
            "actions", N_("Actions"), lambda r: str(r.actions), sort_key=lambda r: r.actions, align_right=True
        ),
        Column("coalition", N_("Coalition"), lambda r: _("yes") if r.coalition_member else ""),
        Column("agreement", N_("Agreement"), lambda r: r.agreement_number or ""),
    ]


def make_partner_model() -> tuple[RecordTableModel[PartnerRow], SearchProxy]:
    return searchable_model(partner_columns())


def partner_predicate(kind: str | None, show_inactive: bool) -> Callable[[PartnerRow], bool]:
    """Active partners (all when asked) of the chosen kind (any when None)."""

    def accept(row: PartnerRow) -> bool:
        if not row.active and not show_inactive:
            return False
        return kind is None or row.kind == kind

    return accept
