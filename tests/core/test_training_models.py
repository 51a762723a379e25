"""Table models of the training work, without any widget: the readiness column of the volunteer
list and the sessions list's registered and programme columns."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coordinator_app.core.text import fold
from coordinator_app.core.trainings import TrainingRow
from coordinator_app.core.volunteers import VolunteerRow
from coordinator_app.ui.trainings.table import make_training_model
from coordinator_app.ui.volunteers.table import make_volunteer_model

TODAY = dt.date(2026, 11, 21)
ALL = (
    "TOW",
    "SPA",
    "ZAK",
    "TLEK",
    "CODZ",
    "EDU",
    "CZW",
    "INT",
    "OND",
    "KOMP",
    "ZAJ",
    "DROB",
    "IMP",
    "BIU",
    "TEL",
    "INNE",
)


def volunteer(vid: int, last: str, ready: tuple[str, ...], total: int = 16) -> VolunteerRow:
    return VolunteerRow(
        vid,
        last,
        "Ewa",
        dt.date(1990, 1, 1),
        "Mnichowo",
        None,
        None,
        "active",
        False,
        0,
        fold(last),
        ready,
        total,
    )


def test_readiness_column_text_colour_tooltip_and_sort(qapp: QApplication) -> None:
    model, proxy = make_volunteer_model(TODAY)
    no_edu = tuple(code for code in ALL if code not in ("EDU", "CZW"))
    model.set_records(
        [
            volunteer(1, "Żak", ALL),
            volunteer(2, "Lis", no_edu),
            volunteer(3, "Nowak", ()),
            volunteer(4, "Zych", (), 0),
        ]
    )
    column = model.column_index("readiness")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Gotowość"
    texts = [model.index(r, column).data() for r in range(4)]
    assert texts == ["wszystkie (16)", "14 z 16 działań", "żadne", "—"]
    assert model.index(1, column).data(Qt.ItemDataRole.ToolTipRole).startswith("Gotowość do: TOW, SPA, ZAK")
    assert "brakuje wymaganych szkoleń" in model.index(2, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, column).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole).name() == "#2e7d32"
    assert model.index(1, column).data(Qt.ItemDataRole.ForegroundRole) is None
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert [proxy.record_at(r).id for r in range(4)][:2] == [1, 2]


def test_one_activity_of_one_uses_the_singular(qapp: QApplication) -> None:
    model, _proxy = make_volunteer_model(TODAY)
    model.set_records([volunteer(1, "Żak", ("TOW",), 2), volunteer(2, "Lis", ("TOW",), 22)])
    column = model.column_index("readiness")
    assert [model.index(r, column).data() for r in range(2)] == ["1 z 2 działań", "1 z 22 działań"]


def test_training_model_shows_registered_and_programme(qapp: QApplication) -> None:
    base = TrainingRow(
        1, "Wprowadzenie", "induction", dt.date(2026, 11, 3), 180, "clock", "Świetlica", False, "Łucja Żmuda",
        0, 0, 0, "wprowadzenie",
    )  # fmt: skip
    rows = [
        dataclasses.replace(base, registered=12, programmes="Przygotowanie wolontariuszy – 5 spotkań"),
        dataclasses.replace(base, id=2, session_date=dt.date(2026, 10, 3), present=9, absent=1),
    ]
    model, _proxy = make_training_model()
    model.set_records(rows)
    registered, programme = model.column_index("registered"), model.column_index("programmes")
    assert model.headerData(registered, Qt.Orientation.Horizontal) == "Zapisani"
    assert model.headerData(programme, Qt.Orientation.Horizontal) == "Program"
    assert [model.index(r, registered).data() for r in range(2)] == ["12", "0"]
    assert model.index(0, programme).data() == "Przygotowanie wolontariuszy – 5 spotkań"
    assert model.index(1, programme).data(Qt.ItemDataRole.ToolTipRole) is None
