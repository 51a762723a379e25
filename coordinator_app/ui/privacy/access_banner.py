"""The red line at the top of a person's window while their processing is restricted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.restriction_service import restriction_state
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import set_role


def restriction_banner(db: Database, role: PersonRole, record_id: int) -> QLabel:
    """A label saying since when and why the person's processing is restricted; hidden when not."""
    state = restriction_state(db, PersonRef(role, record_id))
    label = QLabel()
    label.setObjectName("restriction_banner")
    label.setWordWrap(True)
    set_role(label, "error")
    if state.restricted_on is None:
        label.hide()
        return label
    text = _("Processing restricted since {date} (art. 18 RODO): keep the data, do not use it.").format(
        date=format_date(state.restricted_on)
    )
    if state.reason:
        text += " " + _("Reason: {reason}").format(reason=state.reason)
    label.setText(text)
    return label
