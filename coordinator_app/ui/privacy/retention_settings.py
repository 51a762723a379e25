"""The retention periods (issue 15, point 5): one number per record kind and per document
kind, with the note to confirm them with the archivist; saved as the declared settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core import settings
from coordinator_app.core.issuing.catalog import KINDS
from coordinator_app.core.settings import AppSetting
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.ui.widgets.forms import save_cancel_buttons

RECORD_LABELS: tuple[tuple[AppSetting[int], str], ...] = (
    (settings.RETENTION_VOLUNTEER_YEARS, N_("Volunteer's record, after the cooperation ended (years)")),
    (settings.RETENTION_CLIENT_YEARS, N_("Client's record, after the support ended (years)")),
    (settings.RETENTION_VETTING_YEARS, N_("Vetting details, after the cooperation ended (years)")),
    (settings.ASIDE_COPIES_KEEP_DAYS, N_("Copies made before a restore, handover or upgrade (days)")),
)

OTHER_KINDS = {"attendance_list": N_("Attendance list")}  # printed from a training's sheet


class RetentionSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Retention periods"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        note = QLabel(
            _(
                "Years are counted from 1 January after the year the matter closed (JRWA category "
                "B5 = five full years). No JRWA entry is known for volunteering: confirm these "
                "periods with your archivist and data protection officer."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        inner = QWidget()
        form = QFormLayout(inner)
        self.boxes: dict[str, tuple[AppSetting[int], QSpinBox]] = {}
        for setting, label in RECORD_LABELS:
            form.addRow(_(label), self._box(setting))
        for kind, setting in settings.RETENTION_DOCUMENTS.items():
            spec = KINDS.get(kind)
            name = spec.label if spec is not None else _(OTHER_KINDS.get(kind, kind))
            form.addRow(_("{document} (years)").format(document=name), self._box(setting))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        layout.addWidget(save_cancel_buttons(self, self.save))

    def _box(self, setting: AppSetting[int]) -> QSpinBox:
        box = QSpinBox()
        box.setRange(setting.minimum or 0, setting.maximum or 9999)
        box.setValue(settings_store.read(self.db, setting))
        self.boxes[setting.key] = (setting, box)
        return box

    def save(self) -> None:
        for setting, box in self.boxes.values():
            settings_store.write(self.db, setting, box.value())
        self.accept()
