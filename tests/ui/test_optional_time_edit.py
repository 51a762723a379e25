"""The optional time field: Tab leaves it at once, empty or filled, so the keyboard walk of a
form (a training session, a coalition meeting) goes on to the next field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coordinator_app.ui.widgets.forms import OptionalTimeEdit


@pytest.mark.parametrize("value", [None, dt.time(9, 30)])
def test_tab_leaves_the_time_field(qtbot: QtBot, value: dt.time | None) -> None:
    form = QWidget()
    layout = QVBoxLayout(form)
    before, field, after = QLineEdit(), OptionalTimeEdit(), QLineEdit()
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    field.set_value(value)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(field.hasFocus)
    assert field.value() == value
