"""The access letter: the art. 15 ust. 1 information in the addressee's own forms, the copy of
the data, and what is withheld; written with the JSON and the workbook, all marked."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.access_letter import build_access_letter
from coordinator_app.core.privacy.access_queries import collect_person_data
from coordinator_app.core.privacy.restriction_service import set_restriction
from coordinator_app.db.engine import Database
from coordinator_app.db.migrate import HEAD_REVISION
from coordinator_app.db.models import Client, Volunteer
from coordinator_app.output.privacy.access_files import export_person
from coordinator_app.storage.opening import open_database
from tests.documents_helpers import flat, pdf_text

FROZEN = Path(__file__).resolve().parents[2] / "data" / f"schema-{HEAD_REVISION}.sqlite"


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "sample.sqlite"
    shutil.copyfile(FROZEN, path)
    db = open_database(path)
    yield db
    db.dispose()


def _sex(db: Database, volunteer_id: int, sex: str | None) -> None:
    with db.session(write=True) as session:
        row = session.get(Volunteer, volunteer_id)
        assert row is not None
        row.sex = sex


@pytest.mark.parametrize(
    ("sex", "greeting", "rights"),
    [
        ("K", "Szanowna Pani,", "Przysługujące Pani prawa"),
        ("M", "Szanowny Panie,", "Przysługujące Pana prawa"),
    ],
)
def test_the_letter_speaks_to_the_person_in_their_gender(
    sample: Database, sex: str, greeting: str, rights: str
) -> None:
    _sex(sample, 2, sex)
    letter = build_access_letter(sample, collect_person_data(sample, PersonRef(PersonRole.VOLUNTEER, 2)))
    assert letter.opening.startswith(greeting)
    headings = [heading for heading, _points in letter.sections]
    assert rights in headings and "Cele i podstawy prawne przetwarzania" in headings
    (points,) = [points for heading, points in letter.sections if heading == rights]
    assert any("art. 20 RODO" in point for point in points), "a volunteer may take their data away"
    assert any("art. 7 ust. 3 RODO" in point for point in points), "consent may be withdrawn"
    assert any("Prezesa Urzędu Ochrony Danych Osobowych" in point for point in points)
    assert letter.copy[0].title.startswith("Dane osobowe wolontariusza")


def test_a_clients_letter_has_no_portability_and_says_what_is_withheld(sample: Database) -> None:
    with sample.session() as session:
        client_id = session.get_one(Client, 1).id
    set_restriction(sample, PersonRef(PersonRole.CLIENT, client_id), "Sprzeciw.", on=dt.date(2026, 11, 1))
    letter = build_access_letter(sample, collect_person_data(sample, PersonRef(PersonRole.CLIENT, client_id)))
    text = " ".join(point for _heading, points in letter.sections for point in points)
    assert "art. 20 RODO" not in text and "art. 100 ust. 2 ustawy o pomocy społecznej" in text
    assert "przetwarzanie danych jest ograniczone" in text
    assert any("wolontariuszy" in line for line in letter.withheld)


def test_the_files_are_marked_as_personal_data(sample: Database, tmp_path: Path) -> None:
    pdf, data, book = export_person(sample, PersonRef(PersonRole.VOLUNTEER, 2), tmp_path)
    text = flat(pdf_text(pdf))
    assert "ZAWIERA DANE OSOBOWE" in text and "Informacja o przetwarzaniu danych osobowych" in text
    assert "Załącznik – kopia danych osobowych" in text
    assert json.loads(data.read_text(encoding="utf-8"))["uwaga"].startswith("ZAWIERA DANE OSOBOWE")
    assert book.suffix == ".xlsx"


def test_a_guardians_letter_names_the_guardians_own_record(sample: Database) -> None:
    with sample.session(write=True) as session:
        row = session.get_one(Volunteer, 2)
        row.guardian_name, row.guardian_sex, row.guardian_address = (
            "Anna Nowak",
            "K",
            "Łęki 3, 38-471 Modrzewo",
        )
    letter = build_access_letter(sample, collect_person_data(sample, PersonRef(PersonRole.GUARDIAN, 2)))
    assert letter.addressee == ["Anna Nowak", "Łęki 3, 38-471 Modrzewo"]
    assert letter.opening.startswith("Szanowna Pani,")
    assert letter.copy[0].title == "Dane przedstawiciela ustawowego zapisane przy wolontariuszu (1)"
