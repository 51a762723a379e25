"""The yearly programme in the core: validation, items kept by id, planned against done
(by an action, by a training session, by hand) and the sheet the PDF prints."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator_app.core.coalition import (
    ItemInUse,
    create_programme,
    delete_programme,
    get_programme,
    list_programmes,
    mark_item_done,
    programme_progress,
    programme_sheet,
    update_programme,
    validate_programme,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from tests.factories.coalition import action_row, partner_row, programme_data
from tests.factories.records import EDU, save, training_row

TODAY = dt.date(2026, 6, 30)


def test_programme_fields_are_checked() -> None:
    data = programme_data(year=1999, title=" ", adopted_on=dt.date(2020, 1, 1))
    data.items[1] = dataclasses.replace(data.items[1], planned_month=13)
    with pytest.raises(ValidationErrors) as found:
        validate_programme(data)
    errors = found.value.by_field()
    assert errors["year"] == "Rok jest niemożliwy."
    assert errors["item:1"] == "Pozycja 2: miesiąc jest niemożliwy."
    assert "title" in errors


def test_one_programme_a_year(db: Database) -> None:
    create_programme(db, programme_data())
    with pytest.raises(ValidationErrors) as found:
        create_programme(db, programme_data(title="Drugi"))
    assert found.value.by_field()["year"] == "Program na rok 2026 już istnieje."


def test_progress_planned_against_done(db: Database) -> None:
    school = save(db, partner_row(short_name="SP Łąkie"))
    programme_id = create_programme(db, programme_data(school))
    items = {item.title: item.id or 0 for item in get_programme(db, programme_id).items}
    save(db, action_row(EDU, programme_item_id=items["Wiosenna zbiórka żywności"]))
    save(
        db,
        action_row(
            EDU,
            name="Planned",
            status="planned",
            programme_item_id=items["Dzień Wolontariusza"],
        ),
    )
    training = save(db, training_row(session_date=dt.date(2026, 2, 20)))
    data = get_programme(db, programme_id)
    data.items = [
        dataclasses.replace(i, training_session_id=training) if i.kind == "training" else i
        for i in data.items
    ]
    update_programme(db, programme_id, data)
    mark_item_done(db, items["Spotkania koalicji"], dt.date(2026, 3, 12))
    with db.session() as session:
        progress = {p.title: p for p in programme_progress(session, 2026, TODAY)}
    assert progress["Wiosenna zbiórka żywności"].done_on == dt.date(2026, 4, 11)
    assert progress["Wiosenna zbiórka żywności"].done_by == ("Zbiórka żywności",)
    assert progress["Wiosenna zbiórka żywności"].partner == "SP Łąkie"
    assert progress["Szkolenie wprowadzające dla nowych wolontariuszy"].done_on == dt.date(2026, 2, 20)
    assert progress["Spotkania koalicji"].done
    assert not progress["Dzień Wolontariusza"].done  # its action is only planned
    # In planned order: by month, the all-year items last.
    assert [p.planned_month for p in progress.values()] == [2, 4, 12, None]
    (row,) = list_programmes(db, TODAY)
    assert (row.items, row.done) == (4, 3)
    sheet = programme_sheet(db, programme_id, TODAY)
    assert sheet.reported and sheet.partners == ("Szkoła Podstawowa w Łąkiem",)


def test_what_carried_an_item_out_is_not_named_twice(db: Database) -> None:
    programme_id = create_programme(db, programme_data())
    item = get_programme(db, programme_id).items[0]
    for day in (10, 11):  # two actions of the item's own name, a third of another
        on = dt.date(2026, 4, day)
        save(
            db, action_row(EDU, name=item.title.upper(), date_from=on, date_to=on, programme_item_id=item.id)
        )
    save(db, action_row(EDU, name="Zbiórka w szkole", programme_item_id=item.id))
    with db.session() as session:
        progress = {p.title: p for p in programme_progress(session, 2026, TODAY)}
    assert progress[item.title].done_by == ("Zbiórka w szkole",)


def test_an_item_an_action_carries_out_cannot_be_removed(db: Database) -> None:
    programme_id = create_programme(db, programme_data())
    data = get_programme(db, programme_id)
    first = data.items[0]
    save(db, action_row(EDU, programme_item_id=first.id))
    data.items = data.items[1:]
    with pytest.raises(ItemInUse, match="Zbiórka żywności"):
        update_programme(db, programme_id, data)
    with pytest.raises(ItemInUse):
        delete_programme(db, programme_id)
    assert len(get_programme(db, programme_id).items) == 4


def test_no_programme_no_progress(db: Database) -> None:
    with db.session() as session:
        assert programme_progress(session, 2030) == []
