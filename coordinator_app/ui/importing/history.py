"""Earlier imports on the wizard's first page: choose one still in place and undo it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from coordinator_app.core.importing.undo import ImportUndoError, list_imports, undo_import
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date


class EarlierImports(QWidget):
    """The imports not undone yet, newest first, and an undo button."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_("Earlier imports:")))
        self.box = QComboBox()
        layout.addWidget(self.box, 1)
        self.undo_button = QPushButton(_("U&ndo the chosen import…"))
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self.undo_button)
        self.reload()

    def reload(self) -> None:
        self.box.clear()
        for item in list_imports(self.db):
            if item.undone_at is None:
                label = _("no. {n} of {date}: {file} ({count} records)").format(
                    n=item.id, date=format_date(item.created_at.date()), file=item.file_name,
                    count=item.imported + item.merged,
                )  # fmt: skip
                self.box.addItem(label, item.id)
        self.setVisible(self.box.count() > 0)

    def _undo(self) -> None:
        batch_id = self.box.currentData()
        if batch_id is None:
            return
        answer = QMessageBox.question(
            self, _("Undo the import"), _("Remove everything import no. {n} added?").format(n=batch_id)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_import(self.db, int(batch_id))
        except ImportUndoError as refused:
            QMessageBox.warning(self, _("Undo the import"), str(refused))
            return
        QMessageBox.information(
            self, _("Undo the import"), _("Import no. {n} was undone.").format(n=batch_id)
        )
        self.reload()
