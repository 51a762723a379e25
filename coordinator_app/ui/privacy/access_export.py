"""Answering an access (art. 15) or portability (art. 20) request: the person, a folder, and the
letter with the copy of the data, the JSON and the workbook written there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy.access import PersonNotFound, PersonRef
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _
from coordinator_app.ui.privacy.access_person import PersonPicker
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.forms import line_edit


class AccessExportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, person: PersonRef | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.written: list[Path] = []
        self.setWindowTitle(_("Export a person's data (access, portability)"))
        intro = QLabel(
            _(
                "The app writes the letter answering the request (PDF, with a copy of the data) and the "
                "same data as JSON and XLSX files. The files contain personal data: give them only to "
                "the person they concern, and delete your copies once the request is answered."
            )
        )
        intro.setWordWrap(True)
        self.picker = PersonPicker(db)
        if person is not None:
            self.picker.select(person)
        self.folder = line_edit(500)
        self.folder.setObjectName("folder")
        self.folder.setAccessibleName(_("Folder for the files"))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder.setText(str(Path(documents or Path.home()) / "RODO"))
        browse = QPushButton(_("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.picker)
        form.addRow(_("Folder"), row)
        self.result_label = QLabel()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        set_role(self.result_label, "note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.export_button = buttons.addButton(_("Write the files"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(680, 340)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Folder for the files"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        from coordinator_app.output.privacy.access_files import export_person

        person = self.picker.value()
        if person is None:
            QMessageBox.warning(self, self.windowTitle(), _("Choose the person from the list."))
            return
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or (folder.exists() and not folder.is_dir()):
            QMessageBox.warning(self, self.windowTitle(), _("Choose a folder for the files."))
            return
        try:
            self.written = export_person(self.db, person, folder)
        except PersonNotFound:
            QMessageBox.warning(self, self.windowTitle(), _("This person is no longer in the database."))
            return
        except StorageError as error:
            QMessageBox.critical(self, self.windowTitle(), error.message)
            return
        except OSError as error:
            QMessageBox.critical(
                self,
                self.windowTitle(),
                _("The files could not be written: {error}").format(error=error.strerror or error),
            )
            return
        names = "\n".join(path.name for path in self.written)
        self.result_label.setText(_("Written in {folder}:\n{names}").format(folder=folder, names=names))


def open_access_export(parent: QWidget | None, db: Database) -> None:
    AccessExportDialog(db, parent).exec()
