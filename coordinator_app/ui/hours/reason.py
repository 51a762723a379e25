"""Ask for the reason of a change to a closed month (or of reopening one); it goes to the audit
log. An empty reason is refused under the field, not in another window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from coordinator_app.core.hours.data import REASON_MAX
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("reason_edit")
        self.edit.setMaxLength(REASON_MAX)
        self.edit.setPlaceholderText(_("e.g. the card was handed in late"))
        self.error = QLabel()
        self.error.setObjectName("reason_error")
        set_role(self.error, "error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addStretch(1)  # the prompt stays just above its field
        layout.addWidget(buttons)
        self.resize(480, 150)

    def reason(self) -> str:
        return " ".join(self.edit.text().split())

    def accept(self) -> None:
        if not self.reason():
            self.error.setText(_("Give the reason; it is kept in the audit log."))
            self.error.show()
            self.edit.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The reason typed, or None when the coordinator cancelled."""
    dialog = ReasonDialog(title, prompt, parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
