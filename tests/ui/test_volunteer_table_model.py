"""The volunteers table model and its filter proxy, without any widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from coordinator_app.core.text import fold
from coordinator_app.core.volunteers import VolunteerRow
from coordinator_app.ui.volunteers.table import make_volunteer_model, status_predicate
from coordinator_app.ui.widgets.record_table import RECORD_ROLE

TODAY = dt.date(2026, 11, 21)


def row(
    vid: int,
    last: str,
    first: str,
    village: str = "Mnichowo",
    status: str = "active",
    archived: bool = False,
    missing: int = 0,
    phone: str = "+48600123456",
    born: dt.date = dt.date(1990, 1, 1),
) -> VolunteerRow:
    search = " ".join((fold(last), fold(first), fold(village), phone.removeprefix("+48")))
    return VolunteerRow(vid, last, first, born, village, village, phone, status, archived, missing, search)


ROWS = [
    row(1, "Żak", "Ewa"),
    row(2, "Zych", "Jan", village="Zalesie", status="candidate"),
    row(3, "Łukasik", "Anna", village="Łąkie", missing=2),
    row(4, "Lis", "Piotr", status="ended", archived=True, born=dt.date(2010, 5, 1)),
    row(5, "Żółć", "Żaneta", village="Ściborzyce", phone="+48501222333"),
]


def names(proxy: QAbstractItemModel) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_headers_and_display_values(qapp: QApplication) -> None:
    model, _proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Nazwisko i imię",
        "Wiek",
        "Miejscowość",
        "Telefon",
        "Status",
        "Oświadczenia",
        "Gotowość",
    ]
    first = model.index(2, 0)
    assert first.data() == "Łukasik Anna"
    assert model.index(2, 1).data() == "36"
    assert model.index(2, 3).data() == "600 123 456"
    assert model.index(2, 4).data() == "aktywny"
    assert model.index(2, 5).data() == "brak: 2"
    assert model.index(0, 5).data() == "komplet"
    assert model.index(3, 4).data() == "zakończony (zarchiwizowany)"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_sorting_by_name_follows_polish_collation(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Lis Piotr", "Łukasik Anna", "Zych Jan", "Żak Ewa", "Żółć Żaneta"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Żółć Żaneta"
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # by age: youngest first
    assert names(proxy)[0] == "Lis Piotr"


def test_new_records_keep_the_chosen_sort(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_records(list(reversed(ROWS)))
    assert names(proxy)[0] == "Lis Piotr"


def test_search_ignores_case_and_diacritics_across_name_village_and_phone(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.set_search("zolc")
    assert names(proxy) == ["Żółć Żaneta"]
    proxy.set_search("ŁĄKIE")
    assert names(proxy) == ["Łukasik Anna"]
    proxy.set_search("501 222")
    assert names(proxy) == ["Żółć Żaneta"]
    proxy.set_search("ż ewa")
    assert names(proxy) == ["Żak Ewa"]
    proxy.set_search("")
    assert proxy.rowCount() == 5


def test_status_filter_and_archived_rows(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    proxy.set_predicate(status_predicate(None, show_archived=False))
    assert proxy.rowCount() == 4
    proxy.set_predicate(status_predicate("candidate", show_archived=False))
    assert names(proxy) == ["Zych Jan"]
    proxy.set_predicate(status_predicate("ended", show_archived=True))
    assert names(proxy) == ["Lis Piotr"]


def test_search_survives_resorting_and_reloading(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    proxy.set_search("z")
    before = sorted(names(proxy))
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert sorted(names(proxy)) == before
    model.set_records([*ROWS, row(6, "Zalewska", "Iga")])
    assert "Zalewska Iga" in names(proxy)


def test_a_painted_cell_gets_every_role_in_one_call_as_each_role_alone(qapp: QApplication) -> None:
    """The view's delegate asks a cell for seven roles at once (`multiData`): the answers are
    those `data` gives role by role, through the filter proxy and straight from the model, and
    the delegate's text and alignment are the cell's."""
    model, proxy = make_volunteer_model(TODAY)
    model.set_records(ROWS)
    proxy.set_search("a")  # a filtered proxy: its rows are not the model's
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        RECORD_ROLE,
    ]
    for each in (proxy, model):
        assert each.rowCount() >= 3
        for r in range(each.rowCount()):
            for c in range(each.columnCount()):
                index = each.index(r, c)
                for role in roles:
                    asked = QModelRoleData(int(role))
                    each.multiData(index, QModelRoleDataSpan(asked))
                    assert asked.data() == each.data(index, role), (r, c, role)
    delegate = QStyledItemDelegate()  # what a table paints with: it asks through `multiData`
    for r in range(proxy.rowCount()):
        for c in range(proxy.columnCount()):
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, proxy.index(r, c))
            assert option.text == proxy.index(r, c).data()
            right = proxy.index(r, c).data(Qt.ItemDataRole.TextAlignmentRole) is not None
            assert bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight) == right
