"""The vetting window driven from the keyboard: hidden until "Pokaż dane weryfikacji" (each
showing audited), errors beside the fields, a live list of what is missing, saved and audited."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.vetting import (
    KRK_SCOPE_DEFAULT,
    VettingData,
    get_vetting,
    save_vetting,
    suggest_valid_until,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, Vetting
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.vetting.dialog import VettingDialog
from coordinator_app.ui.vetting.panel import VettingPanel
from coordinator_app.ui.vetting.status import VettingStatusLabel
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.factories import save, volunteer_row
from tests.helpers import shown_colour, type_text

TODAY = dt.date.today()
CHECKED = TODAY - dt.timedelta(days=20)
ISSUED = CHECKED - dt.timedelta(days=9)


def typed(day: dt.date) -> str:
    return f"{day.day}.{day.month:02d}.{day.year}"


def add_volunteer(db: Database, citizenship: str = "ukraińskie") -> int:
    row = volunteer_row(
        "Kovalenko Olena",
        birth_date=dt.date(1990, 3, 8),
        house_number="12",
        locality="Łęki",
        citizenship=citizenship,
    )
    return save(db, row)


def complete() -> VettingData:
    return VettingData(
        rspts_date=CHECKED, rspts_entry_found=False, rspts_reference="wydruk nr 1",
        rspts_checked_by="Łucja Żmuda", commission_date=CHECKED, commission_entry_found=False,
        krk_issue_date=ISSUED, krk_scope=KRK_SCOPE_DEFAULT, krk_presented_on=CHECKED, krk_has_entries=False,
        residence_statement_date=CHECKED,
        foreign_records="Ukraina: довідка про несудимість", standards_training_date=CHECKED,
        valid_until=TODAY + dt.timedelta(days=700),
    )  # fmt: skip


def views(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(AuditEntry.id).where(AuditEntry.action == "view")).all())


def open_dialog(qtbot: QtBot, db: Database, volunteer_id: int) -> VettingDialog:
    dialog = VettingDialog(db, volunteer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def reveal(qtbot: QtBot, dialog: VettingDialog) -> None:
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1


def type_date(qtbot: QtBot, dialog: VettingDialog, key: str, day: dt.date) -> None:
    field = dialog.form.date_field(key)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over what is there
    qtbot.keyClicks(field, typed(day))
    assert field.value() == day, (key, field.text())


def choose(qtbot: QtBot, dialog: VettingDialog, key: str, steps: int) -> None:
    """Pick a result with the arrow keys (1: no entry, 2: entry found)."""
    combo = dialog.form.fields[key]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    for _step in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def click_save(qtbot: QtBot, dialog: VettingDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_vetting_is_hidden_until_shown_then_typed_checked_and_saved(qtbot: QtBot, db: Database) -> None:
    vid = add_volunteer(db)
    dialog = open_dialog(qtbot, db, vid)
    assert dialog.windowTitle() == _("Vetting for work with minors: {name}").format(name="Olena Kovalenko")
    assert dialog.stack.currentIndex() == 0 and not dialog.save_button.isEnabled()
    assert dialog.status.text() == _("Vetting for work with minors: none.")
    assert views(db) == 0, "the verdict alone is not a view of the data"

    reveal(qtbot, dialog)
    assert views(db) == 1 and dialog.save_button.isEnabled()
    status = dialog.status.text()
    assert _("No check in the RSPTS (restricted-access register).") in status
    assert "Brak oświadczenia" in status or "No statement on the countries" in status
    assert "ukraińskie" in dialog.form.foreign_hint.text()

    # Typed with mistakes: no printout number, KRK presented before it was issued.
    type_date(qtbot, dialog, "rspts_date", CHECKED)
    choose(qtbot, dialog, "rspts_entry_found", 1)
    type_text(dialog.form.fields["rspts_checked_by"], "Łucja Żmuda")
    type_date(qtbot, dialog, "krk_issue_date", CHECKED)
    type_date(qtbot, dialog, "krk_presented_on", ISSUED)
    choose(qtbot, dialog, "krk_has_entries", 1)
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.form.errors
    assert errors.message("rspts_reference") == _("Enter the printout number or ID of the check.")
    assert errors.message("krk_presented_on") == _(
        "The KRK information cannot be presented before it was issued."
    )
    assert dialog.summary.isVisible() and "(2)" in dialog.summary.text()
    with db.session() as s:
        assert s.scalars(select(Vetting)).all() == []

    # Corrected and completed from the keyboard; the live status empties as items arrive.
    type_text(dialog.form.fields["rspts_reference"], "wydruk RSPTS nr 44/2026")
    type_date(qtbot, dialog, "krk_issue_date", ISSUED)
    type_date(qtbot, dialog, "krk_presented_on", CHECKED)
    type_date(qtbot, dialog, "commission_date", CHECKED)
    choose(qtbot, dialog, "commission_entry_found", 1)
    type_date(qtbot, dialog, "residence_statement_date", CHECKED)
    type_text(
        dialog.form.fields["foreign_records"],
        "Ukraina — informacja z rejestru karnego, tłumaczenie przysięgłe",
    )
    type_date(qtbot, dialog, "standards_training_date", CHECKED)
    type_text(dialog.form.fields["standards_trained_by"], "Łucja Żmuda")
    assert _("No valid-until date (next review) of the vetting.") in dialog.status.text()
    assert dialog.form.suggest.isEnabled()
    qtbot.mouseClick(dialog.form.suggest, Qt.MouseButton.LeftButton)
    suggested = suggest_valid_until(dialog.form.collect(), 24)
    assert suggested is not None and dialog.form.date_field("valid_until").value() == suggested
    assert "✔" in dialog.status.text() and format_date(suggested) in dialog.status.text()

    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        row = s.scalars(select(Vetting).where(Vetting.volunteer_id == vid)).one()
        assert (row.rspts_date, row.rspts_entry_found, row.rspts_reference) == (
            CHECKED,
            False,
            "wydruk RSPTS nr 44/2026",
        )
        assert (row.krk_issue_date, row.krk_presented_on, row.krk_has_entries) == (ISSUED, CHECKED, False)
        assert row.krk_scope == KRK_SCOPE_DEFAULT and row.valid_until == suggested
        assert row.foreign_records == "Ukraina — informacja z rejestru karnego, tłumaczenie przysięgłe"
        created = s.scalars(
            select(AuditEntry.field).where(AuditEntry.entity == "vetting", AuditEntry.action == "create")
        ).all()
    assert {"rspts_reference", "krk_scope", "valid_until", "foreign_records"} <= set(created)
    assert views(db) == 1

    # Showing it again is another audited view, with the saved data in the form.
    again = open_dialog(qtbot, db, vid)
    assert again.status.text() == _("Vetting for work with minors: complete, valid until {date}.").format(
        date=format_date(suggested)
    )
    reveal(qtbot, again)
    assert views(db) == 2
    reference = again.form.fields["rspts_reference"]
    assert isinstance(reference, QLineEdit) and reference.text() == "wydruk RSPTS nr 44/2026"
    assert again.new_button.isEnabled()


def test_a_periodic_review_starts_a_new_record(qtbot: QtBot, db: Database) -> None:
    vid = add_volunteer(db, citizenship="polskie")
    first = save_vetting(
        db, vid, dataclasses.replace(complete(), residence_statement_date=None, foreign_records=None)
    )
    dialog = open_dialog(qtbot, db, vid)
    reveal(qtbot, dialog)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.form.date_field("rspts_date").value() is None
    assert dialog.form.date_field("standards_training_date").value() == CHECKED, "carried over"
    type_date(qtbot, dialog, "rspts_date", TODAY)
    choose(qtbot, dialog, "rspts_entry_found", 1)
    type_text(dialog.form.fields["rspts_reference"], "wydruk nr 2")
    type_text(dialog.form.fields["rspts_checked_by"], "Łucja Żmuda")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = get_vetting(db, vid)
    assert view.record_id != first and [e.id for e in view.earlier] == [first]
    assert view.data.rspts_reference == "wydruk nr 2" and view.data.commission_date is None


def test_an_entry_found_is_shown_in_red_and_cannot_be_replaced(qtbot: QtBot, db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, dataclasses.replace(complete(), rspts_entry_found=True))
    label = VettingStatusLabel(db, vid)
    qtbot.addWidget(label)
    assert label.text() == _(
        "Vetting for work with minors: negative. The volunteer must not work with minors."
    )
    assert "RSPTS" not in label.text() and "b00020" in shown_colour(label)
    assert views(db) == 0, "the short status is not a view of the data"
    dialog = open_dialog(qtbot, db, vid)
    reveal(qtbot, dialog)
    assert _("The RSPTS check found an entry.") in dialog.status.text()
    assert "b00020" in dialog.status.text()
    assert not dialog.new_button.isEnabled()


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("5.03.2025", dt.date(2025, 3, 5)),
        ("05.03.2025", dt.date(2025, 3, 5)),
        ("5.3.2025", dt.date(2025, 3, 5)),
        ("05032025", dt.date(2025, 3, 5)),
        ("31.01.2025", dt.date(2025, 1, 31)),
        ("29.02.2024", dt.date(2024, 2, 29)),
        ("15.11.2024", dt.date(2024, 11, 15)),
    ],
)
def test_an_empty_date_field_can_be_typed(qtbot: QtBot, keys: str, expected: dt.date) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, keys)
    assert field.value() == expected
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "1.12.2023")
    assert field.value() == dt.date(2023, 12, 1), "typed over the whole date"
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_a_filled_date_field_is_retyped_after_tab(qtbot: QtBot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitActive(field)  # focus events reach only the active window
    for start, keys, expected in (
        (dt.date(2026, 11, 2), "31.12.2024", dt.date(2024, 12, 31)),  # Qt alone would keep 30
        (dt.date(2026, 11, 2), "7", dt.date(2026, 11, 7)),  # only the day changes
    ):
        field.set_value(start)
        field.clearFocus()
        qtbot.waitUntil(lambda: not field.hasFocus())
        field.setFocus(Qt.FocusReason.TabFocusReason)  # as the Tab key does: the day is selected
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, keys)
        assert field.value() == expected, keys


def test_the_volunteer_view_panel_opens_the_window_and_refreshes(qtbot: QtBot, db: Database) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    vid = add_volunteer(db)
    panel = VettingPanel(db, vid)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.status.text() == _("Vetting for work with minors: none.")
    failures: list[BaseException] = []

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, VettingDialog)
            reveal(qtbot, dialog)
            dialog.form.load(complete())
            click_save(qtbot, dialog)
            assert dialog.result() == QDialog.DialogCode.Accepted
        except BaseException as error:  # re-raised below, once the dialog is closed
            failures.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, fill_and_save)
    with qtbot.waitSignal(panel.changed, timeout=5000, raising=False) as saved:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert saved.signal_triggered
    assert panel.status.text() == _("Vetting for work with minors: complete, valid until {date}.").format(
        date=format_date(complete().valid_until)
    )
    assert get_vetting(db, vid).data == complete()
