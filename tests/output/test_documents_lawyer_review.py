"""The defects a lawyer's reading found in the documents other than the agreement (issue 12):
citations that say what the provision says, acts dated by their day, the referral's end, the
hours card's statement with its table, the trainer's own gender, the thank-you's year, the
child-protection statements by age, and the summary chart's hours and names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing import defaults
from coordinator_app.core.issuing.organisation import get_organisation, update_organisation
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.core.trainings.sheet import attendance_sheet
from coordinator_app.core.trainings.trainer import first_name_sex, named_person_sex
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Assignment, TrainingSession
from coordinator_app.demo.training import COURSES
from coordinator_app.output.documents.attendance_list import build_attendance_list
from coordinator_app.output.documents.render import write_document
from coordinator_app.output.summaries.monthly_charts import _bar_label, _wrapped, activities_chart
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text
from tests.factories import activity_id, assignment_row, hours_row, save, session_of, staff_row, training_row
from tests.output.test_document_text import pages_of


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def pages(
    db: Database,
    kind: str,
    record: int,
    issued: dt.date = TODAY,
    month: Month | None = None,
    **options: object,
) -> list[str]:
    buffer = io.BytesIO()
    request = DocumentRequest(kind, record, month=month, options=dict(options))
    write_document(issue(db, request, issued), buffer)
    return [flat(page) for page in pages_of(buffer.getvalue())]


def text_of(db: Database, kind: str, record: int, issued: dt.date = TODAY, **options: object) -> str:
    return " ".join(pages(db, kind, record, issued, None, **options))


# -- 1. citations --------------------------------------------------------------------------


def _wordings() -> list[str]:
    texts = [text for course in COURSES.values() for text in course[-1]]
    for name in dir(defaults):
        block = getattr(defaults, name)
        if isinstance(block, dict):
            texts += [str(value) for value in block.values()]
    return texts


def test_rights_and_duties_are_not_cited_as_art_45() -> None:
    """Art. 45 is the risk information, safe conditions and travel costs; the rights and
    duties are the whole of art. 44-46, and informing of them art. 47."""
    for text in _wordings():
        for match in re.finditer(r"[Pp]raw\w* i obowiąz\w*[^.;]*?\(art\. (\d+)[^)]*\)", text):
            assert match.group(1) != "45", match.group(0)
    rights = [text for course in COURSES.values() for text in course[-1] if "Prawa i obowiązki" in text]
    assert rights == ["Prawa i obowiązki wolontariusza (art. 44–47 ustawy)"]


# -- 2. termination dated by the act ---------------------------------------------------------


def test_a_notice_without_its_day_is_refused(db: Database, world: World) -> None:
    with pytest.raises(DocumentRefused, match="dzień złożenia \\(lub wręczenia\\) wypowiedzenia"):
        issue(
            db,
            DocumentRequest(
                "termination", world.agreement, options={"on": "2025-09-30", "mode": "ops_notice"}
            ),
            TODAY,
        )


def test_a_notice_is_dated_by_the_day_it_was_given(db: Database, world: World) -> None:
    text = text_of(
        db, "termination", world.agreement, on="2025-09-30", mode="ops_notice", notice_on="2025-09-20"
    )
    assert "Łęczyca Mała, dnia 20 września 2025 r." in text
    assert "20 listopada 2025" not in text  # never the print day


def test_a_past_mutual_termination_is_dated_by_its_end(db: Database, world: World) -> None:
    text = text_of(db, "termination", world.agreement, on="2025-09-30", mode="mutual")
    assert "Łęczyca Mała, dnia 30 września 2025 r." in text
    assert "z dniem 30 września 2025 r." in text
    assert "20 listopada 2025" not in text


# -- 3. referral's end -----------------------------------------------------------------------


def test_the_referral_of_an_ended_assignment_says_until_when(db: Database, world: World) -> None:
    with session_of(db) as session:
        row = session.get(Assignment, world.assignment)
        assert row is not None
        row.date_to = dt.date(2025, 6, 30)
    text = text_of(db, "referral", world.assignment)
    assert "od dnia 1 lutego 2025 r. do dnia 30 czerwca 2025 r." in text


def test_an_open_assignment_is_referred_until_the_agreement_ends(db: Database, world: World) -> None:
    text = text_of(db, "referral", world.assignment)  # the agreement runs to 31.12.2025
    assert "od dnia 1 lutego 2025 r. do dnia 31 grudnia 2025 r." in text


# -- 4. hours card ---------------------------------------------------------------------------


def _many_hours(db: Database, world: World, count: int) -> None:
    with session_of(db) as session:
        code = session.scalar(select(ActivityType.id).where(ActivityType.code == "ZAK"))
        assert code is not None
        for day in range(1, count + 1):
            description = "zakupy i pomoc w sprawach codziennych, rozmowa, spacer po okolicy"
            session.add(
                hours_row(
                    world.adult,
                    dt.date(2025, 7, day),
                    90,
                    code,
                    assignment_id=world.assignment,
                    description=description,
                )
            )


@pytest.mark.parametrize("entries", [4, 9, 26])
def test_the_statement_is_signed_on_the_page_of_the_tables_end(
    db: Database, world: World, entries: int
) -> None:
    _many_hours(db, world, entries)
    printed = pages(db, "timesheet", world.assignment, month=Month(2025, 7))
    signed = [page for page in printed if "Oświadczam, że powyższe dane" in page]
    assert len(signed) == 1
    assert "Razem" in signed[0]
    head = signed[0].split("Oświadczam")[0]
    assert "Razem" in head and "Uwagi" in head.split("Razem")[0]  # the table's last rows come along
    assert f"{entries}.07.2025" in printed[-1 if entries > 20 else 0]
    if entries <= 4:
        assert len(printed) == 1  # blank rows give way before a second page is taken


# -- 5. the trainer's own gender -------------------------------------------------------------


def test_first_names_by_the_dictionary() -> None:
    assert first_name_sex("Anna") == "K" and first_name_sex("Barbara") == "K"
    assert first_name_sex("Józef") == "M"
    assert first_name_sex("Xqzt") is None


def _certificate(db: Database, world: World) -> str:
    buffer = io.BytesIO()
    request = DocumentRequest("training_certificate", world.training, volunteer_id=world.adult)
    write_document(issue(db, request, TODAY), buffer)
    return flat(pdf_text(buffer.getvalue()))


def test_a_woman_trainer_is_prowadzaca(db: Database, world: World) -> None:
    with session_of(db) as session:
        row = session.get(TrainingSession, world.training)
        assert row is not None
        row.trainer_name = "Łucja Kowalczyk"
    text = _certificate(db, world)
    assert "Prowadząca: Łucja Kowalczyk" in text and "Prowadzący" not in text
    assert "Prowadząca szkolenie" in text


def test_the_trainer_on_the_certificate_and_the_list(db: Database, world: World, tmp_path: Path) -> None:
    assert "Prowadzący: Józef Ćwik" in _certificate(db, world)
    with session_of(db) as session:
        session.add(staff_row("Ptak Nikola", position="Psycholog", sex="K"))
        row = session.get(TrainingSession, world.training)
        assert row is not None
        row.trainer_name = "Nikola Ptak"  # not in the dictionary; her staff record says
    assert named_person_sex(None, "Nikola Ptak") is None
    out = tmp_path / "list.pdf"
    build_attendance_list(attendance_sheet(db, world.training), out)
    listed = flat(pdf_text(out))
    assert "Prowadząca: Nikola Ptak" in listed and "podpis prowadzącej" in listed
    with session_of(db) as session:
        save(session, training_row(title="Nowe", trainer_name="Xqzt Wqrt", session_date=dt.date(2025, 3, 1)))
    with session_of(db) as session:
        unknown = session.scalar(select(TrainingSession.id).where(TrainingSession.title == "Nowe"))
    assert unknown is not None
    build_attendance_list(attendance_sheet(db, unknown), out)
    listed = flat(pdf_text(out))
    assert "Osoba prowadząca: Xqzt Wqrt" in listed and "podpis osoby prowadzącej" in listed


def test_the_coordinator_who_made_the_certificate_in_her_own_gender(db: Database, world: World) -> None:
    """No staff record for her: her first name tells (Sporządziła, not Sporządził(a))."""
    update_organisation(db, dataclasses.replace(get_organisation(db), coordinator_name="Beata Łęcka"))
    text = text_of(db, "certificate", world.adult)
    assert "Sporządziła: Beata Łęcka" in text and "Sporządził(a)" not in text


# -- 6. thank-you ----------------------------------------------------------------------------


def test_the_thanks_names_its_year_once(db: Database, world: World) -> None:
    text = text_of(db, "thanks", world.adult, year=2025)
    assert text.count("2025 roku") == 1 and "W 2025 roku" not in text
    assert "poświęcony w 2025 roku osobom potrzebującym wsparcia" in text
    assert "Na działania wolontariackie poświęciła Pani łącznie 4,5 godziny." in text


def test_no_thanks_for_a_year_without_confirmed_hours(db: Database, world: World) -> None:
    with pytest.raises(DocumentRefused, match="nie ma zatwierdzonych godzin w roku 2024"):
        issue(db, DocumentRequest("thanks", world.adult, options={"year": 2024}), TODAY)


# -- 7. child-protection statements by age ---------------------------------------------------


@pytest.mark.parametrize("kind", ["residence_statement", "no_record_statement"])
def test_a_child_makes_no_statement(db: Database, world: World, kind: str) -> None:
    with pytest.raises(DocumentRefused, match="ma mniej niż 13 lat: dziecko nie składa oświadczeń"):
        issue(db, DocumentRequest(kind, world.child, options={"country": "Niemcy"}), TODAY)


@pytest.mark.parametrize("kind", ["residence_statement", "no_record_statement"])
def test_liability_by_age(db: Database, world: World, kind: str) -> None:
    minor = text_of(db, kind, world.minor, country="Niemcy")  # 15 years old
    assert "odpowiedzialności karnej" not in minor
    assert "jest czynem karalnym, za który odpowiadam na zasadach ustawy z dnia 9 czerwca 2022 r." in minor
    assert "w obecności przedstawiciela ustawowego" in minor
    adult = text_of(db, kind, world.adult, country="Niemcy")
    assert "Jestem świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia." in adult
    assert "czynem karalnym" not in adult


def test_at_seventeen_the_criminal_code_applies(db: Database, world: World) -> None:
    text = text_of(db, "residence_statement", world.minor, dt.date(2027, 2, 1))  # Ola turns 17
    assert "Jestem świadoma odpowiedzialności karnej" in text


# -- 9. summary chart ------------------------------------------------------------------------


def test_chart_hours_keep_their_fraction() -> None:
    assert _bar_label(138.5) == "138,5"
    assert _bar_label(138.0) == "138"
    assert _bar_label(0.5) == "0,5"


def test_chart_names_are_whole() -> None:
    name = "Pomoc w bieżących sprawach i czynnościach dnia codziennego"
    wrapped = _wrapped(name)
    assert " ".join(wrapped.split("\n")) == name
    assert all(not line.endswith((" w", " i")) for line in wrapped.split("\n"))
    drawing = activities_chart([(name, 90), ("Zakupy", 60)], 250)
    chart = drawing.contents[-1]
    assert wrapped in chart.categoryAxis.categoryNames


# -- 10. one day is "w dniu"; the coordinator's own gender ------------------------------------


def test_one_day_is_named_once(db: Database, world: World) -> None:
    with session_of(db) as session:
        row = session.get(Assignment, world.assignment)
        assert row is not None
        row.date_to = row.date_from
        session.add(staff_row("Śliwiński Łukasz", position="Koordynator", sex="M"))
    referral = text_of(db, "referral", world.assignment)
    assert "w zakresie: zakupy, wykup leków, opłacanie rachunków, w dniu 1 lutego 2025 r." in referral
    assert "do dnia" not in referral
    certificate = text_of(db, "certificate", world.man)  # one day of hours, 3 June 2025
    assert (
        "na rzecz Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej w dniu 3 czerwca 2025 r." in certificate
    )
    assert "od 3 czerwca 2025 r. do 3 czerwca 2025 r." not in certificate
    assert "Sporządził: Łukasz Śliwiński" in certificate


def test_a_childs_hours_card_is_signed_by_the_guardian(db: Database, world: World) -> None:
    code = activity_id(db, "CZW")
    with session_of(db) as session:
        assignment = save(
            session, assignment_row(world.child, world.child_agreement, code, date_from=dt.date(2025, 3, 1))
        )
        session.add(hours_row(world.child, dt.date(2025, 3, 4), 60, code, assignment_id=assignment))
    text = " ".join(pages(db, "timesheet", assignment, month=Month(2025, 3)))
    assert (
        "Jako przedstawiciel ustawowy oświadczam, że powyższe dane są zgodne z prawdą, a małoletni wykonał"
        in text
    )
    assert "Podpis przedstawiciela ustawowego Piotr Mały" in text
    assert "wykonałem osobiście" not in text and "Podpis wolontariusza" not in text
