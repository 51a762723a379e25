"""The one way a form dialog saves (ui/widgets/form_dialog.py): a database failure the user can
act on is shown in a message box and the dialog keeps what was typed; field errors get the one
summary line; anything else is not swallowed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, NoReturn

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from coordinator_app.core.volunteers.queries import count_volunteers
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _, set_language
from coordinator_app.ui.dictionaries.forms import VillageForm
from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.form_dialog import FormDialog, not_saved_summary
from tests.helpers import type_text

DISK_FULL = "database or disk is full"


def failing_write(db: Database) -> Callable[..., NoReturn]:
    """A service whose transaction fails as on a full disk (the session translates it)."""

    def write(*_args: Any, **_kwargs: Any) -> NoReturn:
        with db.session():
            raise OperationalError("INSERT ...", {}, sqlite3.OperationalError(DISK_FULL))
        raise AssertionError("the session should have raised")

    return write


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The critical message boxes shown (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: QWidget, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def click_save(qtbot: QtBot, dialog: FormDialog[Any]) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def disk_full_sentence() -> str:
    return _("The disk is full: the change was not saved. Free some space and try again.")


def test_a_full_disk_while_saving_a_volunteer_is_said_and_the_form_keeps_its_data(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, boxes: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr("coordinator_app.ui.volunteers.dialog.create_volunteer", failing_write(db))
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    for name, text in (
        ("first_name", "Żaneta"),
        ("last_name", "Żółć"),
        ("pesel", "44051401458"),
        ("house_number", "1"),
        ("postal_code", "62-200"),
        ("locality", "Łęki"),
    ):
        type_text(dialog.form.fields[name], text)
    click_save(qtbot, dialog)
    assert boxes == [("Nie zapisano wolontariusza", disk_full_sentence())]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.saved_id is None
    last_name = dialog.form.fields["last_name"]
    assert isinstance(last_name, QLineEdit)
    assert last_name.text() == "Żółć"
    assert count_volunteers(db) == 0


def test_a_full_disk_in_the_small_forms_is_said_under_their_own_title(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, boxes: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr("coordinator_app.ui.trainings.programme_edit.create_programme", failing_write(db))
    monkeypatch.setattr(VillageForm, "create_record", staticmethod(failing_write(db)))
    programme = ProgrammeEditDialog(db, None)
    village = VillageForm(db, None)
    for dialog, field in ((programme, programme.name), (village, village.name)):
        qtbot.addWidget(dialog)
        type_text(field, "Żółtki")
        click_save(qtbot, dialog)
        assert dialog.result() != dialog.DialogCode.Accepted
    assert boxes == [
        (programme.windowTitle(), disk_full_sentence()),
        (village.windowTitle(), disk_full_sentence()),
    ]


def test_field_errors_get_the_one_summary_line(
    qtbot: QtBot, db: Database, boxes: list[tuple[str, str]]
) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    click_save(qtbot, dialog)
    assert boxes == []
    assert dialog.summary.isVisibleTo(dialog)
    text = dialog.summary.text()
    assert text.startswith("Nie zapisano wolontariusza. Popraw zaznaczone pola (")
    assert text == not_saved_summary("Nie zapisano wolontariusza", int(text.rsplit("(", 1)[1].rstrip(").")))


def test_the_summary_line_reads_the_same_in_english() -> None:
    set_language("en")
    assert not_saved_summary(_("The client was not saved"), 3) == (
        "The client was not saved. Correct the marked fields (3)."
    )


def test_an_unexpected_error_is_not_swallowed(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, boxes: list[tuple[str, str]]
) -> None:
    def broken(*_args: Any) -> NoReturn:
        raise RuntimeError("a bug")

    monkeypatch.setattr(VillageForm, "create_record", staticmethod(broken))
    form = VillageForm(db, None)
    qtbot.addWidget(form)
    type_text(form.name, "Annopol")
    with pytest.raises(RuntimeError, match="a bug"):
        form.save()
    assert boxes == []


def test_the_session_gives_the_storage_error_its_sentence(db: Database) -> None:
    with pytest.raises(StorageError) as caught:
        failing_write(db)()
    assert caught.value.message == disk_full_sentence()
    assert isinstance(caught.value.__cause__, OperationalError)
