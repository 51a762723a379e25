"""Issue 12, points 5 and 6, read back from the PDF: a termination dated by the act (notice day,
delivery, agreed period, signatory in office then, the name borne then), an expiry confirmed
as such, the child-protection statements with the liability clause, and the under-13 wording
of the agreement and the referral."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import select

from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Agreement, Staff, Vetting, VolunteerName
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text
from tests.factories import assignment_row, save, session_of, staff_row

LIABILITY = "odpowiedzialności karnej za złożenie fałszywego oświadczenia."


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def text_of(db: Database, request: DocumentRequest) -> str:
    document = issue(db, request, TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue()))


def _record_notice(db: Database, agreement_id: int, given: dt.date, ended: dt.date, mode: str) -> None:
    with session_of(db) as s:
        row = s.get(Agreement, agreement_id)
        assert row is not None
        row.terminated_on, row.termination_mode = ended, mode
        row.notice_given_on, row.notice_delivery = given, "post"


def test_a_notice_says_when_it_was_given_and_when_the_agreement_ends(db: Database, world: World) -> None:
    _record_notice(db, world.agreement, dt.date(2025, 9, 1), dt.date(2025, 9, 8), "volunteer_notice")
    text = text_of(db, DocumentRequest("termination", world.agreement))
    assert "WYPOWIEDZENIE POROZUMIENIA" in text and "ROZWIĄZANIE POROZUMIENIA" not in text
    assert "z zachowaniem 7-dniowego okresu wypowiedzenia określonego w porozumieniu" in text
    assert "Wypowiedzenie złożono w dniu 1 września 2025 r. (doręczone listem poleconym)." in text
    assert "Porozumienie ulega rozwiązaniu z dniem 8 września 2025 r." in text
    # dated by the act, not by the print (issued 20 November)
    assert "dnia 1 września 2025 r." in text and "dnia 20 listopada 2025 r." not in text


def test_a_notice_shorter_than_agreed_does_not_claim_the_period(db: Database, world: World) -> None:
    _record_notice(db, world.agreement, dt.date(2025, 9, 5), dt.date(2025, 9, 8), "ops_notice")
    text = text_of(db, DocumentRequest("termination", world.agreement))
    assert "okresu wypowiedzenia" not in text
    assert "Porozumienie ulega rozwiązaniu z dniem 8 września 2025 r." in text


def test_the_signatory_in_office_on_the_day_and_the_name_borne_then(db: Database, world: World) -> None:
    with session_of(db) as s:
        old = s.scalars(select(Staff).where(Staff.last_name == "Żółtowska")).one()
        old.role_valid_to = dt.date(2025, 9, 30)
        new = staff_row("Nowak Anna", position="Kierownik", is_signatory=True)
        new.role_valid_from = dt.date(2025, 10, 1)
        s.add(new)
        s.add(
            VolunteerName(
                volunteer_id=world.adult,
                first_name="Żaneta",
                last_name="Panieńska",
                valid_to=dt.date(2025, 9, 15),
            )
        )
    _record_notice(db, world.agreement, dt.date(2025, 9, 1), dt.date(2025, 9, 8), "mutual")
    text = text_of(db, DocumentRequest("termination", world.agreement))
    assert "Grażyna Żółtowska" in text and "Anna Nowak" not in text
    assert "Żaneta Panieńska" in text and "Żaneta Żółć" not in text


def test_an_expiry_is_confirmed_not_terminated(db: Database, world: World) -> None:
    text = text_of(db, DocumentRequest("expiry", world.short_agreement))
    assert "POTWIERDZENIE WYGAŚNIĘCIA POROZUMIENIA" in text
    assert "Rozwiązanie" not in text and "ROZWIĄZANIE" not in text
    assert "wygasło z upływem okresu, na który zostało zawarte" in text
    assert "Ostatnim dniem obowiązywania porozumienia był 14 czerwca 2025 r." in text
    assert (
        "reprezentowany przez Grażynę Żółtowską – Kierownika "
        "Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej, potwierdza"
    ) in text
    with session_of(db) as s:
        row = s.get(Agreement, world.short_agreement)
        assert row is not None
        row.terminated_on, row.termination_mode = dt.date(2025, 6, 14), "expiry"
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("termination", world.short_agreement), TODAY)
    with pytest.raises(DocumentRefused):  # still running on the day of issue
        issue(db, DocumentRequest("expiry", world.agreement), dt.date(2025, 11, 20))


@pytest.mark.parametrize(("who", "form"), [("adult", "świadoma"), ("man", "świadomy")])
def test_residence_statement_has_the_liability_clause(
    db: Database, world: World, who: str, form: str
) -> None:
    text = text_of(db, DocumentRequest("residence_statement", getattr(world, who)))
    assert "o państwach zamieszkania w ciągu ostatnich 20 lat" in text
    assert "art. 21 ust. 5 ustawy z dnia 13 maja 2016 r." in text
    assert f"Jestem {form} {LIABILITY}" in text
    assert "Przedstawiciel ustawowy" not in text


def test_no_record_statement_names_the_country_and_links_to_the_vetting(db: Database, world: World) -> None:
    with session_of(db) as s:
        s.add(Vetting(volunteer_id=world.minor))
    text = text_of(db, DocumentRequest("no_record_statement", world.minor, options={"country": "Ukraina"}))
    assert "prawo państwa: Ukraina nie przewiduje wydawania informacji" in text
    assert "nie byłam prawomocnie skazana" in text
    # 15 years old: liable as a juvenile, not under the Criminal Code (from 17)
    assert LIABILITY not in text and "złożenie fałszywego oświadczenia jest czynem karalnym" in text
    assert "Przedstawiciel ustawowy" in text  # a minor signs with the guardian
    with session_of(db) as s:
        vetting = s.scalars(select(Vetting).where(Vetting.volunteer_id == world.minor)).one()
        assert vetting.no_record_document_id is not None and vetting.residence_document_id is None


def test_an_under_13_agreement_names_the_adult_and_the_way_and_gives_no_art_29_authorisation(
    db: Database, world: World
) -> None:
    before = text_of(db, DocumentRequest("agreement", world.child_agreement))
    assert "wyłącznie w obecności osoby dorosłej wskazanej przez Korzystającego" in before
    assert "przyprowadza i odbiera przedstawiciel ustawowy" in before
    assert "art. 29 RODO" not in before
    assert "nie otrzymuje upoważnienia do przetwarzania danych osobowych" in before
    assert "na podstawie upoważnienia Korzystającego" not in before
    with session_of(db) as s:
        row = s.get(Agreement, world.child_agreement)
        assert row is not None
        row.minor_escort, row.minor_travel = "Anna Kowalska, wychowawczyni świetlicy", "przywozi go ojciec"
    text = text_of(db, DocumentRequest("agreement", world.child_agreement, options={"copies": 1}))
    assert "towarzyszy małoletniemu na miejscu: Anna Kowalska, wychowawczyni świetlicy." in text
    assert "Dojazd na miejsce wykonywania świadczeń i powrót: przywozi go ojciec." in text
    adult = text_of(db, DocumentRequest("agreement", world.agreement))
    assert "art. 29 RODO" in adult and "osoby dorosłej" not in adult


def test_the_referral_of_a_child_asks_for_no_identity_document(db: Database, world: World) -> None:
    adult = text_of(db, DocumentRequest("referral", world.assignment))
    assert "Skierowanie należy okazać wraz z dokumentem tożsamości." in adult
    with session_of(db) as s:
        code = s.scalar(select(ActivityType.id).where(ActivityType.code == "CZW"))
        assert code is not None
        row = s.get(Agreement, world.child_agreement)
        assert row is not None
        row.minor_escort = "Anna Kowalska"
        child = save(
            s,
            assignment_row(
                world.child, world.child_agreement, code, number="PRZ/2/2025", date_from=dt.date(2025, 3, 10)
            ),
        )
    text = text_of(db, DocumentRequest("referral", child))
    assert "dokumentem tożsamości" not in text
    assert "Wolontariuszowi towarzyszy osoba dorosła: Anna Kowalska." in text


def test_a_childs_agreement_is_ended_by_the_guardian(db: Database, world: World) -> None:
    _record_notice(db, world.child_agreement, dt.date(2025, 6, 1), dt.date(2025, 6, 10), "mutual")
    text = text_of(db, DocumentRequest("termination", world.child_agreement))
    assert "oraz Piotr Mały, działając jako przedstawiciel ustawowy małoletniego Stasia Małego" in text
    assert "Pan Staś Mały" not in text
    request = DocumentRequest(
        "termination", world.child_agreement, options={"on": "2025-06-20", "mode": "volunteer_notice"}
    )
    text = text_of(db, request)
    assert "Ja, Piotr Mały, działając jako przedstawiciel ustawowy małoletniego Stasia Małego" in text
    assert "niżej podpisany Staś Mały" not in text
