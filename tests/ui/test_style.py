"""One look for the whole window: the colours and roles live in ui/style.py and nowhere else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from coordinator_app.ui import style
from tests.helpers import shown_colour

UI = Path(style.__file__).parent


def ui_sources() -> dict[str, str]:
    return {
        path.relative_to(UI).as_posix(): path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if path.name != "style.py"
    }


def test_no_widget_has_a_stylesheet_of_its_own() -> None:
    assert [name for name, text in ui_sources().items() if ".setStyleSheet(" in text] == []


def test_colours_are_written_only_in_the_palette() -> None:
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    assert {
        name: hex_colour.findall(text) for name, text in ui_sources().items() if hex_colour.search(text)
    } == {}


def test_every_role_has_a_rule_and_an_unknown_role_is_refused(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    assert {"error", "ok", "ready", "warning", "note", "blocked"} <= style.ROLES
    style.set_role(label, "error")
    assert shown_colour(label) == style.Colours.ERROR
    style.set_role(label, None)
    assert shown_colour(label) != style.Colours.ERROR
    with pytest.raises(ValueError):
        style.set_role(label, "errror")


def test_a_wrong_field_gets_the_red_border(qtbot: QtBot) -> None:
    from coordinator_app.ui.widgets.forms import FieldErrors

    errors = FieldErrors()
    field = QLineEdit()
    qtbot.addWidget(field)
    errors.register("name", field, QLabel())
    errors.show({"name": "Podaj imię."})
    assert field.property("invalid") is True
    errors.show({})
    assert field.property("invalid") is False
