"""Restricted people are hidden from the volunteers' and clients' lists unless "show restricted"
is ticked, and marked when shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.restriction_service import set_restriction
from coordinator_app.db.engine import Database
from coordinator_app.ui.clients.tab import ClientsTab
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.tab import VolunteersTab
from coordinator_app.ui.widgets.list_tab import ListTab
from tests.factories.records import add_people, client_row, save

TODAY = dt.date(2026, 11, 20)


def _open(qtbot: QtBot, tab: ListTab) -> ListTab:
    qtbot.addWidget(tab)
    tab.resize(1366, 600)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def _names(tab: ListTab) -> list[str]:
    column = tab.model.column_index("name")
    return sorted(str(tab.proxy.index(row, column).data()) for row in range(tab.proxy.rowCount()))


def test_a_restricted_volunteer_is_hidden_then_marked(qtbot: QtBot, db: Database) -> None:
    _kept, restricted = add_people(db, "Kowalska Anna", "Nowak Piotr")
    set_restriction(db, PersonRef(PersonRole.VOLUNTEER, restricted), "Sprzeciw.", on=TODAY)
    tab = _open(qtbot, VolunteersTab(db))
    assert isinstance(tab, VolunteersTab)
    assert _names(tab) == ["Kowalska Anna"]
    tab.show_restricted.setChecked(True)
    assert _names(tab) == ["Kowalska Anna", "Nowak Piotr (przetwarzanie ograniczone)"]


def test_a_restricted_client_is_hidden_then_marked(qtbot: QtBot, db: Database) -> None:
    save(db, client_row("K-1", "Wójcik Stanisława"))
    restricted = save(db, client_row("K-2", "Zając Marian"))
    set_restriction(db, PersonRef(PersonRole.CLIENT, restricted), "Sprzeciw.", on=TODAY)
    tab = _open(qtbot, ClientsTab(db))
    assert isinstance(tab, ClientsTab)
    assert _names(tab) == ["Wójcik Stanisława"]
    tab.show_restricted.setChecked(True)
    assert _names(tab) == ["Wójcik Stanisława", "Zając Marian (przetwarzanie ograniczone)"]
    tab.filter.setCurrentIndex(tab.filter.findData("active"))
    assert len(_names(tab)) == 2
    tab.show_restricted.setChecked(False)
    assert _names(tab) == ["Wójcik Stanisława"]


def test_the_persons_window_says_processing_is_restricted(qtbot: QtBot, db: Database) -> None:
    kept, restricted = add_people(db, "Kowalska Anna", "Nowak Piotr")
    set_restriction(
        db, PersonRef(PersonRole.VOLUNTEER, restricted), "Sprzeciw wobec przetwarzania.", on=TODAY
    )
    shown = VolunteerDialog(db, restricted)
    qtbot.addWidget(shown)
    banner = shown.findChild(QLabel, "restriction_banner")
    assert banner is not None and not banner.isHidden()
    assert "20.11.2026" in banner.text() and "Sprzeciw wobec przetwarzania." in banner.text()
    plain = VolunteerDialog(db, kept)
    qtbot.addWidget(plain)
    other = plain.findChild(QLabel, "restriction_banner")
    assert other is not None and other.isHidden()
