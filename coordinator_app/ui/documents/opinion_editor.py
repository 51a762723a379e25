"""The guided opinion editor (art. 44 ust. 3): the coordinator ticks the qualities that apply
and writes the assessment; nothing negative is ever filled in from data."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.issuing.volunteer_data import OPINION_COMPETENCES, OPINION_CRITERIA
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.accessibility import print_key
from coordinator_app.ui.widgets.forms import FieldErrors


def _grid(
    title: str, choices: dict[str, tuple[str, str]], checked: list[str]
) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    boxes: dict[str, QCheckBox] = {}
    for index, (key, (label, _printed)) in enumerate(choices.items()):
        check = QCheckBox(_(label))
        check.setChecked(key in checked)
        boxes[key] = check
        grid.addWidget(check, index // 2, index % 2)
    return box, boxes


class OpinionEditor(QDialog):
    """Criteria, competences, the assessment (required), skills and a recommendation."""

    def __init__(self, parent: QWidget | None, db: Database, volunteer_id: int, name: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.setWindowTitle(_("Opinion on volunteer services") + (f" – {name}" if name else ""))
        self.resize(720, 760)
        layout = QVBoxLayout(self)
        hint = QLabel(
            _(
                "Tick only what applies; unticked qualities are simply not mentioned. "
                "The assessment is written by you: nothing is filled in from the data."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        criteria_box, self.criteria = _grid(_("Qualities shown"), OPINION_CRITERIA, [])
        layout.addWidget(criteria_box)
        self.errors = FieldErrors()
        self.assessment = QPlainTextEdit()
        self.assessment.setPlaceholderText(_("How the volunteer performed the services, in your words"))
        self.assessment.setObjectName("assessment")
        error = QLabel()
        set_role(error, "error")
        error.hide()
        layout.addWidget(QLabel(_("Assessment *")))
        layout.addWidget(self.assessment, 2)
        layout.addWidget(error)
        self.errors.register("assessment", self.assessment, error)
        competence_box, self.competences = _grid(_("Skills and competences"), OPINION_COMPETENCES, [])
        layout.addWidget(competence_box)
        self.skills = QPlainTextEdit()
        self.skills.setPlaceholderText(_("Other skills gained or shown (optional)"))
        self.skills.setFixedHeight(70)
        layout.addWidget(self.skills)
        layout.addWidget(QLabel(_("Recommendation (optional)")))
        self.recommendation = QPlainTextEdit()
        self.recommendation.setFixedHeight(60)
        layout.addWidget(self.recommendation)
        self.show_hours = QCheckBox(_("state the hours and the monthly average"))
        self.show_hours.setChecked(True)
        self.show_trainings = QCheckBox(_("list the trainings completed"))
        self.show_trainings.setChecked(True)
        layout.addWidget(self.show_hours)
        layout.addWidget(self.show_trainings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Preview…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.open_preview)
        preview = buttons.button(QDialogButtonBox.StandardButton.Ok)
        print_key(self, preview)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> dict[str, Any]:
        return {
            "assessment": self.assessment.toPlainText(),
            "criteria": [key for key, box in self.criteria.items() if box.isChecked()],
            "competences": [key for key, box in self.competences.items() if box.isChecked()],
            "skills": self.skills.toPlainText(),
            "recommendation": self.recommendation.toPlainText(),
            "show_hours": self.show_hours.isChecked(),
            "show_average": self.show_hours.isChecked(),
            "show_trainings": self.show_trainings.isChecked(),
        }

    def open_preview(self) -> None:
        if not self.assessment.toPlainText().strip():
            first = self.errors.show(
                {"assessment": _("Write the assessment: an opinion is written by the coordinator.")}
            )
            if first is not None:
                first.setFocus()
            return
        self.errors.show({})
        from coordinator_app.core.issuing.service import DocumentRequest
        from coordinator_app.ui.documents.preview import DocumentPreviewDialog

        dialog = DocumentPreviewDialog(
            self, self.db, request=DocumentRequest("opinion", self.volunteer_id, options=self.options())
        )
        if dialog.load():
            dialog.exec()
            if dialog.register_id is not None:
                self.accept()
        else:
            QMessageBox.information(self, _("Opinion"), _("Change the opinion and try again."))
