"""Choose volunteers from a searchable list with check boxes (for a session's participants)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.text import fold
from coordinator_app.core.trainings import VolunteerChoice
from coordinator_app.i18n import _, ngettext


class VolunteerPicker(QDialog):
    """Tick volunteers; those already on the list are not offered. `chosen_ids()` after OK."""

    def __init__(
        self, choices: Iterable[VolunteerChoice], exclude: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add participants"))
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(_("Search: surname, first name, locality…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("picker_list")
        self._search_text: list[str] = []
        for choice in choices:
            if choice.id in exclude:
                continue
            item = QListWidgetItem(f"{choice.full_name} ({VolunteerStatus(choice.status).label})")
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._search_text.append(choice.search_text)
        self.list.itemChanged.connect(lambda _item: self._update_count())
        self.count = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(440, 520)
        self._update_count()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row, haystack in enumerate(self._search_text):
            self.list.item(row).setHidden(not all(word in haystack for word in words))

    def _update_count(self) -> None:
        n = len(self.chosen_ids())
        self.count.setText(ngettext("{n} volunteer chosen", "{n} volunteers chosen", n).format(n=n))

    def check_id(self, volunteer_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == volunteer_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_ids(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
