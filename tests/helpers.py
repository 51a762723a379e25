"""Small helpers shared by the widget tests: typing, the colour a widget is shown in."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QWidget

from coordinator_app.ui import style

_Object = TypeVar("_Object", bound=QObject)


def widget_as(kind: type[_Object], widget: object) -> _Object:
    """`widget` as the `kind` the test knows it is (a form holds its fields as plain QWidgets)."""
    assert isinstance(widget, kind), f"{type(widget).__name__} is not a {kind.__name__}"
    return widget


def cell_text(item: QTableWidgetItem | None) -> str:
    """The text of a table cell that the test knows is there."""
    assert item is not None
    return item.text()


def child(parent: QObject, kind: type[_Object], name: str) -> _Object:
    """The child of `parent` named `name`, which the test knows is there."""
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, Polish letters included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def shown_colour(widget: QWidget) -> str:
    """The text colour the application stylesheet gives `widget` (e.g. "#b00020")."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    try:
        style.repolish(widget)
        return widget.palette().color(widget.foregroundRole()).name()
    finally:
        widget.style().unpolish(widget)  # gives the widget its own palette back
        app.setStyleSheet("")
