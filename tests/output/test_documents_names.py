"""Names in the case each sentence needs and each person's own gender, read back from the PDF of
every kind that names them, for an adult woman, an adult man, a 15-year-old and an 11-year-old
(issue 12, points 2 and 3). Each assertion fails on the nominative the documents printed before."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import update

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.names import confirm
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Staff, Volunteer
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text
from tests.factories import activity_id, hours_row, session_of
from tests.factories.records import staff_row


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def text_of(db: Database, kind: str, record: int, **options: object) -> str:
    document = issue(db, DocumentRequest(kind, record, options=dict(options)), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue()))


def test_adult_woman_agreement_declines_every_party(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.agreement)
    assert "pomiędzy: Gminnym Ośrodkiem Pomocy Społecznej w Łęczycy Małej" in text
    assert (
        "reprezentowanym przez Grażynę Żółtowską – Kierownika "
        "Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej, zwanym dalej" in text
    )
    assert "a Panią Żanetą Żółć, zam. Mnichowo 132" in text
    assert "upoważnia Panią Żanetę Żółć do przetwarzania" in text
    # The seat "Łęczyca Mała" is not in the dictionary: the sentence avoids the locative.
    assert "z siedzibą pod adresem: ul. Źródlana 5, 62-200 Łęczyca Mała" in text
    assert "z siedzibą w ul." not in text and "reprezentowanym przez Grażyna" not in text


def test_adult_man_agreement(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.short_agreement, copies=1)
    assert "a Panem Mirosławem Łukasiewiczem, zam." in text
    assert "zwanym dalej „Wolontariuszem”" in text


def test_fifteen_year_old_agreement_declines_the_guardian(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.minor_agreement)
    assert "a Olą Źrebięcką, zam." in text and "Panią Olą" not in text
    assert "działającą za zgodą przedstawiciela ustawowego – Bożeny Źrebięckiej (matki)" in text


def test_eleven_year_old_agreement_follows_the_guardian_s_own_sex(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.child_agreement)
    assert "a Piotrem Małym (ojcem)" in text
    assert "działającym jako przedstawiciel ustawowy w imieniu małoletniego Stasia Małego" in text
    assert "Ja, Piotr Mały, przedstawiciel ustawowy małoletniego Stasia Małego, oświadczam" in text
    with db.session() as session:
        session.execute(
            update(Volunteer)
            .where(Volunteer.id == world.child)
            .values(guardian_name="Maria Mała", guardian_relation="matka", guardian_sex="K")
        )
    text = text_of(db, "agreement", world.child_agreement)
    assert "a Marią Małą (matką)" in text
    assert "działającą jako przedstawiciel ustawowy w imieniu małoletniego Stasia Małego" in text


def test_the_coordinator_s_own_gender(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.agreement)
    assert "stosuje się do jego/jej wskazówek" in text  # the coordinator's sex is not recorded
    # …so the name is not declined either: the nominative after a colon, never after "z koordynatorem"
    assert "koordynatorem wolontariatu – imię i nazwisko: Łukasz Śliwiński, tel." in text
    with db.session() as session:
        session.add(staff_row("Śliwiński Łukasz", position="Koordynator", is_coordinator=True, sex="M"))
    text = text_of(db, "agreement", world.agreement)
    assert "koordynatorem wolontariatu – Łukaszem Śliwińskim, tel." in text
    assert "stosuje się do jego wskazówek" in text
    with db.session() as session:
        session.execute(update(Staff).where(Staff.last_name == "Śliwiński").values(sex="K"))
    assert "stosuje się do jej wskazówek" in text_of(db, "agreement", world.agreement)


def test_unknown_forms_keep_the_nominative_and_confirmed_forms_are_used(db: Database, world: World) -> None:
    with db.session() as session:  # the head's sex unknown: her name cannot be declined safely
        session.execute(update(Staff).where(Staff.last_name == "Żółtowska").values(sex=None))
    text = text_of(db, "agreement", world.agreement)
    assert (
        "reprezentowanym przez: Grażyna Żółtowska – Kierownik "
        "Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej, zwanym dalej" in text
    )
    confirm(
        db,
        "place",
        "Łęczyca Mała",
        None,
        {
            "D": "Łęczycy Małej",
            "C": "Łęczycy Małej",
            "B": "Łęczycę Małą",
            "N": "Łęczycą Małą",
            "Ms": "Łęczycy Małej",
        },
    )
    text = text_of(db, "agreement", world.agreement)
    assert "z siedzibą w Łęczycy Małej, ul. Źródlana 5" in text


def test_referral_opinion_and_annex_decline_the_volunteer(db: Database, world: World) -> None:
    assert "kieruje Panią Żanetę Żółć – wolontariuszkę" in text_of(db, "referral", world.assignment)
    text = text_of(db, "annex", world.annex)
    assert "pomiędzy Gminnym Ośrodkiem Pomocy Społecznej w Łęczycy Małej, reprezentowanym przez" in text
    assert "a Panią Żanetą Żółć, zwaną dalej" in text
    text = text_of(db, "opinion", world.adult, assessment="Rzetelna i punktualna.")
    assert "opinię dotyczącą Pani Żanety Żółć, wykonującej" in text


def test_termination_declines_the_organisation(db: Database, world: World) -> None:
    text = text_of(
        db, "termination", world.agreement, on="2025-09-30", mode="volunteer_notice", notice_on="2025-09-23"
    )
    assert "zawarte z Gminnym Ośrodkiem Pomocy Społecznej w Łęczycy Małej," in text
    assert "z Korzystającym – Gminny" not in text


def test_minors_are_never_pan_or_pani_on_a_diploma(db: Database, world: World) -> None:
    code = activity_id(db, "CZW")
    with session_of(db) as session:  # a thank-you needs the year's confirmed hours
        session.add(hours_row(world.child, dt.date(2025, 4, 2), 60, code))
    text = text_of(db, "thanks", world.child, year=2025)
    assert "Pan Staś" not in text and "Wolontariusz Staś Mały" in text
    assert "Dzięki Twojej pomocy" in text and "Dzięki Pana pomocy" not in text
    text = text_of(db, "thanks", world.adult, year=2025)
    assert "Pani Żaneta Żółć" in text and "Dzięki Pani pomocy" in text


def test_the_coordinator_approves_the_hours_card_in_her_own_gender(db: Database, world: World) -> None:
    with db.session() as session:
        session.add(staff_row("Śliwiński Łukasz", position="Koordynator", is_coordinator=True, sex="K"))
    document = issue(db, DocumentRequest("timesheet", world.assignment, month=Month(2025, 3)), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    assert "Zatwierdziła – koordynator wolontariatu" in flat(pdf_text(buffer.getvalue()))
