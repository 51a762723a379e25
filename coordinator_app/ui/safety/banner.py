"""A reminder strip above the tabs: the last backup to an external drive is too old."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coordinator_app.i18n import _, ngettext

if TYPE_CHECKING:
    import datetime as dt  # made with the main window, before its first paint: not imported


class ReminderBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_reminder")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(_("Back up now…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def update_for(self, last: dt.datetime | None, now: dt.datetime, remind_after_days: int) -> None:
        """Show the reminder when there has been no external backup for `remind_after_days`."""
        if last is None:
            self.label.setText(
                _("There is no backup of the data outside this computer yet. Make one on a USB stick.")
            )
            self.show()
            return
        days = (now.date() - last.date()).days
        if days < remind_after_days:
            self.hide()
            return
        from coordinator_app.i18n.formatting import format_date  # Babel: after the first paint

        self.label.setText(
            ngettext(
                "The last backup outside this computer was made {days} day ago ({date}).",
                "The last backup outside this computer was made {days} days ago ({date}).",
                days,
            ).format(days=days, date=format_date(last.date()))
        )
        self.show()
