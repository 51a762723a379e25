"""Training programmes: create them, put sessions in order, see each volunteer's progress."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import (
    delete_programme,
    list_programmes,
    list_trainings,
    programme_progress,
    programme_sessions,
    set_programme_sessions,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ProgrammesDialog(QDialog):
    """Every change is saved at once; Close only closes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Training programmes"))
        self.programmes = QListWidget()
        self.programmes.setObjectName("programme_list")
        self.programmes.setWordWrap(True)  # long names wrap instead of being cut off
        self.programmes.currentRowChanged.connect(lambda _row: self._show_programme())
        self.new_button = _button(_("New…"), "programme_new")
        self.new_button.clicked.connect(self.new_programme)
        self.edit_button = _button(_("Edit…"), "programme_edit")
        self.edit_button.clicked.connect(self.edit_programme)
        self.delete_button = _button(_("Delete"), "programme_delete")
        self.delete_button.clicked.connect(self.delete_programme)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_("Programmes")))
        left_layout.addWidget(self.programmes, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        left_layout.addLayout(row)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.sessions = QListWidget()
        self.sessions.setObjectName("programme_sessions")
        self.add_session_button = _button(_("Add session…"), "programme_add_session")
        self.add_session_button.clicked.connect(self.add_session)
        self.up_button = _button(_("Up"), "programme_up")
        self.up_button.clicked.connect(lambda: self.move_session(-1))
        self.down_button = _button(_("Down"), "programme_down")
        self.down_button.clicked.connect(lambda: self.move_session(1))
        self.remove_button = _button(_("Remove from programme"), "programme_remove")
        self.remove_button.clicked.connect(self.remove_session)
        sessions_box = QGroupBox(_("Sessions in order"))
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions, 1)
        row = QHBoxLayout()
        for button in (self.add_session_button, self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        sessions_layout.addLayout(row)
        self.progress = QTableWidget(0, 3)
        self.progress.setObjectName("programme_progress")
        self.progress.setHorizontalHeaderLabels([_("Volunteer"), _("Progress"), _("Still to attend")])
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress.setWordWrap(False)
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.progress.setColumnWidth(0, 220)
        progress_box = QGroupBox(_("Progress of volunteers"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(self.progress)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.description)
        right_layout.addWidget(sessions_box, 2)
        right_layout.addWidget(progress_box, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 660])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        self._load_programmes()

    # --- programmes -------------------------------------------------------------------------
    def _load_programmes(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.programmes.blockSignals(True)
        self.programmes.clear()
        for row in list_programmes(self.db):
            sessions = ngettext("{n} session", "{n} sessions", row.session_count).format(n=row.session_count)
            text = f"{row.name} ({sessions})"
            if not row.active:
                text += " — " + _("inactive")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(NAME_ROLE, row.name)
            item.setData(DESCRIPTION_ROLE, row.description or "")
            item.setToolTip(row.description or row.name)
            self.programmes.addItem(item)
            if row.id == current:
                self.programmes.setCurrentItem(item)
        if self.programmes.currentRow() < 0 and self.programmes.count():
            self.programmes.setCurrentRow(0)
        self.programmes.blockSignals(False)
        self._show_programme()

    def current_id(self) -> int | None:
        item = self.programmes.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def new_programme(self) -> None:
        dialog = ProgrammeEditDialog(self.db, None, self)
        if dialog.exec():
            self._load_programmes(dialog.saved_id)

    def edit_programme(self) -> None:
        programme_id = self.current_id()
        if programme_id is not None and ProgrammeEditDialog(self.db, programme_id, self).exec():
            self._load_programmes(programme_id)

    def delete_programme(self) -> None:
        programme_id = self.current_id()
        if programme_id is None:
            return
        answer = QMessageBox.question(
            self,
            _("Delete programme"),
            _("Delete the programme “{name}”? Its sessions and attendance stay.").format(
                name=self.programmes.currentItem().data(NAME_ROLE)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_programme(self.db, programme_id)
            self._load_programmes()

    # --- sessions and progress --------------------------------------------------------------
    def _show_programme(self) -> None:
        programme_id = self.current_id()
        for widget in (self.edit_button, self.delete_button, self.add_session_button):
            widget.setEnabled(programme_id is not None)
        self.sessions.clear()
        self.progress.setRowCount(0)
        self.session_ids: list[int] = []
        if programme_id is None:
            self.description.setText(_("Create a programme with “New…”, then add its sessions in order."))
            return
        item = self.programmes.currentItem()
        name, description = item.data(NAME_ROLE), item.data(DESCRIPTION_ROLE)
        self.description.setText(f"<b>{escape(name)}</b><br>{escape(description)}")
        for session in programme_sessions(self.db, programme_id):
            self.session_ids.append(session.session_id)
            self.sessions.addItem(
                f"{session.position}. {format_date(session.session_date)} — {session.title} "
                f"({TrainingCategory(session.category).label})"
            )
        progress = programme_progress(self.db, programme_id)
        self.progress.setRowCount(len(progress))
        for row, line in enumerate(progress):
            missing = "; ".join(line.missing)
            for column, text in enumerate((line.full_name, line.text, missing)):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setToolTip(missing)
                self.progress.setItem(row, column, cell)

    def add_session(self) -> None:
        programme_id = self.current_id()
        if programme_id is None:
            return
        rows = sorted(
            (r for r in list_trainings(self.db) if r.id not in self.session_ids),
            key=lambda r: r.session_date,
            reverse=True,
        )
        if not rows:
            QMessageBox.information(self, _("Add session"), _("Every session is in this programme already."))
            return
        labels = [f"{format_date(r.session_date)} — {r.title}" for r in rows]
        label, ok = QInputDialog.getItem(self, _("Add session"), _("Session:"), labels, 0, False)
        if ok:
            self.set_sessions([*self.session_ids, rows[labels.index(label)].id])

    def move_session(self, step: int) -> None:
        row = self.sessions.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.session_ids):
            return
        ids = list(self.session_ids)
        ids[row], ids[target] = ids[target], ids[row]
        self.set_sessions(ids)
        self.sessions.setCurrentRow(target)

    def remove_session(self) -> None:
        row = self.sessions.currentRow()
        if row >= 0:
            self.set_sessions([sid for i, sid in enumerate(self.session_ids) if i != row])

    def set_sessions(self, session_ids: list[int]) -> None:
        programme_id = self.current_id()
        if programme_id is not None:
            set_programme_sessions(self.db, programme_id, session_ids)
            self._load_programmes(programme_id)
