"""Form building blocks: optional date and time fields, a check list, per-field error labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.options import Option
from coordinator_app.i18n import _
from coordinator_app.ui.style import Colours, repolish, set_role

_EMPTY = QDate(1900, 1, 1)
_SECTION = QDateTimeEdit.Section
_SEPARATORS = frozenset(".,-/ ")


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty (shown blank) with a calendar pop-up, format d.MM.yyyy,
    typed from the keyboard as the coordinator writes a date: "5.03.2025", "05.03.2025",
    "5.3.2025" or "05032025".

    An empty field shows a blank special value, and Qt would reject every typed digit; here the
    first digit starts the date on 1 January of the current year with the day selected (January,
    so a typed 31 is kept), a separator typed just after a section filled itself is skipped (Qt
    has already moved on), and a 29, 30 or 31 that Qt cut short while the month was typed is
    restored once the year is known. Typing over a selected date (Ctrl+A, or Tab into the field)
    starts afresh the same way; Ctrl+A and Delete (or Backspace) empties the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d.MM.yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._advanced = False  # the last digit completed a section and Qt moved to the next one
        self._day_digits = ""  # the digits typed for the day, before Qt cut a 31 down to 30

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY else cast(dt.date, date.toPython())  # a QDate gives a date

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event: Any) -> None:
        # An empty field opens its calendar on the current month, not on January 1900
        # (only the page shown changes; nothing is selected, so the field stays empty).
        if self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)

        self._advanced = False  # the last digit completed a section and Qt moved to the next one
        self._day_digits = ""  # the digits typed for the day, before Qt cut a 31 down to 30

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        everything = self._all_selected()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and everything:
            self.set_value(None)
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.value() is None:
            # Qt keeps Tab in a date field showing its blank value: move on as from any field.
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return
        if text.isdigit() and (self.value() is None or everything):
            self.setDate(QDate(QDate.currentDate().year(), 1, 1))
            self.setCurrentSection(_SECTION.DaySection)
            self.setSelectedSection(_SECTION.DaySection)
            self._advanced = False
            self._day_digits = ""
        if text and text in _SEPARATORS and self._advanced:
            self._advanced = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        digit = text.isdigit()
        if digit and before == _SECTION.DaySection:
            self._day_digits = (self._day_digits + text)[-2:]
        elif digit:
            self._restore_day()
        self._advanced = digit and self.currentSection() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._day_digits = ""  # a new visit: only digits typed now may restore the day
        super().focusInEvent(event)

    def _restore_day(self) -> None:
        """Put back a typed 29, 30 or 31 once the month and year allow it."""
        if not self._day_digits:
            return
        date, day = self.date(), int(self._day_digits)
        if date.year() >= 1000 and date.day() != day and QDate.isValid(date.year(), date.month(), day):
            self.setDate(QDate(date.year(), date.month(), day))

    def _all_selected(self) -> bool:
        """The whole date is selected (Ctrl+A, or Tab into the field): typing starts afresh."""
        edit = self.lineEdit()
        return self.value() is not None and edit.hasSelectedText() and edit.selectedText() == edit.text()


class OptionalTimeEdit(QTimeEdit):
    """A time field (HH:mm) that may be empty: 00:00, its minimum, shows blank and means none
    (nothing in this application happens at midnight)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText(" ")
        self.setTime(QTime(0, 0))

    def value(self) -> dt.time | None:
        time = self.time()
        return None if time == QTime(0, 0) else dt.time(time.hour(), time.minute())

    def set_value(self, value: dt.time | None) -> None:
        self.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab leaves the field at once, empty or not (typing ":" moves to the minutes): Qt's
        time edit would otherwise keep Tab for its sections, and an empty one kept it for good."""
        if (
            event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)


class CheckList(QListWidget):
    """A list of options with check boxes (multi-select from a dictionary)."""

    changed = Signal()

    def __init__(self, options: Iterable[Option] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_options(options)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_options(self, options: Iterable[Option]) -> None:
        self.clear()
        for option in options:
            item = QListWidgetItem(option.name)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked_ids(self) -> set[int]:
        return {
            int(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _edited_signal(widget: QWidget) -> Any:
    """The signal a field gives when its value is changed, or None. A line edit: typed by the
    user only, connected before a form's own live check of the same signal (which may mark the
    field again)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QDateTimeEdit):  # dates and times
        return widget.dateTimeChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, CheckList):
        return widget.changed
    for name in ("currentIndexChanged", "valueChanged"):  # choice boxes, spin boxes
        signal = getattr(widget, name, None)
        if signal is not None:
            return signal
    return None


class FieldErrors:
    """Shows a validation message under the field it belongs to, and marks the field red;
    changing the field takes its mark away (the next save checks it again). `cleared`
    callbacks run after a mark is taken away (a paged form updates its tab marks)."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._captions: dict[str, QLabel] = {}
        self.cleared: list[Callable[[], object]] = []

    def add_row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> QWidget:
        """Add `widget` to `form` under `label` with an (initially hidden) error line."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        set_role(error, "error")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        # The row grows only as its field does: a line edit's row keeps to the line, beside its
        # label, and the room left goes to the fields that can use it.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        form.addRow(label, box)
        self.register(key, widget, error)
        caption = form.labelForField(box)
        if isinstance(caption, QLabel):
            self._captions[key] = caption
        return box

    def mark_required(self, keys: Iterable[str]) -> None:
        """Put the asterisk by each of `keys`: the fields `core.validation.required_fields`
        finds refused when empty, so no required field goes without it. (A label may carry
        it already, e.g. a field required only in some cases.)"""
        for key in keys:
            caption = self._captions.get(key)
            if caption is not None and not caption.text().endswith("*"):
                caption.setText(caption.text() + " *")

    def caption(self, key: str) -> str:
        """The label of a field as shown."""
        entry = self._captions.get(key)
        return entry.text() if entry is not None else ""

    def register(self, key: str, widget: QWidget, error: QLabel) -> None:
        self._fields[key] = (widget, error)
        signal = _edited_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, k=key: self.clear(k))

    def clear(self, key: str) -> None:
        """Take the mark off one field (it was changed)."""
        widget, label = self._fields[key]
        if label.isHidden() and not widget.property("invalid"):
            return
        label.hide()
        widget.setProperty("invalid", False)
        repolish(widget)
        for callback in self.cleared:
            callback()

    def marked(self) -> dict[str, QWidget]:
        """The fields showing an error, key → widget."""
        return {key: widget for key, (widget, label) in self._fields.items() if not label.isHidden()}

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Show `errors` (field key → message), clear the rest; returns the first wrong widget."""
        first: QWidget | None = None
        for key, (widget, label) in self._fields.items():
            message = errors.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
            if bool(widget.property("invalid")) != bool(message):
                widget.setProperty("invalid", bool(message))  # the stylesheet draws a red border
                repolish(widget)
            if message and first is None:
                first = widget
        return first

    def message(self, key: str) -> str:
        entry = self._fields.get(key)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def field_keys(self) -> set[str]:
        return set(self._fields)

    def widget(self, key: str) -> QWidget:
        """The field registered as `key`."""
        return self._fields[key][0]


def line_edit(max_length: int = 120, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class LimitedTextEdit(QPlainTextEdit):
    """A note field that states its limit: "123/2000" in its lower right corner, red once the
    text is too long (saving then refuses it, saying so). Nothing typed or loaded is cut off."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        hint = _("At most {n} characters.").format(n=limit)
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)
        self.textChanged.connect(self.viewport().update)

    def counter_text(self) -> str:
        return f"{len(self.toPlainText())}/{self.limit}"

    def over_limit(self) -> bool:
        return len(self.toPlainText()) > self.limit

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(
            QColor(Colours.ERROR) if self.over_limit() else self.palette().placeholderText().color()
        )
        area = self.viewport().rect().adjusted(0, 0, -4, -2)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self.counter_text()
        )
        painter.end()


def text_edit(placeholder: str = "", height: int = 60, max_length: int | None = None) -> QPlainTextEdit:
    """A multi-line field; with `max_length` it shows its limit (see `LimitedTextEdit`)."""
    edit = QPlainTextEdit() if max_length is None else LimitedTextEdit(max_length)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def check_box(text: str) -> QCheckBox:
    return QCheckBox(text)


def opt(text: str) -> str | None:
    """The stripped text of a field, or None when empty."""
    stripped = text.strip()
    return stripped or None


def summary_label() -> QLabel:
    """The red line under a form saying why it was not saved (hidden until then)."""
    label = QLabel()
    label.setObjectName("form_summary")
    set_role(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Zapisz / Anuluj: Save runs `on_save` (which accepts the dialog when all is well)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
