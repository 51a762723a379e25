"""The sign-up and attendance sheets of an action's shift: the PDFs hold the action, the shift
and the people, blank rows up to the people needed, and the command line prints them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator_app.cli.main import main
from coordinator_app.core.actions import QuickRegistration, get_action, quick_register, sign_up
from coordinator_app.core.actions.sheet import shift_sheet
from coordinator_app.db.engine import Database
from coordinator_app.output.documents.action_sheets import (
    age_text,
    build_attendance_sheet,
    build_signup_sheet,
)
from tests.agreement_helpers import add_signatory
from tests.documents_helpers import pdf_text
from tests.factories import TODAY, add_people, save, village_row
from tests.factories.actions import add_action, add_partner


def _shift_with_people(db: Database) -> int:
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    school = add_partner(db, short_name="SP Mnichowo")
    _morning, afternoon = (s.id for s in get_action(db, add_action(db)).shifts)
    [adult] = add_people(db, "Wiśniewska Łucja", phone="+48600123456")
    sign_up(db, afternoon, adult, today=TODAY)
    teen = QuickRegistration(
        first_name="Oliwia",
        last_name="Żółkiewska",
        sex="K",
        birth_date=dt.date(2011, 4, 2),
        phone="600111222",
        village_id=village,
        partner_id=school,
        guardian_name="Anna Żółkiewska",
        guardian_relation="matka",
        guardian_phone="600333444",
        guardian_consent_date=dt.date(2026, 11, 1),
    )
    quick_register(db, afternoon, teen, today=TODAY)
    return afternoon


def test_sheet_data_has_ages_phones_and_partners(db: Database) -> None:
    sheet = shift_sheet(db, _shift_with_people(db))
    assert [(r.number, r.full_name, r.age, r.phone, r.partner) for r in sheet.rows] == [
        (1, "Wiśniewska Łucja", 46, "600 123 456", ""),
        (2, "Żółkiewska Oliwia", 15, "600 111 222", "SP Mnichowo"),
    ]
    assert (sheet.time_text, sheet.people_needed, sheet.minors_allowed) == ("13:00–17:00", 4, True)
    assert [age_text(r.age) for r in sheet.rows] == ["pełnoletni", "15 lat"]


def test_signup_sheet_pdf(db: Database, tmp_path: Path) -> None:
    sheet = shift_sheet(db, _shift_with_people(db))
    text = pdf_text(build_signup_sheet(sheet, tmp_path / "zapisy.pdf"))
    for expected in (
        "LISTA ZAPISÓW NA DYŻUR",
        "Świąteczna zbiórka żywności",
        "12 grudnia 2026 r.",
        "13:00–17:00",
        "Wiśniewska Łucja",
        "Żółkiewska Oliwia",
        "SP Mnichowo",
        "15 lat",
        "pełnoletni",
        "Podpis",
    ):
        assert expected in text, expected
    assert "4." in text and "5." not in text  # blank rows up to the 4 people needed


def test_attendance_sheet_pdf_has_times_and_the_confirmation(db: Database, tmp_path: Path) -> None:
    sheet = shift_sheet(db, _shift_with_people(db))
    text = pdf_text(build_attendance_sheet(sheet, tmp_path / "obecnosc.pdf"))
    for expected in ("LISTA OBECNOŚCI NA DYŻURZE", "przyjścia", "wyjścia", "Żółkiewska Oliwia"):
        assert expected in text, expected
    assert "Potwierdzam obecność" in text and "koordynatora wolontariatu" in text


@pytest.mark.parametrize("kind", ["action-signup-sheet", "action-attendance-sheet"])
def test_command_line_prints_the_sheets(db: Database, tmp_path: Path, kind: str) -> None:
    shift = _shift_with_people(db)
    path = db.path
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", str(path), "print", kind, "--id", str(shift), "--out", str(out)]) == 0
    assert "Żółkiewska Oliwia" in pdf_text(out)
    assert main(["--db", str(path), "print", kind, "--id", "999", "--out", str(out)]) != 0


def test_short_agreements_of_an_action_print_at_once_and_skip_by_the_right_name(
    db: Database, tmp_path: Path
) -> None:
    from coordinator_app.core.actions import action_agreement_ids, shift_action_id
    from coordinator_app.core.issuing.organisation import update_organisation
    from coordinator_app.db.models import Volunteer
    from coordinator_app.output.documents.batch import run_batch
    from tests.documents_helpers import organisation

    update_organisation(db, organisation())
    shift = _shift_with_people(db)
    ids = action_agreement_ids(db, shift_action_id(db, shift))
    assert len(ids) == 1  # the quick-registered volunteer, not the one signed up
    result = run_batch(db, "agreement", ids, tmp_path / "porozumienia.pdf", on=TODAY)
    assert result.documents == 1 and "Żółkiewską" in pdf_text(result.out)
    with db.session() as s:
        teen = s.scalars(select(Volunteer).where(Volunteer.last_name == "Żółkiewska")).one()
        teen.restricted_on = TODAY
    with pytest.raises(Exception, match="Oliwia Żółkiewska"):
        run_batch(db, "agreement", ids, tmp_path / "again.pdf", on=TODAY)
