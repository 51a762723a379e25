"""Słowniki: activity types, villages with distances, and staff, edited in three tabs.

Every change is saved at once through the core (with the audit log); Close only closes. The
volunteer form's pick lists read these tables each time a form opens, so nothing is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core import dictionaries as d
from coordinator_app.core.validation import format_phone
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.dictionaries.distances import DistanceGrid
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, RecordForm, StaffForm, VillageForm
from coordinator_app.ui.style import Colours


def _yes(value: bool) -> str:
    return _("yes") if value else ""


def signing_period(row: d.StaffData) -> str:
    """`signs from 1.03.2024` (or until, or both) for a dated signing role; empty if undated."""
    start, end = row.role_valid_from, row.role_valid_to
    if start is not None and end is not None:
        return _("signs {start}–{end}").format(start=format_date(start), end=format_date(end))
    if start is not None:
        return _("signs from {start}").format(start=format_date(start))
    if end is not None:
        return _("signs until {end}").format(end=format_date(end))
    return ""


class RecordTab(QWidget):
    """A table of one dictionary with Add… and Edit… (double-click edits too)."""

    headers: Sequence[str] = ()
    name = ""
    stretch: int | None = 1  # the column that takes the spare width (None: the last one)
    # Hooks every subclass defines:
    rows: Callable[[], list[tuple[int, list[str], bool]]]  # (id, cells, active) of every record
    make_form: Callable[[int | None], RecordForm]

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids: list[int] = []
        self.table = QTableWidget(0, len(self.headers))
        self.table.setObjectName(f"{self.name}_table")
        self.table.setHorizontalHeaderLabels(list(self.headers))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(_("Add…"))
        self.add_button.setObjectName(f"{self.name}_add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(_("Edit…"))
        self.edit_button.setObjectName(f"{self.name}_edit")
        self.edit_button.clicked.connect(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.list_box = QWidget()
        box = QVBoxLayout(self.list_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

    def reload(self, select_id: int | None = None) -> None:
        rows = self.rows()
        self.ids = [record_id for record_id, _cells, _active in rows]
        self.table.setRowCount(len(rows))
        for row, (record_id, cells, active) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not active:
                    item.setForeground(QColor(Colours.INACTIVE))
                self.table.setItem(row, column, item)
            if record_id == select_id:
                self.table.selectRow(row)
        self.edit_button.setEnabled(bool(rows))

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def form(self, record_id: int | None) -> RecordForm:
        """The add (None) or edit form, not shown yet; saving it reloads this tab."""
        form = self.make_form(record_id)
        form.accepted.connect(lambda: self.reload(form.saved_id))
        return form

    def add(self) -> None:
        self.form(None).exec()

    def edit(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.form(record_id).exec()


class ActivityTypesTab(RecordTab):
    name = "activity_types"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.headers = (_("Code"), _("Name"), _("With minors"), _("Qualification"), _("Active"))
        super().__init__(db, parent)
        QVBoxLayout(self).addWidget(self.list_box)
        self.reload()

    def rows(self) -> list[tuple[int, list[str], bool]]:
        return [
            (
                r.id,
                [r.code, r.name, _yes(r.involves_minors), _yes(r.requires_qualification), _yes(r.active)],
                r.active,
            )
            for r in d.list_activity_types_all(self.db)
        ]

    def make_form(self, record_id: int | None) -> RecordForm:
        return ActivityTypeForm(self.db, record_id, self)


class VillagesTab(RecordTab):
    name = "villages"
    stretch = None  # names are never cut short; the narrow Active column takes the spare width

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.headers = (_("Name"), _("Gmina"), _("Sołectwo"), _("TERYT SIMC"), _("Active"))
        super().__init__(db, parent)
        self.distances = DistanceGrid(db)
        splitter = QSplitter()
        splitter.addWidget(self.list_box)
        splitter.addWidget(self.distances)
        splitter.setSizes([470, 730])
        QVBoxLayout(self).addWidget(splitter)
        self.reload()

    def rows(self) -> list[tuple[int, list[str], bool]]:
        villages = d.list_villages_all(self.db)
        self.distances.load(villages)
        return [
            (r.id, [r.name, r.gmina or "", _yes(r.is_solectwo), r.teryt_simc or "", _yes(r.active)], r.active)
            for r in villages
        ]

    def make_form(self, record_id: int | None) -> RecordForm:
        return VillageForm(self.db, record_id, self)


class StaffTab(RecordTab):
    name = "staff"
    stretch = 4

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.headers = (
            _("Surname and first name"),
            _("Position"),
            _("Roles"),
            _("Phone"),
            _("E-mail"),
            _("Active"),
        )
        super().__init__(db, parent)
        QVBoxLayout(self).addWidget(self.list_box)
        self.reload()

    def rows(self) -> list[tuple[int, list[str], bool]]:
        result = []
        for r in d.list_staff_all(self.db):
            roles = [
                label
                for flag, label in (
                    (r.is_social_worker, _("social worker")),
                    (r.is_signatory, signing_period(r) or _("signatory")),
                    (r.is_coordinator, _("coordinator")),
                )
                if flag
            ]
            cells = [r.full_name, r.position or "", ", ".join(roles), format_phone(r.phone), r.email or ""]
            result.append((r.id, [*cells, _yes(r.active)], r.active))
        return result

    def make_form(self, record_id: int | None) -> RecordForm:
        return StaffForm(self.db, record_id, self)


class DictionariesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Dictionaries"))
        self.activity_types = ActivityTypesTab(db)
        self.villages = VillagesTab(db)
        self.staff = StaffTab(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.activity_types, _("Activity types"))
        self.tabs.addTab(self.villages, _("Villages and distances"))
        self.tabs.addTab(self.staff, _("Staff"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1230, 680)
