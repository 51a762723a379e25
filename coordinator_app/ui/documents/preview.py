"""Print preview of a document: its pages, options for the kind, print through the system
dialog, save as PDF. A document not yet issued shows the number it will get; printing or saving
issues it (number and register entry), a register entry is printed again as it was issued."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.issuing.catalog import spec
from coordinator_app.core.issuing.service import DocumentRequest, PrintableDocument
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.documents.pages import render_pages
from coordinator_app.ui.style import set_role

if TYPE_CHECKING:
    from coordinator_app.output.documents.kinds import PrintOption

PREVIEW_DPI = 80


def build_pdf(document: PrintableDocument) -> bytes:
    from coordinator_app.output.documents.render import write_document

    buffer = io.BytesIO()
    write_document(document, buffer)
    return buffer.getvalue()


def suggested_file_name(document: PrintableDocument) -> str:
    """`zaswiadczenie-Z-1-2025-zaneta-zolc.pdf`: no spaces or Polish letters."""
    base = fold(spec(document.kind).label)
    parts = [base, document.number, fold(document.snapshot.recipient)]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(part.lower() for part in parts if part)).strip("-")
    return f"{slug[:80] or 'dokument'}.pdf"


class OptionsPanel(QWidget):
    """The choices a kind offers before printing (declared by its module in
    output/documents/kinds); `changed` re-renders the preview."""

    def __init__(self, kind: str, options: dict[str, Any], on_change: Callable[[], None]) -> None:
        from coordinator_app.output.documents.registry import REGISTRY, printed

        super().__init__()
        self.kind = kind
        self._widgets: dict[str, QWidget] = {}
        self._options: dict[str, PrintOption] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in printed(kind).options if kind in REGISTRY else ():
            self._options[option.key] = option
            self._add(option, option.initial(options), layout, on_change)
        layout.addStretch(1)
        self.setVisible(bool(self._widgets))

    def _add(
        self, option: PrintOption, value: Any, layout: QHBoxLayout, on_change: Callable[[], None]
    ) -> None:
        if option.widget == "check":
            self._check(option.key, _(option.label), option.checked(value), layout, on_change)
            return
        if option.label:
            layout.addWidget(QLabel(_(option.label)))
        widget: QWidget
        if option.widget == "text":
            text = QLineEdit(str(value or ""))
            text.setPlaceholderText(_(option.placeholder))
            text.setMaxLength(option.max_length)
            text.editingFinished.connect(on_change)
            widget = text
        elif option.widget == "year":
            year = QSpinBox()
            year.setRange(2000, 2100)
            year.setValue(int(value or dt.date.today().year))
            year.valueChanged.connect(lambda _value: on_change())
            widget = year
        elif option.widget == "date":
            day = QDateEdit()
            day.setCalendarPopup(True)
            day.setDisplayFormat("d.MM.yyyy")
            day.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())
            day.dateChanged.connect(lambda _value: on_change())
            widget = day
        else:
            mode = QComboBox()
            for stored, label in option.choices:
                mode.addItem(_(label), stored)
            if value:
                mode.setCurrentIndex(max(mode.findData(value), 0))
            mode.currentIndexChanged.connect(lambda _value: on_change())
            widget = mode
        self._widgets[option.key] = widget
        layout.addWidget(widget, 1 if option.widget == "text" else 0)

    def _check(
        self, key: str, text: str, value: bool, layout: QHBoxLayout, on_change: Callable[[], None]
    ) -> None:
        box = QCheckBox(text)
        box.setChecked(bool(value))
        box.toggled.connect(lambda _value: on_change())
        self._widgets[key] = box
        layout.addWidget(box)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self._widgets.items():
            if isinstance(widget, QCheckBox):
                result[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                result[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                result[key] = widget.text().strip()
            elif isinstance(widget, QDateEdit):
                result[key] = widget.date().toString(Qt.DateFormat.ISODate)
            elif isinstance(widget, QComboBox):
                result[key] = widget.currentData()
        for key, option in self._options.items():
            if option.widget == "check" and option.on_off != (True, False) and key in result:
                result[key] = option.on_off[0] if result[key] else option.on_off[1]
        return result


class DocumentPreviewDialog(QDialog):
    """Pages on the left to right, options above, Print / Save as PDF / Close below."""

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        *,
        request: DocumentRequest | None = None,
        register_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.request = request
        self.register_id = register_id
        self.document: PrintableDocument | None = None
        self.pdf = b""
        self._printer: QPrinter | None = None  # kept: Qt must not lose it while printing
        self.setWindowTitle(_("Print preview"))
        self.resize(900, 1000)
        layout = QVBoxLayout(self)
        kind = request.kind if request else ""
        self.options = OptionsPanel(kind, dict(request.options) if request else {}, self.refresh)
        layout.addWidget(self.options)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("preview_notice")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_box)
        set_role(scroll, "pages")
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.status = QLabel()
        buttons.addWidget(self.status, 1)
        self.print_button = QPushButton(_("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(_("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    # -- building ------------------------------------------------------------------------

    def load(self) -> bool:
        """Build the first preview; False (with a message shown) when it cannot be made."""
        try:
            self._rebuild()
        except (DocumentRefused, DocumentNotFound) as refusal:
            QMessageBox.warning(self.parentWidget() or self, _("Print preview"), str(refusal))
            return False
        return True

    def refresh(self) -> None:
        try:
            self._rebuild()
        except (DocumentRefused, DocumentNotFound) as refusal:
            self._show_notice(str(refusal), "notice_warning")

    def _current_request(self) -> DocumentRequest:
        assert self.request is not None
        options = {**self.request.options, **self.options.values()}
        return DocumentRequest(
            self.request.kind, self.request.id, self.request.volunteer_id, self.request.month, options
        )

    def _rebuild(self) -> None:
        from coordinator_app.core.issuing.service import preview, reprint

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.register_id is not None:
                document = reprint(self.db, self.register_id)
            else:
                document = preview(self.db, self._current_request())
            self._show(document)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show(self, document: PrintableDocument) -> None:
        self.document = document
        self.pdf = build_pdf(document)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        count = 0
        for image in render_pages(self.pdf, PREVIEW_DPI):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            set_role(label, "page")
            self.pages_layout.addWidget(label)
            count += 1
        self.options.setEnabled(self.register_id is None)
        messages = list(document.warnings)
        if document.register_id is None and document.number:
            messages.append(
                _("The document gets the number {number} when it is printed or saved.").format(
                    number=document.number
                )
            )
        elif document.reprinted:
            messages.append(
                _("Document {number} was issued before; this prints it again as issued.").format(
                    number=document.number
                )
            )
        if messages:
            self._show_notice("\n".join(messages), "notice_warning" if document.warnings else "notice_info")
        else:
            self.notice.hide()
        number = document.number or "—"
        self.status.setText(_("Number: {number} · pages: {pages}").format(number=number, pages=count))

    def _show_notice(self, text: str, role: str) -> None:
        self.notice.setText(text)
        set_role(self.notice, role)
        self.notice.show()

    # -- issuing, printing, saving ---------------------------------------------------------

    def _issued(self) -> PrintableDocument | None:
        """The document with its final number (issued now if it was only a preview)."""
        from coordinator_app.core.issuing.service import issue

        document = self.document
        if document is None:
            return None
        if document.register_id is not None or not spec(document.kind).numbered:
            return document
        try:
            issued = issue(self.db, self._current_request())
        except (DocumentRefused, DocumentNotFound) as refusal:
            QMessageBox.warning(self, _("Print preview"), str(refusal))
            return None
        except Exception as error:  # a database failure: say so, keep the dialog
            QMessageBox.critical(
                self, _("Print preview"), _("The document was not issued: {error}").format(error=error)
            )
            return None
        self.register_id = issued.register_id
        self._show(issued)
        return issued

    def print_document(self) -> None:
        document = self._issued()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(suggested_file_name(document))
        self._printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.pdf, printer)

    def save_pdf(self) -> None:
        document = self._issued()
        if document is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            _("Save as PDF"),
            str(Path(folder) / suggested_file_name(document)),
            _("PDF document (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.critical(
                self, _("Save as PDF"), _("The file could not be saved: {error}").format(error=error)
            )
            return
        self.status.setText(_("Saved {path}").format(path=target))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the PDF's pages on `printer` at its resolution; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_("The printer could not be started."))
    printed = 0
    try:
        first = max(printer.fromPage() - 1, 0)
        last = printer.toPage() - 1 if printer.toPage() > 0 else None
        dpi = min(printer.resolution(), 300)
        for image in render_pages(pdf, dpi, first, last):
            if printed:
                printer.newPage()
            area = painter.viewport()
            size = image.size()
            size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            printed += 1
    finally:
        painter.end()
    return printed


def show_pdf(parent: QWidget | None, pdf: bytes, title: str) -> None:
    """A plain viewer of PDF bytes (the template editor's preview): pages only."""
    dialog = QDialog(parent)
    dialog.setObjectName("pdf_viewer")  # its size is remembered under this name
    dialog.setWindowTitle(title)
    dialog.resize(880, 960)
    layout = QVBoxLayout(dialog)
    box = QWidget()
    pages = QVBoxLayout(box)
    pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    for image in render_pages(pdf, PREVIEW_DPI):
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        pages.addWidget(label)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(box)
    layout.addWidget(scroll)
    close = QPushButton(_("Close"))
    close.clicked.connect(dialog.accept)
    layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
    dialog.exec()
