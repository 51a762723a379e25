"""Help → About: the version, where the data lives, the licence and the third-party notices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import APP_NAME, __version__
from coordinator_app.app.resources import licence_file, notices_dir
from coordinator_app.i18n import _
from coordinator_app.ui.icon import application_icon

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return str(path)


def _text_page(text: str) -> QPlainTextEdit:
    page = QPlainTextEdit(text)
    page.setReadOnly(True)
    page.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    page.setFont(QFont("DejaVu Sans Mono", 9))
    return page


class AboutDialog(QDialog):
    """The About box: what this copy is, and under which licences it and its parts come."""

    def __init__(self, db_path: Path, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("About"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(logo)
        summary = QLabel(
            _("{app}, version {version}\nDatabase: {db}\nLog file: {log}").format(
                app=APP_NAME, version=__version__, db=db_path, log=log_file or "—"
            )
        )
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(summary, 1)
        layout.addLayout(header)
        licence = QLabel(
            _(
                "Free software under the GNU General Public License, version 3 or later "
                "(GPL-3.0-or-later), with no warranty. The licences of the components it is "
                "built on are on the “Third-party notices” tab."
            )
        )
        licence.setWordWrap(True)
        layout.addWidget(licence)
        self.tabs = QTabWidget()
        self.tabs.addTab(_text_page(_read(notices_dir() / NOTICES_FILE)), _("Third-party notices"))
        self.tabs.addTab(_text_page(_read(licence_file())), _("Licence"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
