"""The first pages: which file and what it lists, which sheet and header row, which column is
which field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from coordinator_app.core.importing.fields import text
from coordinator_app.core.importing.headers import (
    CLIENTS,
    HOURS,
    IGNORE,
    VOLUNTEERS,
    auto_mapping,
    detect_header_row,
    field_specs,
    remember_mapping,
    remembered_mapping,
)
from coordinator_app.core.importing.sources import read_workbook
from coordinator_app.i18n import _
from coordinator_app.ui.style import Colours

if TYPE_CHECKING:
    from coordinator_app.ui.importing.wizard import ImportWizard

SHOWN_ROWS = 12
KIND_LABELS = (
    (VOLUNTEERS, lambda: _("Volunteers")),
    (CLIENTS, lambda: _("Clients")),
    (HOURS, lambda: _("Hours of past months (history)")),
)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("What do you import, and from which file?"))
        self.setSubTitle(
            _("An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. Nothing is saved until the last step.")
        )
        layout = QVBoxLayout(self)
        self.kinds = QButtonGroup(self)
        for number, (kind, label) in enumerate(KIND_LABELS):
            button = QRadioButton(label())
            button.setProperty("kind", kind)
            self.kinds.addButton(button, number)
            layout.addWidget(button)
        self.kinds.button(0).setChecked(True)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(_("the spreadsheet file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        choose = QPushButton(_("Choose &file…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout.addSpacing(12)
        layout.addWidget(QLabel(_("File:")))
        layout.addLayout(row)
        template = QPushButton(_("Download the blank sheet…"))
        template.clicked.connect(self._template)
        hint = QLabel(_("No list yet? Download the blank sheet, fill it in, then import it here."))
        hint.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        from coordinator_app.ui.importing.history import EarlierImports

        self.earlier = EarlierImports(wizard.state.db)
        layout.addWidget(self.earlier)
        self._read_path: Path | None = None

    def kind(self) -> str:
        button = self.kinds.checkedButton()
        return str(button.property("kind")) if button is not None else VOLUNTEERS

    def _choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            _("Choose the spreadsheet"),
            folder,
            _("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _template(self) -> None:
        from coordinator_app.ui.importing.template import save_template

        save_template(self, self.kind())

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        state = self.owner.state
        if self._read_path == path and state.workbook is not None and state.kind == self.kind():
            return True
        state.kind = self.kind()

        def done(workbook: object) -> None:
            state.workbook = workbook  # type: ignore[assignment]
            state.path = path
            self._read_path = path
            self.owner.next()

        self.owner.run_with_progress(_("Reading the file…"), lambda _progress: read_workbook(path), done)
        return False


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Which sheet, and which row holds the headers?"))
        self.setSubTitle(
            _("Rows above the headers (titles, dates) are left out. The header row is highlighted.")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet_box = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        form.addRow(_("Sheet:"), self.sheet_box)
        form.addRow(_("Header row:"), self.header_spin)
        layout.addLayout(form)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._show_rows)

    def initializePage(self) -> None:
        workbook = self.owner.state.workbook
        assert workbook is not None
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems([sheet.name for sheet in workbook.sheets])
        self.sheet_box.blockSignals(False)
        self._sheet_changed()

    def _rows(self) -> list[list[object]]:
        workbook = self.owner.state.workbook
        assert workbook is not None
        return workbook.sheets[max(self.sheet_box.currentIndex(), 0)].rows  # type: ignore[return-value]

    def _sheet_changed(self) -> None:
        rows = self._rows()
        self.header_spin.setMaximum(max(len(rows), 1))
        self.header_spin.setValue(detect_header_row(rows, self.owner.state.kind) + 1)  # type: ignore[arg-type]
        self._show_rows()

    def _show_rows(self) -> None:
        rows = self._rows()[: max(SHOWN_ROWS, self.header_spin.value() + 5)]
        width = max((len(row) for row in rows), default=0)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        header = self.header_spin.value() - 1
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(_shown(cell))
                if r == header:
                    item.setBackground(QColor(Colours.NOTICE_INFO_BACKGROUND))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def validatePage(self) -> bool:
        state = self.owner.state
        rows = self._rows()
        if not rows:
            QMessageBox.warning(self, _("Import"), _("The sheet is empty; choose another one."))
            return False
        state.sheet = self.sheet_box.currentText()
        state.preview = None
        state.header_index = self.header_spin.value() - 1
        remembered = remembered_mapping(state.db, state.kind)
        state.mapping = auto_mapping(rows[state.header_index], state.kind, remembered)  # type: ignore[arg-type]
        return True


def _shown(cell: object) -> str:
    if isinstance(cell, dt.date):
        return f"{cell:%d.%m.%Y}"
    return text(cell)  # type: ignore[arg-type]


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Which column is which?"))
        self.setSubTitle(
            _(
                "The columns were recognised from their headers; correct any choice. "
                "It is remembered for the next file."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [_("Column in the file"), _("First value"), _("Field in the app")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.boxes: list[QComboBox] = []

    def initializePage(self) -> None:
        state = self.owner.state
        assert state.workbook is not None
        rows = state.workbook.sheet(state.sheet).rows
        headers = rows[state.header_index]
        first = rows[state.header_index + 1] if len(rows) > state.header_index + 1 else []
        specs = field_specs(state.kind)
        self.table.setRowCount(len(headers))
        self.boxes = []
        for index, header in enumerate(headers):
            self.table.setItem(index, 0, QTableWidgetItem(_shown(header) or _("(no header)")))
            self.table.setItem(index, 1, QTableWidgetItem(_shown(first[index]) if index < len(first) else ""))
            box = QComboBox()
            box.addItem(_("— leave out —"), IGNORE)
            for spec in specs:
                box.addItem(spec.title, spec.key)
            box.setCurrentIndex(max(box.findData(state.mapping.get(index, IGNORE)), 0))
            self.table.setCellWidget(index, 2, box)
            self.boxes.append(box)

    def mapping(self) -> dict[int, str]:
        return {i: str(box.currentData()) for i, box in enumerate(self.boxes) if box.currentData()}

    def validatePage(self) -> bool:
        state = self.owner.state
        mapping = self.mapping()
        keys = list(mapping.values())
        if len(keys) != len(set(keys)):
            QMessageBox.warning(
                self, _("Import"), _("Two columns are set to the same field; leave one of them out.")
            )
            return False
        named = "full_name" in keys or {"first_name", "last_name"} <= set(keys) or "pesel" in keys
        if not named:
            QMessageBox.warning(
                self, _("Import"), _("Choose the column with the name (or the first name and surname).")
            )
            return False
        if state.preview is not None and state.preview.mapping == mapping:
            return True
        assert state.workbook is not None
        rows = state.workbook.sheet(state.sheet).rows
        remember_mapping(state.db, state.kind, rows[state.header_index], mapping)
        state.mapping = mapping
        from coordinator_app.core.importing.preview import build_preview

        def work(progress):  # type: ignore[no-untyped-def]
            return build_preview(state.db, rows, state.header_index, mapping, state.kind, progress=progress)

        def done(preview: object) -> None:
            state.preview = preview  # type: ignore[assignment]
            self.owner.next()

        self.owner.run_with_progress(_("Checking every row…"), work, done)
        return False
