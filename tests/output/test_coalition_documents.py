"""The coalition's printed documents: the meeting's attendance list and minutes, the yearly
programme (planned, then planned against done), and `print` writing them by id."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.core.coalition import (
    create_meeting,
    create_programme,
    get_programme,
    meeting_sheet,
    programme_sheet,
)
from coordinator_app.db.engine import Database
from coordinator_app.output.documents.coalition_documents import (
    build_coalition_attendance,
    build_coalition_minutes,
)
from coordinator_app.output.documents.programme_document import build_programme, quarter_heading
from coordinator_app.storage.opening import open_database
from tests.cli.test_cli import assert_one_sentence, run
from tests.documents_helpers import flat, pdf_text
from tests.factories.coalition import action_row, meeting_data, name_organisation, partner_row, programme_data
from tests.factories.records import EDU, save, staff_row

TODAY = dt.date(2026, 3, 20)


def _world(db: Database) -> tuple[int, int]:
    name_organisation(db)
    save(db, staff_row("Nowak Anna", sex="K"))
    school = save(db, partner_row())
    meeting = create_meeting(db, meeting_data(school), today=TODAY)
    programme = create_programme(db, programme_data(school))
    first = get_programme(db, programme).items[0]  # the training of February
    spring = next(item for item in get_programme(db, programme).items if item.kind == "action")
    assert first.kind == "training"
    save(db, action_row(EDU, programme_item_id=spring.id))
    return meeting, programme


def test_minutes_say_who_was_there_what_was_decided_and_who_does_what(db: Database, tmp_path: Path) -> None:
    meeting, _programme = _world(db)
    out = build_coalition_minutes(meeting_sheet(db, meeting), tmp_path / "m.pdf")
    text = flat(pdf_text(out))
    assert "PROTOKÓŁ nr 2/2026 ze spotkania Lokalnej Koalicji na rzecz Wolontariatu" in text
    assert "Data spotkania: 12 marca 2026 r., godz. 10:00" in text
    assert "Przewodnicząca spotkania: Anna Nowak" in text and "Protokolantka: Ewa Żak" in text
    assert "1. Anna Nowak – koordynatorka wolontariatu, Gminny Ośrodek Pomocy Społecznej w Łąkiem" in text
    assert "Nieobecni (usprawiedliwieni): 1. Jan Kowalski – sołtys" in text
    assert "II. Porządek spotkania 1. Otwarcie spotkania 2. Plan zbiórki żywności 3. Sprawy różne" in text
    assert "Ustalono: 1. Zbiórka odbędzie się 11 kwietnia 2026 r. 2. Szkoła zapewni 15 wolontariuszy." in text
    assert "Przygotować plakaty Łucja Żmuda (Szkoła Podstawowa w Łąkiem) 1.04.2026" in text
    assert "bez terminu" in text
    assert "podpis przewodniczącej spotkania" in text and "podpis protokolantki" in text


def test_attendance_list_has_rows_to_sign_and_leaves_out_the_excused(db: Database, tmp_path: Path) -> None:
    meeting, _programme = _world(db)
    text = flat(pdf_text(build_coalition_attendance(meeting_sheet(db, meeting), tmp_path / "a.pdf")))
    assert "LISTA OBECNOŚCI spotkania nr 2/2026 Lokalnej Koalicji na rzecz Wolontariatu" in text
    assert "Lp. Imię i nazwisko Instytucja Funkcja Podpis" in text
    assert "Łucja Żmuda Szkoła Podstawowa w Łąkiem" in text
    assert "Jan Kowalski" not in text  # excused: does not sign
    assert "7." in text and "8." not in text  # two people and five empty rows


def test_programme_groups_by_quarter_and_shows_what_was_done(db: Database, tmp_path: Path) -> None:
    _meeting, programme = _world(db)
    planned = flat(
        pdf_text(build_programme(programme_sheet(db, programme, dt.date(2025, 12, 1)), tmp_path / "p0.pdf"))
    )
    # Before the year nothing is done... except an action already recorded as done, so use a
    # programme sheet that has none: the column appears only with something to report.
    assert "PROGRAM DZIAŁAŃ WOLONTARIACKICH na rok 2026" in planned
    assert "I kwartał (styczeń – marzec)" in planned and "Przez cały rok" in planned
    done = flat(
        pdf_text(
            build_programme(programme_sheet(db, programme, TODAY), tmp_path / "p.pdf", today_month=(2026, 6))
        )
    )
    assert "Realizacja" in done
    assert "zrealizowano 11.04.2026 (Zbiórka żywności)" in done
    assert "nie zrealizowano" in done  # the February training was not linked
    assert "do realizacji" in done  # December's Dzień Wolontariusza
    assert "Zrealizowano 1 z 4 zaplanowanych działań." in done
    assert "Partnerzy realizujący program • Szkoła Podstawowa w Łąkiem" in done
    assert "szkolenie GOPS w Łąkiem 15" in done  # the OPS leads the training itself


def test_quarter_headings() -> None:
    assert quarter_heading(2) == "II kwartał (kwiecień – czerwiec)"
    assert quarter_heading(None) == "Przez cały rok"


@pytest.fixture
def coalition_db(tmp_path: Path) -> Path:
    path = tmp_path / "k.sqlite"
    database = open_database(path)
    _world(database)
    database.dispose()
    return path


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        ("coalition-minutes", "PROTOKÓŁ nr 2/2026"),
        ("coalition-attendance", "LISTA OBECNOŚCI"),
        ("programme", "PROGRAM DZIAŁAŃ WOLONTARIACKICH"),
    ],
)
def test_print_writes_each_kind_by_id(coalition_db: Path, tmp_path: Path, kind: str, phrase: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = run("--db", str(coalition_db), "print", kind, "--id", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert phrase in flat(pdf_text(out))


def test_print_of_a_missing_meeting_is_one_sentence(coalition_db: Path, tmp_path: Path) -> None:
    result = run(
        "--db", str(coalition_db), "print", "coalition-minutes", "--id", "9", "--out", str(tmp_path / "x.pdf")
    )
    assert_one_sentence(result, 1, "Nie ma spotkania koalicji o identyfikatorze 9.")
    assert not (tmp_path / "x.pdf").exists()
    result = run("--db", str(coalition_db), "print", "programme", "--out", str(tmp_path / "x.pdf"))
    assert_one_sentence(result, 1, "--id")
