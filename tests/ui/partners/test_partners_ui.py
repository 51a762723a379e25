"""The Partnerzy tab: the table model without widgets, then the tab, the partner dialog with
its contact persons, the details window and the volunteer form's partner, driven as a user
would, checking the screen and the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coordinator_app.core.partners import PartnerRow, get_partner
from coordinator_app.core.text import fold
from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Partner, PartnerContact, Volunteer
from coordinator_app.ui.partners.contact_dialog import ContactDialog
from coordinator_app.ui.partners.dialog import PartnerDialog
from coordinator_app.ui.partners.tab import PartnersTab
from coordinator_app.ui.partners.table import make_partner_model, partner_predicate
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.binding import set_value
from tests.factories import TOW, hours_row, save, save_all, session_of, volunteer
from tests.factories.partners import action_row, add_partner, partner_row, shift_row, signup_row
from tests.helpers import type_text

SHOTS = Path("/tmp/h-partners")


def row(pid: int, name: str, kind: str = "school", active: bool = True, volunteers: int = 0) -> PartnerRow:
    return PartnerRow(
        pid,
        name,
        None,
        kind,
        "Lipowiec",
        None,
        "Ewa Nowak (opiekunka)",
        None,
        False,
        active,
        volunteers,
        0,
        None,
        fold(name),
    )


def test_table_model_columns_sorting_and_filters() -> None:
    model, proxy = make_partner_model()
    model.set_records(
        [
            row(1, "Szkoła w Żabnie", volunteers=12),
            row(2, "Parafia", "parish", volunteers=3),
            row(3, "KGW", "housewives", False),
        ]
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Nazwa", "Rodzaj", "Miejscowość", "Osoba kontaktowa", "Wolontariusze"]
    assert model.data(model.index(1, 1)) == "parafia"
    assert model.data(model.index(2, 0)) == "KGW (nieaktywny)"
    model.sort(model.column_index("volunteers"), Qt.SortOrder.DescendingOrder)
    assert [model.record(r).id for r in range(3)] == [1, 2, 3]
    proxy.set_predicate(partner_predicate(None, False))
    assert proxy.rowCount() == 2
    proxy.set_predicate(partner_predicate("housewives", True))
    assert [proxy.record_at(r).id for r in range(proxy.rowCount())] == [3]
    proxy.set_predicate(None)
    proxy.set_search("zabnie")
    assert [proxy.record_at(r).id for r in range(proxy.rowCount())] == [1]


def open_tab(qtbot: QtBot, tab: PartnersTab) -> PartnersTab:
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def test_tab_searches_as_you_type_and_shows_the_partners_share(qtbot: QtBot, db: Database) -> None:
    school = add_partner(db, "Szkoła Podstawowa w Żabnie")
    save_all(
        db,
        [
            partner_row("Parafia w Lipowcu", kind="parish"),
            partner_row("KGW Łąkie", kind="housewives", active=False),
        ],
    )
    pupil = save(db, volunteer_row_for(school))
    action = save(db, action_row(TOW, organiser_partner_id=school))
    entry = save(db, hours_row(pupil, dt.date(2026, 11, 7), 240, TOW, source="coordinator"))
    save(db, signup_row(save(db, shift_row(action)), pupil, attended=True, hours_entry_id=entry))
    tab = open_tab(qtbot, PartnersTab(db))
    assert tab.model.rowCount() == 3 and tab.proxy.rowCount() == 2  # the inactive one hidden
    tab.show_inactive.setChecked(True)
    assert tab.proxy.rowCount() == 3
    type_text(tab.search, "zabn")
    assert tab.proxy.rowCount() == 1 and tab.count_label.text() == "1 z 3 partnerów"
    assert tab.proxy.data(tab.proxy.index(0, 4)) == "1"
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    assert tab.edit_button.isEnabled() and tab.agreement_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for expected in (
        "Szkoła Podstawowa w Żabnie",
        "Ewa Nowak",
        "Zbiórka żywności",
        "organizator",
        "4 godziny",
    ):
        assert expected in text
    assert "Lis Ola" in text
    dialog.close()


def volunteer_row_for(partner_id: int) -> Volunteer:
    from tests.factories import volunteer_row

    return volunteer_row("Lis Ola", partner_id=partner_id)


def field(dialog: PartnerDialog, key: str) -> QLineEdit:
    widget = dialog.form.fields[key]
    assert isinstance(widget, QLineEdit)
    return widget


def test_new_partner_with_a_contact_person_is_saved(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PartnerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(field(dialog, "name"), "Ochotnicza Straż Pożarna w Łąkiem")
    set_value(dialog.form.fields["kind"], "fire_brigade")
    type_text(field(dialog, "house_number"), "7")
    type_text(field(dialog, "postal_code"), "38471")
    type_text(field(dialog, "locality"), "Łąkie")
    type_text(field(dialog, "nip"), "8567346216")  # a wrong check digit
    type_text(field(dialog, "represented_by"), "Adam Kos")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.errors.message("nip") == "NIP jest niepoprawny."
    assert dialog.form.errors.message("represented_by_sex").startswith("Wybierz płeć")
    assert dialog.summary.isVisible()
    field(dialog, "nip").setText("8567346215")
    set_value(dialog.form.fields["represented_by_sex"], "M")
    scope = dialog.form.fields["cooperation_scope"]
    assert isinstance(scope, QPlainTextEdit)
    scope.setPlainText("Strażacy zabezpieczają akcje Ośrodka.")

    def fill_contact(self: ContactDialog) -> int:
        for key, text in (
            ("first_name", "Marek"),
            ("last_name", "Wilk"),
            ("role", "naczelnik OSP"),
            ("phone", "601 202 303"),
        ):
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            widget.setText(text)
        self.save()
        return int(self.result())

    monkeypatch.setattr(ContactDialog, "exec", fill_contact)
    qtbot.mouseClick(dialog.form.add_contact_button, Qt.MouseButton.LeftButton)
    assert dialog.form.contacts_table.rowCount() == 1
    assert dialog.form.contacts_table.item(0, 2).text() == "601 202 303"  # type: ignore[union-attr]
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id is not None
    with session_of(db) as session:
        partner = session.get(Partner, dialog.saved_id)
        assert partner is not None
        assert (partner.name, partner.kind, partner.postal_code, partner.nip) == (
            "Ochotnicza Straż Pożarna w Łąkiem",
            "fire_brigade",
            "38-471",
            "8567346215",
        )
        contact = session.query(PartnerContact).one()
        assert (contact.last_name, contact.role, contact.phone) == ("Wilk", "naczelnik OSP", "+48601202303")


def test_contact_persons_are_edited_and_removed(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = add_partner(db)
    dialog = PartnerDialog(db, partner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().startswith("Edycja partnera")
    table = dialog.form.contacts_table
    assert table.rowCount() == 1 and not dialog.form.remove_contact_button.isEnabled()

    def rename(self: ContactDialog) -> int:
        widget = self.fields["role"]
        assert isinstance(widget, QLineEdit)
        widget.setText("pedagog szkolny")
        self.save()
        return int(self.result())

    monkeypatch.setattr(ContactDialog, "exec", rename)
    table.selectRow(0)
    qtbot.mouseClick(dialog.form.edit_contact_button, Qt.MouseButton.LeftButton)
    assert table.item(0, 1).text() == "pedagog szkolny"  # type: ignore[union-attr]
    dialog.save()
    assert [c.role for c in get_partner(db, partner).contacts] == ["pedagog szkolny"]
    dialog = PartnerDialog(db, partner)
    qtbot.addWidget(dialog)
    dialog.form.contacts_table.selectRow(0)
    qtbot.mouseClick(dialog.form.remove_contact_button, Qt.MouseButton.LeftButton)
    assert dialog.form.contacts_table.rowCount() == 0
    dialog.save()
    assert get_partner(db, partner).contacts == []


def test_a_contact_without_a_surname_is_refused_in_polish(qtbot: QtBot) -> None:
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    first = dialog.fields["first_name"]
    assert isinstance(first, QLineEdit)
    first.setText("Ewa")
    dialog.save()
    assert dialog.result_data is None
    assert dialog.errors.message("last_name") == "Pole „Nazwisko” jest wymagane."


def test_the_volunteer_form_records_the_partner(qtbot: QtBot, db: Database) -> None:
    partner = save(db, partner_row(short_name="SP Modrzewo"))
    save(db, partner_row("Dawny partner", active=False))
    volunteer_id = create_volunteer(db, volunteer())
    dialog = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.form.fields["partner_id"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "SP Modrzewo"]
    assert dialog.form.errors.caption("partner_id") == "Partner (skąd wolontariusz)"
    set_value(combo, partner)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with session_of(db) as session:
        assert session.get_one(Volunteer, volunteer_id).partner_id == partner
    again = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(again)
    combo = again.form.fields["partner_id"]
    assert isinstance(combo, QComboBox) and combo.currentData() == partner


def test_windows_fit_and_are_looked_at(qtbot: QtBot, db: Database) -> None:
    """The dialog's pages and the tab at 1366×728, saved as pictures to look at."""
    SHOTS.mkdir(exist_ok=True)
    partner = add_partner(db, cooperation_scope="Szkoła udostępnia salę gimnastyczną.")
    dialog = PartnerDialog(db, partner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 728
    for index in range(dialog.form.count()):
        dialog.form.setCurrentIndex(index)
        dialog.grab().save(str(SHOTS / f"dialog-{index}.png"))
    tab = open_tab(qtbot, PartnersTab(db))
    tab.resize(1366, 600)
    tab.grab().save(str(SHOTS / "tab.png"))
    details = tab.show_details(partner)
    assert details is not None
    qtbot.waitExposed(details)
    assert details.width() <= 1366 and details.height() <= 728
    details.grab().save(str(SHOTS / "details.png"))
    volunteer_id = create_volunteer(db, volunteer())
    form = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(form)
    form.show()
    page = form.form.page_of(form.form.fields["partner_id"])
    assert page is not None
    form.form.setCurrentIndex(page)
    qtbot.waitUntil(lambda: form.form.currentIndex() == page)
    form.grab().save(str(SHOTS / "volunteer-profile.png"))


def test_names_in_documents_offers_what_the_agreement_declines(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.widgets.name_forms_dialog import NameFormsDialog

    seen: list[list[tuple[str, str, str | None]]] = []

    def record(self: NameFormsDialog) -> int:
        seen.append([(e.kind, e.text, e.sex) for e in self.entries])
        return 0

    monkeypatch.setattr(NameFormsDialog, "exec", record)
    dialog = PartnerDialog(db, add_partner(db))
    qtbot.addWidget(dialog)
    button = next(
        b for b in dialog.buttons.buttons() if b.text().replace("&", "") == "Nazwiska w dokumentach…"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [
        [
            ("organisation", "Szkoła Podstawowa im. Jana Pawła II w Modrzewie", None),
            ("place", "Modrzewo", None),
            ("person", "Barbara Kowalska", "K"),
            ("title", "Dyrektor Szkoły", None),
        ]
    ]


def test_the_tab_prints_the_agreement_or_says_why_not(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.core.issuing.organisation import update_organisation
    from coordinator_app.ui.documents import preview as preview_module
    from tests.documents_helpers import organisation

    update_organisation(db, organisation())
    ready = add_partner(db)
    unsigned = save(
        db, partner_row("Parafia w Lipowcu", kind="parish", represented_by=None, represented_by_sex=None)
    )
    shown: list[str] = []
    previews: list[str] = []
    monkeypatch.setattr(
        preview_module.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )

    def show_preview(self: preview_module.DocumentPreviewDialog) -> int:
        assert self.document is not None
        previews.append(self.document.number)
        return 0

    monkeypatch.setattr(preview_module.DocumentPreviewDialog, "exec", show_preview)
    tab = open_tab(qtbot, PartnersTab(db))
    assert tab.select_id(unsigned)
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].startswith("Najpierw wpisz, kto reprezentuje partnera Parafia w Lipowcu")
    assert previews == []
    assert tab.select_id(ready)
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    assert previews == [f"PW/1/{dt.date.today().year}"]
