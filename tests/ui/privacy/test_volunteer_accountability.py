"""The volunteer window's RODO tab: an image consent recorded and withdrawn, an authorisation
recorded with its expiry and revoked with a reason; on screen and in the database."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from coordinator_app.core.privacy.accountability_queries import (
    volunteer_authorisations,
    volunteer_image_consents,
)
from coordinator_app.db.engine import Database
from coordinator_app.ui.privacy.volunteer_accountability import VolunteerAccountabilityPage
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from tests.factories import add_people


def _cell(page: VolunteerAccountabilityPage, table: str, row: int, column: int) -> str:
    item = getattr(page, table).item(row, column)
    assert item is not None
    return str(item.text())


def test_an_image_consent_is_recorded_and_withdrawn(qtbot: QtBot, db: Database) -> None:
    (volunteer_id,) = add_people(db, "Nowak Anna")
    page = VolunteerAccountabilityPage(db, volunteer_id)
    qtbot.addWidget(page)
    page.consent_scope.setText("   ")
    page.give_button.click()
    assert "wizerunek" in page.message.text() and volunteer_image_consents(db, volunteer_id) == []
    page.consent_date.set_value(dt.date(2026, 5, 4))
    page.consent_scope.setText("zdjęcia na stronie ośrodka")
    page.give_button.click()
    (consent,) = volunteer_image_consents(db, volunteer_id)
    assert (consent.given_on, consent.scope, consent.withdrawn_on) == (
        dt.date(2026, 5, 4),
        "zdjęcia na stronie ośrodka",
        None,
    )
    assert _cell(page, "consents", 0, 0) == "4.05.2026" and _cell(page, "consents", 0, 1) == "—"
    page.withdraw_button.click()
    assert "Zaznacz" in page.message.text()
    page.consents.selectRow(0)
    page.withdraw_button.click()
    assert volunteer_image_consents(db, volunteer_id)[0].withdrawn_on == dt.date.today()
    assert _cell(page, "consents", 0, 1) != "—"


def test_an_authorisation_is_recorded_and_revoked_with_a_reason(qtbot: QtBot, db: Database) -> None:
    (volunteer_id,) = add_people(db, "Nowak Anna")
    page = VolunteerAccountabilityPage(db, volunteer_id)
    qtbot.addWidget(page)
    page.issued_on.set_value(dt.date(2026, 3, 1))
    page.expires_on.set_value(dt.date(2026, 2, 1))
    page.issue_button.click()
    assert "wcześniejsza" in page.message.text() and volunteer_authorisations(db, volunteer_id) == []
    page.expires_on.set_value(dt.date(2030, 12, 31))
    page.kind.setCurrentIndex(page.kind.findData("confidentiality"))
    page.issue_button.click()
    (row,) = volunteer_authorisations(db, volunteer_id)
    assert (row.kind, row.issued_on, row.expires_on, row.revoked_on) == (
        "confidentiality",
        dt.date(2026, 3, 1),
        dt.date(2030, 12, 31),
        None,
    )
    assert _cell(page, "authorisations", 0, 0).startswith("oświadczenie o zachowaniu poufności")
    assert _cell(page, "authorisations", 0, 2) == "31.12.2030"
    page.authorisations.selectRow(0)
    page.revoke_reason.setText("koniec odwiedzin")
    page.revoke_button.click()
    (row,) = volunteer_authorisations(db, volunteer_id)
    assert (row.revoked_on, row.revoked_reason) == (dt.date.today(), "koniec odwiedzin")
    assert "koniec odwiedzin" in _cell(page, "authorisations", 0, 3)
    assert "nieobowiązujące" in _cell(page, "authorisations", 0, 0)


def test_the_volunteer_window_has_the_rodo_tab(qtbot: QtBot, db: Database) -> None:
    (volunteer_id,) = add_people(db, "Nowak Anna")
    dialog = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(dialog)
    assert dialog.form.indexOf(dialog.rodo_page) >= 0
    assert dialog.form.tabText(dialog.form.indexOf(dialog.rodo_page)) == "RODO"
