"""Keyboard and screen-reader support applied to every window once, when it is first shown.

`install(app, open_help)` puts one event filter on the application. When a top-level window
(the main window, a dialog) is shown for the first time, the filter:

- gives every interactive widget without an accessible name the one a reader should announce:
  the text of its label (a QFormLayout row's label, any QLabel whose buddy it is), else its
  own text, tooltip or placeholder (`name_widgets`);
- binds F1 in that window to `open_help(window)`, which opens the manual at the window's
  section.

`interactive_widgets`, `accessible_name` and `mnemonic` are what the keyboard test checks the
windows with (tests/ui/test_keyboard.py walks them with Tab).

Imports i18n only (and Qt).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)
_DONE = "_accessibility_applied"
_MNEMONIC = re.compile(r"&([^&\s])")


def plain(text: str) -> str:
    """A label as a reader says it: no "&" of a mnemonic, no trailing ":" or required "*"."""
    text = re.sub(r"&(.)", r"\1", text).replace("\n", " ").strip()
    return text.rstrip(" :*").strip()


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of a button's text ("&Zapisz" → "z"), or None."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _inside_compound(widget: QWidget) -> bool:
    """The line edit of a spin box or combo box, the viewport of a list, the scroll arrows of
    a tab bar: parts of one widget."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(window: QWidget) -> list[QWidget]:
    """The widgets of `window` a keyboard user works with: shown, enabled, reached by Tab."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_compound(widget):
            continue
        if isinstance(widget, QTabBar) and widget.count() < 2:
            continue
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def _named_by_row(field: QWidget) -> list[QWidget]:
    """The widget a form row's label names: the field, or the one interactive widget inside
    the box that holds the field and its error line."""
    if isinstance(field, INTERACTIVE):
        return [field]
    inner = [
        widget
        for widget in field.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and not _inside_compound(widget)
        and widget.window() is field.window()
    ]
    fields = [widget for widget in inner if not isinstance(widget, QAbstractButton)]
    if len(inner) == 1 or len(fields) == 1:
        return [field, (fields or inner)[0]]
    return [field, *fields[:1]]  # a row of several fields: the label names the first


def label_texts(window: QWidget) -> dict[QWidget, str]:
    """Widget → the text of the label that names it: a label's buddy, a form row's label (for
    a row holding its field in a box with the error line: the field inside), a caption.

    Layout items are never touched (only layouts, labels and widgets, which are QObjects):
    Python wrappers of QLayoutItems outlive the items Qt deletes and confuse later lookups."""
    labels: dict[QWidget, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            for named in _named_by_row(buddy):
                labels.setdefault(named, plain(label.text()))
    forms = window.findChildren(QFormLayout)
    fields = [w for w in window.findChildren(QWidget) if not isinstance(w, QLabel)]
    for form in forms:
        for field in fields:
            row_label = form.labelForField(field)
            if isinstance(row_label, QLabel) and plain(row_label.text()):
                for named in _named_by_row(field):
                    labels.setdefault(named, plain(row_label.text()))
    _captions(window, labels)
    return labels


def _captions(window: QWidget, labels: dict[QWidget, str]) -> None:
    """A label placed just before a field in a row or a column (and the buddy of none) names
    that field."""
    captions = [
        label for label in window.findChildren(QLabel) if label.buddy() is None and plain(label.text())
    ]
    fields = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QAbstractButton) and not _inside_compound(w)
    ]
    for box in window.findChildren(QBoxLayout):
        placed = {box.indexOf(label): label for label in captions if box.indexOf(label) >= 0}
        for field in fields:
            index = box.indexOf(field)
            if index > 0 and index - 1 in placed:
                labels.setdefault(field, plain(placed[index - 1].text()))


def _own_name(widget: QWidget, labels: dict[QWidget, str]) -> str:
    """The label's text, else the widget's own text, tooltip or placeholder."""
    for candidate in (widget, widget.focusProxy()):
        if candidate is not None and candidate in labels:
            return labels[candidate]
    if isinstance(widget, QAbstractButton) and re.search(r"\w", plain(widget.text())):
        return plain(widget.text())  # words, not an arrow such as "◀" (its tooltip says more)
    if widget.toolTip():
        return plain(re.sub(r"<[^>]+>", "", widget.toolTip()).split("\n")[0])
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
        return plain(widget.placeholderText())
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox) and plain(parent.title()):
        return plain(parent.title())
    tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
        return plain(tabs.tabText(tabs.indexOf(widget)))  # a tab's page is named by its tab
    return ""


def name_widgets(window: QWidget) -> None:
    """Every interactive widget of `window` without an accessible name gets one."""
    labels = label_texts(window)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_compound(widget) or widget.accessibleName():
            continue
        if widget.window() is not window:
            continue  # a pop-up (a date field's calendar) is named when it shows
        name = _own_name(widget, labels) or (
            plain(window.windowTitle()) if isinstance(widget, QAbstractItemView) else ""
        )
        if name:
            widget.setAccessibleName(name)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`: its accessible name, else what Qt's
    accessibility reports (a button's text, a label buddy's text). A combo box must have its
    own: Qt reports its current value as its name."""
    if widget.accessibleName().strip() or isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _is_window(widget: QWidget) -> bool:
    """A main window or a dialog (not a menu, a pop-up list or a tooltip)."""
    return widget.isWindow() and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)


class _FirstShow(QObject):
    """The application's event filter: names the widgets and binds F1 in each new window."""

    def __init__(self, app: QApplication, open_help: Callable[[QWidget], object]) -> None:
        super().__init__(app)
        self._open_help = open_help

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and _is_window(watched):
            prepare_window(watched, self._open_help)
        return False


def free_tab(window: QWidget) -> None:
    """Tab leaves every widget that would keep it: a read-only list (its rows are walked with
    the arrows) and a text box (a note has no use for a tab character)."""
    for view in window.findChildren(QAbstractItemView):
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            view.setTabKeyNavigation(False)
        elif view.tabKeyNavigation() and not view.property(_DONE):
            _leave_with_ctrl_tab(view)
    for edit in window.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for text in window.findChildren(QTextEdit):
        text.setTabChangesFocus(True)


def buttons_in_reading_order(window: QWidget) -> None:
    """The buttons of each button box are reached left to right, as they are shown (a box
    places them by the platform's rules, Tab would follow the order they were added in)."""
    for box in window.findChildren(QDialogButtonBox):
        shown = sorted((b for b in box.buttons() if b.isVisibleTo(window)), key=lambda b: b.x())
        for first, second in itertools.pairwise(shown):
            QWidget.setTabOrder(first, second)


def _leave_with_ctrl_tab(view: QAbstractItemView) -> None:
    """A grid typed in with Tab from cell to cell is left with Ctrl+Tab (Ctrl+Shift+Tab back)."""
    view.setProperty(_DONE, True)
    for keys, forward in (("Ctrl+Tab", True), ("Ctrl+Shift+Tab", False)):
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda forward=forward: QWidget.focusNextPrevChild(view, forward))


def refresh(window: QWidget) -> None:
    """Name `window`'s widgets, free Tab and order the buttons (again after widgets are added,
    e.g. the main window's tabs once the database is open)."""
    name_widgets(window)
    free_tab(window)
    buttons_in_reading_order(window)


def prepare_window(window: QWidget, open_help: Callable[[QWidget], object]) -> None:
    """`refresh` `window` (each time it is shown: pages add widgets); bind F1 (once)."""
    refresh(window)
    if window.property(_DONE):
        return
    window.setProperty(_DONE, True)
    key = help_key()
    if any(action.shortcut() == key for action in window.findChildren(QAction)):
        return  # the window's own Help menu has the key
    shortcut = QShortcut(key, window)
    shortcut.activated.connect(lambda: open_help(window))


def print_key(window: QWidget, button: QAbstractButton) -> QShortcut:
    """Ctrl+P in `window` presses `button` (which keeps its own letter); a button with a menu
    opens it."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), window)
    shortcut.activated.connect(button.animateClick)
    return shortcut


def help_key() -> QKeySequence:
    """The platform's help key (F1 on Windows and Linux)."""
    key = QKeySequence(QKeySequence.StandardKey.HelpContents)
    return key if not key.isEmpty() else QKeySequence("F1")


def install(app: QApplication, open_help: Callable[[QWidget], object]) -> QObject:
    """Prepare every window the application shows from now on; returns the filter."""
    event_filter = _FirstShow(app, open_help)
    app.installEventFilter(event_filter)
    return event_filter
