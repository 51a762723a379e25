"""A ready-made block for the volunteer view: the short vetting status and a button that opens
the vetting window (the content stays behind its audited "Pokaż dane weryfikacji")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.vetting.dialog import VettingDialog
from coordinator_app.ui.vetting.status import VettingStatusLabel


class VettingPanel(QWidget):
    """`changed` fires after the vetting was saved (lists showing the status may reload)."""

    changed = Signal()

    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.status = VettingStatusLabel(db, volunteer_id)
        self.open_button = QPushButton(_("Vetting…"))
        self.open_button.setObjectName("open_vetting")
        self.open_button.setToolTip(_("Child-protection vetting (RSPTS, State Commission, KRK)"))
        self.open_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.open_button)

    def open_dialog(self) -> None:
        dialog = VettingDialog(self.db, self.volunteer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.refresh()
            self.changed.emit()
