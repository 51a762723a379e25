"""The Clients, Assignments and Training sessions tabs: table models without widgets, then each
tab on a small database driven as a user would (search, filter, open the details)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator_app.core.assignments import AssignmentRow
from coordinator_app.core.clients import ClientRow
from coordinator_app.core.text import fold
from coordinator_app.core.trainings import TrainingRow
from coordinator_app.db.engine import Database
from coordinator_app.i18n.formatting import format_hours
from coordinator_app.ui.assignments.tab import AssignmentsTab
from coordinator_app.ui.assignments.table import make_assignment_model
from coordinator_app.ui.assignments.table import status_predicate as assignment_status
from coordinator_app.ui.clients.tab import ClientsTab
from coordinator_app.ui.clients.table import make_client_model, status_predicate
from coordinator_app.ui.tabs import build_tabs
from coordinator_app.ui.trainings.tab import TrainingsTab
from coordinator_app.ui.trainings.table import category_predicate, make_training_model
from coordinator_app.ui.widgets.list_tab import ListTab, natural_key
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy
from tests.core.test_assignments_core import CLIENT_NAMES, seed_assignments
from tests.core.test_clients_core import HEALTH_NOTE, seed_clients
from tests.core.test_trainings_core import seed_trainings
from tests.helpers import type_text

RED = QColor("#b00020")


def client(
    cid: int,
    code: str,
    last: str,
    first: str,
    status: str = "active",
    expired: bool = False,
    valid_until: dt.date | None = dt.date(2027, 1, 1),
) -> ClientRow:
    search = " ".join((fold(code), fold(last), fold(first)))
    return ClientRow(
        cid, code, last, first, "Mnichowo", None, status, ("senior",), None, 1, valid_until, expired, search
    )


def assignment(
    aid: int, last: str, client_code: str | None, minutes: int, status: str = "active"
) -> AssignmentRow:
    search = " ".join((fold(last), fold(client_code)))
    return AssignmentRow(
        aid,
        f"P/{aid}/2026",
        aid,
        last,
        "Jan",
        client_code,
        "ZAK",
        "Zakupy",
        "individual",
        False,
        dt.date(2026, 1, aid),
        None,
        status,
        minutes,
        search,
    )


def training(tid: int, title: str, category: str, day: int) -> TrainingRow:
    return TrainingRow(
        tid,
        title,
        category,
        dt.date(2026, 10, day),
        120,
        "clock",
        "Świetlica",
        False,
        "Łucja Żmuda",
        tid,
        0,
        1,
        fold(title),
    )


def column(model: RecordTableModel[Any], key: str) -> list[str]:
    return [model.index(r, model.column_index(key)).data() for r in range(model.rowCount())]


def shown(proxy: SearchProxy, key: str) -> list[str]:
    source = proxy.source()
    return [proxy.index(r, source.column_index(key)).data() for r in range(proxy.rowCount())]


# --- table models, no widgets -------------------------------------------------------------------


def test_client_model_sorts_by_polish_collation_and_filters(qapp: QApplication) -> None:
    model, proxy = make_client_model()
    model.set_records(
        [
            client(1, "P-10", "Łukasik", "Anna"),
            client(2, "P-2", "Lis", "Piotr", status="ended"),
            client(3, "P-1", "Żółć", "Żaneta", expired=True, valid_until=dt.date(2026, 1, 1)),
            client(4, "P-3", "Zych", "Jan", valid_until=None),
        ]
    )
    name = model.column_index("name")
    assert model.headerData(name, Qt.Orientation.Horizontal) == "Nazwisko i imię"
    proxy.sort(name, Qt.SortOrder.AscendingOrder)
    assert shown(proxy, "name") == ["Lis Piotr", "Łukasik Anna", "Zych Jan", "Żółć Żaneta"]
    proxy.sort(model.column_index("code"), Qt.SortOrder.AscendingOrder)
    assert shown(proxy, "code") == ["P-1", "P-2", "P-3", "P-10"]  # numbers compare as numbers
    # An expired or missing assessment is shown in red.
    assessment = model.column_index("assessment")
    colours = {
        model.record(r).code: model.index(r, assessment).data(Qt.ItemDataRole.ForegroundRole)
        for r in range(model.rowCount())
    }
    assert colours == {"P-1": RED, "P-3": RED, "P-2": None, "P-10": None}
    assert model.index(0, assessment).data() == "1.01.2026"  # P-1, Polish date
    proxy.set_search("ZOLC")
    assert shown(proxy, "name") == ["Żółć Żaneta"]
    proxy.set_search("")
    proxy.set_predicate(status_predicate("ended"))
    assert shown(proxy, "name") == ["Lis Piotr"]


def test_assignment_model_shows_client_codes_and_hours(qapp: QApplication) -> None:
    model, proxy = make_assignment_model()
    model.set_records(
        [
            assignment(1, "Żak", "P-7", 840),
            assignment(2, "Lis", None, 45, status="ended"),
            assignment(3, "Łukasik", "P-8", 0),
        ]
    )
    proxy.sort(model.column_index("volunteer"), Qt.SortOrder.AscendingOrder)
    assert shown(proxy, "volunteer") == ["Lis Jan", "Łukasik Jan", "Żak Jan"]
    assert shown(proxy, "client") == ["—", "P-8", "P-7"]
    assert shown(proxy, "hours") == [format_hours(45), format_hours(0), "14 godzin"]
    proxy.sort(model.column_index("hours"), Qt.SortOrder.DescendingOrder)
    assert shown(proxy, "volunteer") == ["Żak Jan", "Lis Jan", "Łukasik Jan"]
    assert model.headerData(model.column_index("status"), Qt.Orientation.Horizontal) == "Status"
    proxy.set_search("lukasik")
    assert shown(proxy, "volunteer") == ["Łukasik Jan"]
    proxy.set_search("")
    proxy.set_predicate(assignment_status("ended"))
    assert shown(proxy, "volunteer") == ["Lis Jan"]


def test_training_model_sorts_by_date_and_filters_by_category(qapp: QApplication) -> None:
    model, proxy = make_training_model()
    model.set_records(
        [
            training(1, "Pierwsza pomoc", "first_aid", 3),
            training(2, "Łączność z seniorem", "seniors", 20),
            training(3, "BHP", "safety", 11),
        ]
    )
    proxy.sort(model.column_index("date"), Qt.SortOrder.DescendingOrder)
    assert shown(proxy, "date") == ["20.10.2026", "11.10.2026", "3.10.2026"]
    proxy.sort(model.column_index("title"), Qt.SortOrder.AscendingOrder)
    assert shown(proxy, "title") == ["BHP", "Łączność z seniorem", "Pierwsza pomoc"]
    assert shown(proxy, "duration") == ["2 godziny"] * 3
    assert shown(proxy, "present") == ["3", "2", "1"]
    proxy.set_search("lacznosc")
    assert shown(proxy, "title") == ["Łączność z seniorem"]
    proxy.set_search("")
    proxy.set_predicate(category_predicate("safety"))
    assert shown(proxy, "title") == ["BHP"]


def test_natural_key() -> None:
    assert sorted(["P/12/2026", "P/2/2026", None, "A"], key=natural_key) == [
        None,
        "A",
        "P/2/2026",
        "P/12/2026",
    ]
    codes = ["W-10", "w-9", "W-0009b", "W-100000000000000000001", "W-", "W-9a", "10", "9"]
    assert sorted(codes, key=natural_key) == [
        "9",  # numbers before text
        "10",
        "W-",  # a prefix first
        "w-9",  # case ignored; leading zeros too, then what follows
        "W-9a",
        "W-0009b",
        "W-10",
        "W-100000000000000000001",  # longer than any machine number
    ]


# --- the tabs, on a small database --------------------------------------------------------------


def open_tab(qtbot: QtBot, tab: ListTab) -> ListTab:
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def double_click_row(qtbot: QtBot, tab: ListTab, row: int) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clients_tab_search_filter_and_details(qtbot: QtBot, db: Database) -> None:
    seed_clients(db)
    tab = open_tab(qtbot, ClientsTab(db))
    assert tab.model.rowCount() == 3
    assert tab.search.objectName() == "client_search" and tab.table.objectName() == "client_table"
    type_text(tab.search, "żółć")
    assert tab.proxy.rowCount() == 1
    assert tab.count_label.text().startswith("1 ")
    double_click_row(qtbot, tab, 0)
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for expected in ("P-2", "Żółć", "Anna Nowak", "Łąkie", "Proszę dzwonić dwa razy", "600 123 456"):
        assert expected in text
    assert HEALTH_NOTE not in text
    dialog.close()
    assert not dialog.isVisible()
    tab.search.clear()
    tab.filter.setCurrentIndex(tab.filter.findData("suspended"))
    assert [tab.proxy.record_at(r).code for r in range(tab.proxy.rowCount())] == ["P-10"]


def test_assignments_tab_enter_opens_details_without_client_names(qtbot: QtBot, db: Database) -> None:
    ids = seed_assignments(db)
    tab = open_tab(qtbot, AssignmentsTab(db))
    assert tab.model.rowCount() == 2
    type_text(tab.search, "kowalski")
    assert tab.proxy.rowCount() == 1
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    assert tab.selected_id() == ids["individual"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for expected in (
        "P/2/2026",
        "Kowalski Jan",
        "P-7",
        "W/1/2025",
        "16:00–18:00",
        "14 godzin",
        "3,5 godziny",
    ):
        assert expected in text
    assert not any(name in text for name in CLIENT_NAMES)
    dialog.close()
    tab.search.clear()
    tab.filter.setCurrentIndex(tab.filter.findData("ended"))
    assert tab.proxy.rowCount() == 1 and tab.proxy.record_at(0).id == ids["group"]


def test_trainings_tab_search_and_details(qtbot: QtBot, db: Database) -> None:
    seed_trainings(db)
    tab = open_tab(qtbot, TrainingsTab(db))
    assert tab.model.rowCount() == 2
    type_text(tab.search, "zmuda")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)  # a double-click edits a session; Details… shows it read-only
    qtbot.mouseClick(tab.details_button, Qt.MouseButton.LeftButton)
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for expected in (
        "Pierwsza pomoc — ćwiczenia",
        "3.10.2026, 09:00–10:30",
        "Resuscytacja krążeniowo-oddechowa",
        "Łukasik Anna",
        "Z/1/2026",
        "1,5 godziny",
        "450,50",
    ):
        assert expected in text
    dialog.close()
    tab.search.clear()
    tab.filter.setCurrentIndex(tab.filter.findData("gdpr"))
    assert [tab.proxy.record_at(r).title for r in range(tab.proxy.rowCount())] == [
        "RODO w pracy wolontariusza"
    ]


def test_main_window_tabs(qtbot: QtBot, db: Database) -> None:
    tabs = build_tabs(db).pages()
    for page in tabs:
        qtbot.addWidget(page.widget)
    assert [page.key for page in tabs] == [
        "dashboard",
        "volunteers",
        "clients",
        "assignments",
        "trainings",
        "actions",
        "partners",
        "coalition",
    ]
    lists = tabs[1:]
    assert all(hasattr(page.widget, "table") and hasattr(page.widget, "reload") for page in lists)
    assert all(hasattr(page.widget, "ensure_loaded") for page in tabs)
