"""Short vetting status for the volunteer view, and the live list of what is still missing.

`VettingStatusLabel` shows only the verdict ("kompletna, ważna do …", "niekompletna (brakuje 3
elementów)", "negatywna"), never which register or document: that reveals no criminal-record
content, so it is shown without the audited "Pokaż dane weryfikacji" step. The details (which
items, which register found an entry) appear only in the vetting window after that step.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QLabel, QWidget

from coordinator_app.core.vetting import VettingCheck, VettingStatus, VettingSummary, vetting_summary
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import Colours, set_role

GREEN = Colours.READY
AMBER = Colours.WARNING
RED = Colours.ERROR
_ROLES = {
    VettingStatus.COMPLETE: "ready",
    VettingStatus.INCOMPLETE: "warning",
    VettingStatus.EXPIRED: "error",
    VettingStatus.MISSING: "warning",
    VettingStatus.BLOCKED: "blocked",  # red and bold
}


def summary_role(summary: VettingSummary, today: dt.date) -> str:
    """The stylesheet role of the short status: its colour, bold when the volunteer is barred."""
    return "warning" if summary.review_soon(today) else _ROLES[summary.status]


class VettingStatusLabel(QLabel):
    """One line for the volunteer view; `refresh()` after the vetting window saved."""

    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.setObjectName("vetting_status")
        self.setWordWrap(True)
        self.summary: VettingSummary | None = None
        self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        self.summary = vetting_summary(self.db, self.volunteer_id, today=today)
        text = self.summary.text
        if self.summary.review_soon(today):
            text += " " + _("Review due soon.")
        self.setText(text)
        set_role(self, summary_role(self.summary, today))


def live_status_html(check: VettingCheck, on: dt.date, valid_until: dt.date | None) -> str:
    """The status line above the form: green when complete, else every missing item."""
    if check.complete:
        text = _("Complete: the volunteer may work with minors until {date}.").format(
            date=format_date(valid_until)
        )
        return f'<span style="color:{GREEN}">✔ {html.escape(text)}</span>'
    items = "".join(f"<li>{html.escape(gap)}</li>" for gap in check.gaps)
    if check.blocks_absolutely:
        head = _(
            "An entry was found: the volunteer must not be admitted to work with minors, "
            "and no override is possible."
        )
        colour = RED
    else:
        head = _("Still missing for work with minors (as of {date}):").format(date=format_date(on))
        colour = AMBER
    return (
        f'<div style="color:{colour}"><b>{html.escape(head)}</b>'
        f'<ul style="margin-top:2px; margin-bottom:0px; -qt-list-indent:1">{items}</ul></div>'
    )
