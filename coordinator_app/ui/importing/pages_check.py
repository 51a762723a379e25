"""The checking pages: every row with its problems and duplicates (and the choice for each
duplicate), then the villages and activity types the dictionaries lack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from coordinator_app.core.dictionaries.picklists import list_activity_types, list_villages
from coordinator_app.core.importing.headers import HOURS
from coordinator_app.core.importing.preview import ADD, LEAVE, MAP, MERGE, NEW, SKIP
from coordinator_app.i18n import _
from coordinator_app.ui.importing.model import (
    COL_PROBLEMS,
    COL_WHO,
    SHOWN_ALL,
    SHOWN_DUPLICATES,
    SHOWN_ERRORS,
    SHOWN_READY,
    PreviewModel,
    StateFilter,
)

if TYPE_CHECKING:
    from coordinator_app.ui.importing.wizard import ImportWizard


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Check the rows"))
        self.setSubTitle(_("Point at a row to read all its problems. Nothing is saved yet."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.shown = QComboBox()
        for label, state in (
            (_("All rows"), SHOWN_ALL),
            (_("Rows with errors"), SHOWN_ERRORS),
            (_("Duplicates"), SHOWN_DUPLICATES),
            (_("Ready to import"), SHOWN_READY),
        ):
            self.shown.addItem(label, state)
        self.proxy = StateFilter()
        self.shown.currentIndexChanged.connect(lambda _i: self.proxy.set_state(str(self.shown.currentData())))
        bar.addWidget(QLabel(_("Show:")))
        bar.addWidget(self.shown)
        bar.addStretch(1)
        bar.addWidget(QLabel(_("Selected duplicates:")))
        self.buttons: dict[str, QPushButton] = {}
        for choice, label in (
            (SKIP, _("&Skip")),
            (MERGE, _("&Merge into the existing")),
            (NEW, _("Import as &new")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            bar.addWidget(button)
            self.buttons[choice] = button
        layout.addLayout(bar)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)
        self.model: PreviewModel | None = None

    def initializePage(self) -> None:
        preview = self.owner.state.preview
        assert preview is not None
        self.model = PreviewModel(preview)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(COL_WHO, 300)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.buttons[MERGE].setVisible(preview.kind != HOURS)
        self._update_summary()

    def _choose(self, choice: str) -> None:
        assert self.model is not None
        rows = sorted(
            {self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()}
        )
        self.model.set_choice(rows, choice)
        self._update_summary()

    def _update_summary(self) -> None:
        preview = self.owner.state.preview
        assert preview is not None
        self.summary.setText(
            _(
                "Rows read: {rows}. To import: {ok}. With errors (not imported): {errors}. "
                "Probable duplicates: {dup} (skipped unless you choose otherwise)."
            ).format(
                rows=len(preview.rows),
                ok=len(preview.to_import()),
                errors=len(preview.error_rows),
                dup=len(preview.duplicate_rows),
            )
        )

    def nextId(self) -> int:
        preview = self.owner.state.preview
        if preview is not None and not (preview.unknown_villages or preview.unknown_activities):
            return self.owner.pageIds()[-1]  # nothing for the dictionaries: straight to the import
        return super().nextId()


class DictionaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Villages and activity types not in the dictionaries"))
        self.setSubTitle(_("Add each one to the dictionary, or choose the existing entry it means."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_("Dictionary"), _("In the file"), _("What to do")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.entries: list[tuple[str, str, QComboBox]] = []

    def initializePage(self) -> None:
        state = self.owner.state
        preview = state.preview
        assert preview is not None
        items = [("village", key, name) for key, name in sorted(preview.unknown_villages.items())]
        items += [("activity", key, name) for key, name in sorted(preview.unknown_activities.items())]
        villages = list_villages(state.db)
        activities = list_activity_types(state.db)
        self.table.setRowCount(len(items))
        self.entries = []
        for row, (what, key, name) in enumerate(items):
            box = QComboBox()
            box.addItem(_("add to the dictionary"), (ADD, None))
            if what == "village":
                box.addItem(_("leave without a village"), (LEAVE, None))
                options = villages
            else:
                box.addItem(_("do not import these rows"), (LEAVE, None))
                options = activities
            for option in options:
                box.addItem(_("means: {name}").format(name=option.name), (MAP, option.id))
            chosen = (preview.village_choices if what == "village" else preview.activity_choices).get(key)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else (1 if what == "village" else 0))
            label = _("Villages") if what == "village" else _("Activity types")
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(name))
            self.table.setCellWidget(row, 2, box)
            self.entries.append((what, key, box))

    def validatePage(self) -> bool:
        preview = self.owner.state.preview
        assert preview is not None
        for what, key, box in self.entries:
            choice, target = box.currentData()
            (preview.village_choices if what == "village" else preview.activity_choices)[key] = (
                choice,
                target,
            )
        return True
