"""Wymagane szkolenia: a grid of activity types × training categories with check boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import requirement_rules, set_requirements
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.form_dialog import FormDialog

CATEGORY_WIDTH = 104  # px: a column wide enough for two lines of a category name


class RequirementsDialog(FormDialog[dict[int, set[str]]]):
    """Tick, for each activity type, the categories a volunteer must complete before it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Required trainings"))
        note = QLabel(
            _(
                "Tick the training categories a volunteer must complete before being given each activity. "
                "An activity with nothing ticked is open to everyone. Attendance counts when marked present, "
                "or partly for at least three quarters of the session."
            )
        )
        note.setWordWrap(True)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        corner = QLabel(_("Activity type"))
        corner.setStyleSheet("font-weight: bold;")
        grid.addWidget(corner, 0, 0, Qt.AlignmentFlag.AlignBottom)
        for column, category in enumerate(TrainingCategory, start=1):
            header = QLabel(category.label)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom)
            header.setFixedWidth(CATEGORY_WIDTH)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.checks: dict[tuple[int, str], QCheckBox] = {}
        self.rules = requirement_rules(db)
        for row, rule in enumerate(self.rules, start=1):
            text = f"{rule.code} — {rule.name}"
            if rule.involves_minors:
                text += " " + _("(with minors)")
            label = QLabel(text)
            label.setWordWrap(True)
            label.setMinimumWidth(300)
            grid.addWidget(label, row, 0)
            for column, category in enumerate(TrainingCategory, start=1):
                check = QCheckBox()
                check.setObjectName(f"requirement_{rule.code}_{category.value}")
                check.setChecked(category.value in rule.categories)
                check.setToolTip(f"{rule.code}: {category.label}")
                grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignCenter)
                self.checks[(rule.activity_type_id, category.value)] = check
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(1240, 700)

    def check(self, code: str, category: str) -> QCheckBox:
        rule = next(r for r in self.rules if r.code == code)
        return self.checks[(rule.activity_type_id, category)]

    def chosen(self) -> dict[int, set[str]]:
        result: dict[int, set[str]] = {rule.activity_type_id: set() for rule in self.rules}
        for (activity_id, category), check in self.checks.items():
            if check.isChecked():
                result[activity_id].add(category)
        return result

    def collect(self) -> dict[int, set[str]]:
        return self.chosen()

    def write(self, data: dict[int, set[str]]) -> None:
        set_requirements(self.db, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        """Nothing to mark: every combination of ticks is valid."""
