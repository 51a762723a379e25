"""Entry points for the main window's menus and the volunteers/assignments tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from coordinator_app.core.calendar import Month
from coordinator_app.db.engine import Database


def open_hours_card(
    parent: QWidget | None,
    db: Database,
    volunteer_id: int | None = None,
    month: Month | dt.date | str | None = None,
) -> bool:
    """Show the monthly hours card (modal); True when something was saved, so the caller can
    reload its lists. Without a volunteer the name is typed first; without a month it opens on
    the previous month until the 10th (when paper cards come in), later on the current one."""
    from coordinator_app.ui.hours.card_dialog import HoursCardDialog

    dialog = HoursCardDialog(db, volunteer_id, month, parent)
    dialog.exec()
    return dialog.saved_count > 0


def open_month_close(
    parent: QWidget | None, db: Database, month: Month | dt.date | str | None = None
) -> bool:
    """Show the month-close window (modal); True when a month was closed or reopened, or an
    entry was changed from it."""
    from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog

    dialog = MonthCloseDialog(db, parent, month=month)
    dialog.exec()
    return dialog.changed
