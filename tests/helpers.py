"""Small helpers shared by the widget tests: typing, the colour a widget is shown in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coordinator_app.ui import style


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
