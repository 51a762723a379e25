"""A read-only details window: sections of labelled fields and small tables, and a Close button.

The content is built as a `DetailsDocument` (plain Python, testable without a window) and
shown in a `QTextBrowser`, so the text can be selected and copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coordinator_app.i18n import _
from coordinator_app.ui.style import Colours

EMPTY = "—"
WARNING_COLOUR = Colours.ERROR
LABEL_WIDTH = 220  # px: the same in every section, so the values line up


class DetailsDocument:
    """Builds the HTML shown by `DetailsDialog`. Values are plain text; they are escaped here."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._parts = [f"<h2>{escape(title)}</h2>"]
        self._in_fields = False

    def section(self, heading: str) -> DetailsDocument:
        self._close_fields()
        self._parts.append(f"<h3>{escape(heading)}</h3>")
        return self

    def field(self, label: str, value: str | None, *, warning: bool = False) -> DetailsDocument:
        """One `label: value` line; an empty value shows as a dash, a warning in red."""
        if not self._in_fields:
            self._parts.append('<table cellspacing="0" cellpadding="3">')
            self._in_fields = True
        text = escape(value).replace("\n", "<br>") if value else EMPTY
        if warning:
            text = f'<span style="color:{WARNING_COLOUR}"><b>{text}</b></span>'
        self._parts.append(
            f'<tr><td width="{LABEL_WIDTH}" style="color:{Colours.NOTE}" valign="top">{escape(label)}</td>'
            f"<td>{text}</td></tr>"
        )
        return self

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str | None]], empty: str
    ) -> DetailsDocument:
        """A list of records; `empty` is shown instead when there are none."""
        self._close_fields()
        if not rows:
            self._parts.append(f"<p><i>{escape(empty)}</i></p>")
            return self
        head = "".join(f'<th align="left">{escape(h)}</th>' for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell) if cell else EMPTY}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        self._parts.append(
            f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
            f"<tr>{head}</tr>{body}</table>"
        )
        return self

    def bullets(self, items: Sequence[str], empty: str) -> DetailsDocument:
        self._close_fields()
        if not items:
            self._parts.append(f"<p><i>{escape(empty)}</i></p>")
        else:
            self._parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
        return self

    def _close_fields(self) -> None:
        if self._in_fields:
            self._parts.append("</table>")
            self._in_fields = False

    def html(self) -> str:
        self._close_fields()
        return "".join(self._parts)


class DetailsDialog(QDialog):
    """Shows a `DetailsDocument`. Open it with `open()` (window-modal, does not block)."""

    def __init__(self, document: DetailsDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details_dialog")
        self.setWindowTitle(document.title)
        self.browser = QTextBrowser()
        self.browser.setObjectName("details_text")
        self.browser.setAccessibleName(document.title)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(document.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(780, 640)

    def text(self) -> str:
        """The shown text without markup (for tests and for copying)."""
        return self.browser.toPlainText()
