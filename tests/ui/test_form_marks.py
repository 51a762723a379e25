"""Forms that say what is wrong: every page holding an error is marked and unmarked when its
fields are changed; a future birth date is refused on screen; empty required codes say
"required"; a landline keeps its landline grouping on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from coordinator_app.core.validation import format_phone
from coordinator_app.core.vetting.data import TEXT_LIMITS
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.form_dialog import not_saved_summary
from coordinator_app.ui.widgets.forms import LimitedTextEdit, OptionalDateEdit
from coordinator_app.ui.widgets.paged_form import PagedForm
from tests.helpers import type_text, widget_as
from tests.ui.test_vetting_ui import add_volunteer as add_vetted_volunteer
from tests.ui.test_vetting_ui import open_dialog as open_vetting
from tests.ui.test_vetting_ui import reveal


def line(dialog: VolunteerDialog, name: str) -> QLineEdit:
    return widget_as(QLineEdit, dialog.form.fields[name])


def save(qtbot: QtBot, dialog: VolunteerDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def marked_pages(form: PagedForm) -> dict[str, str]:
    """Tab title → its tooltip, for the tabs with the warning icon."""
    return {form.tabText(i): form.tabToolTip(i) for i in range(form.count()) if not form.tabIcon(i).isNull()}


def page_title(form: PagedForm, key: str) -> str:
    index = form.page_of(form.fields[key])
    assert index is not None
    return form.tabText(index)


def test_every_page_holding_an_error_is_marked_until_fixed(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    save(qtbot, dialog)  # everything empty
    form = dialog.form
    wrong = form.errors.marked()
    personal, address = page_title(form, "first_name"), page_title(form, "postal_code")
    assert personal != address
    assert {"first_name", "last_name", "postal_code", "locality"} <= set(wrong)
    on_address = sum(1 for key in wrong if page_title(form, key) == address)
    marks = marked_pages(form)
    assert marks[address] == ngettext(
        "{n} field to correct on this page", "{n} fields to correct on this page", on_address
    ).format(n=on_address)
    assert personal in marks, "the page opened is marked too"
    assert form.tabBar().tabTextColor(form.page_of(form.fields["postal_code"]) or 0).isValid()
    assert dialog.summary.text().endswith(f"({len(wrong)}).")
    # The empty postal code says it is required, not how it must look.
    assert form.errors.message("postal_code") == _("{field} is required.").format(field=_("Postal code"))

    # Fixing every field of the address page takes its mark away; the personal page keeps its.
    for key in [k for k in wrong if page_title(form, k) == address]:
        type_text(line(dialog, key), {"postal_code": "62-200"}.get(key, "1"))
    marks = marked_pages(form)
    assert address not in marks and personal in marks
    assert not form.tabBar().tabTextColor(form.page_of(form.fields["postal_code"]) or 0).isValid()
    assert form.errors.message("postal_code") == ""


def test_the_summary_count_follows_the_fields_as_they_are_fixed(qtbot: QtBot, db: Database) -> None:
    """ "Popraw zaznaczone pola (N)" drops with each field corrected, as the tab marks do, and
    goes once nothing is left; the next save checks everything again."""
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    save(qtbot, dialog)
    wrong = [key for key in dialog.form.errors.marked() if isinstance(dialog.form.fields[key], QLineEdit)]
    total = len(dialog.form.errors.marked())
    assert dialog.summary.text().endswith(f"({total}).")
    type_text(line(dialog, wrong[0]), "Anna")
    assert dialog.summary.text() == not_saved_summary(_("The volunteer was not saved"), total - 1)
    assert dialog.summary.isVisibleTo(dialog)
    for key in list(dialog.form.errors.marked()):
        dialog.form.errors.clear(key)
    assert not dialog.summary.isVisibleTo(dialog)
    save(qtbot, dialog)  # still wrong: the next save marks and counts again
    assert dialog.summary.isVisibleTo(dialog)
    assert dialog.summary.text().endswith(f"({len(dialog.form.errors.marked())}).")


def test_a_future_birth_date_is_refused(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(line(dialog, "first_name"), "Anna")
    type_text(line(dialog, "last_name"), "Nowak")
    type_text(line(dialog, "id_document"), "ABC123456")
    future = dt.date.today() + dt.timedelta(days=4 * 366)
    widget_as(OptionalDateEdit, dialog.form.fields["birth_date"]).set_value(future)
    message = _("The date of birth cannot be in the future.")
    assert dialog.form.age_label.text() == message, "no negative age is shown"
    save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.errors.message("birth_date") == message


def test_a_landline_is_shown_as_a_landline() -> None:
    assert format_phone("+48614241122") == "61 424 11 22"
    assert format_phone("+48614241122") != "614 241 122"


def test_note_fields_state_their_limit(qtbot: QtBot, db: Database) -> None:
    dialog = open_vetting(qtbot, db, add_vetted_volunteer(db))
    reveal(qtbot, dialog)
    limit = TEXT_LIMITS["notes"]
    notes = widget_as(LimitedTextEdit, dialog.form.fields["notes"])
    records = widget_as(LimitedTextEdit, dialog.form.fields["foreign_records"])
    assert (notes.counter_text(), records.counter_text()) == (
        f"0/{limit}",
        f"0/{TEXT_LIMITS['foreign_records']}",
    )
    assert notes.toolTip() == _("At most {n} characters.").format(n=limit)
    notes.setPlainText("x" * (limit + 1))  # pasted: nothing is cut off, the counter turns red
    assert notes.counter_text() == f"{limit + 1}/{limit}" and notes.over_limit()
    dialog.save()
    assert dialog.form.errors.message("notes") == _(
        "The text is too long (at most {count} characters)."
    ).format(count=limit)
    notes.setPlainText("Zaświadczenie okazane.")
    assert not notes.over_limit() and dialog.form.errors.message("notes") == ""
