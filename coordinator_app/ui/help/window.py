"""The help window: the manual in a QTextBrowser, opened by F1 at the current window's section.

`open_help(window)` opens (or brings forward) the help of `window`: the main window's current
tab, a dialog's own section (`sections.SECTIONS`). The help window is a child window of the one
it helps, so a modal dialog does not block it, and it closes with it. `install(app)` binds F1 in
every window the application shows (ui.widgets.accessibility).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.app.resources import help_dir
from coordinator_app.i18n import _
from coordinator_app.ui.help.sections import CONTENTS, section_for
from coordinator_app.ui.widgets import accessibility


def manual_url(section: str = CONTENTS) -> QUrl:
    """The manual's address at `section` (an anchor of index.html)."""
    url = QUrl.fromLocalFile(str(help_dir() / "index.html"))
    url.setFragment(section)
    return url


class HelpWindow(QDialog):
    """The manual with Contents, Back and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(_("Help"))
        self.section = CONTENTS
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(_("Manual"))
        contents = QPushButton(_("&Contents"))
        contents.clicked.connect(lambda: self.show_section(CONTENTS))
        self.back_button = QPushButton(_("&Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (contents, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(820, 640)

    def show_section(self, section: str) -> None:
        """Show the manual at `section`; a missing manual says so instead."""
        self.section = section
        if not (help_dir() / "index.html").is_file():
            self.browser.setPlainText(_("The manual is not installed with this copy of the application."))
            return
        self.browser.setSource(manual_url(section))
        self.browser.scrollToAnchor(section)


def section_of(window: QWidget) -> str:
    """The manual's section for `window`: its current tab's, else its own class's."""
    widgets: list[QObject] = []
    tabs = window.findChild(QTabWidget, "main_tabs")
    if tabs is not None and tabs.currentWidget() is not None:
        widgets.append(tabs.currentWidget())
    widgets.append(window)
    names = [cls.__name__ for widget in widgets for cls in type(widget).__mro__]
    return section_for(names)


def open_help(window: QWidget) -> HelpWindow:
    """Open the help of `window` (or bring its help window forward at the right section)."""
    if isinstance(window, HelpWindow):
        window.show_section(CONTENTS)
        return window
    help_window = window.findChild(HelpWindow, "help_window")
    if help_window is None:
        help_window = HelpWindow(window)
    help_window.show_section(section_of(window))
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window


def install(app: QApplication) -> QObject:
    """F1 opens the help in every window the application shows."""
    return accessibility.install(app, open_help)
