"""Ask for the passphrase of an encrypted backup (twice when a new one is being set)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, confirm: bool, explanation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Passphrase"))
        self.setMinimumWidth(440)
        self._confirm = confirm
        note = QLabel(explanation)
        note.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(_("Passphrase"), self.first)
        if confirm:
            form.addRow(_("Repeat the passphrase"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def problem(self) -> str | None:
        text = self.first.text()
        if self._confirm and len(text) < MIN_LENGTH:
            return _("The passphrase must have at least {n} characters.").format(n=MIN_LENGTH)
        if not text:
            return _("Enter the passphrase.")
        if self._confirm and text != self.second.text():
            return _("The two passphrases differ.")
        return None

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget | None, *, confirm: bool, explanation: str) -> str | None:
    dialog = PassphraseDialog(parent, confirm=confirm, explanation=explanation)
    return dialog.passphrase() if dialog.exec() else None
