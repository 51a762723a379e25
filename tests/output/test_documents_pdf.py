"""Every document kind rendered to PDF and read back: Polish letters intact, mandatory clauses,
right plural and gender forms, no client data where a volunteer's document must not have it."""

from __future__ import annotations

import io

import pytest

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.service import DocumentRequest, issue, preview
from coordinator_app.db.engine import Database
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import CLIENT_ADDRESS, CLIENT_NAME, TODAY, World, build_world, flat, pdf_text


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def text_of(db: Database, request: DocumentRequest) -> tuple[str, int]:
    document = issue(db, request, TODAY)
    buffer = io.BytesIO()
    pages = write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue())), pages


def test_helvetica_never_used_and_letters_survive(db: Database, world: World) -> None:
    document = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    assert b"Helvetica" not in buffer.getvalue()
    text = pdf_text(buffer.getvalue())
    for word in ("Żaneta", "Żółć", "Łęczyca", "Źródlana", "świadczenia", "ZAŚWIADCZENIE"):
        assert word in text


def test_adult_agreement_has_the_mandatory_clauses_two_copies_and_annexes(db: Database, world: World) -> None:
    text, pages = text_of(db, DocumentRequest("agreement", world.agreement))
    assert "POROZUMIENIE O WYKONYWANIU ŚWIADCZEŃ PRZEZ WOLONTARIUSZA" in text
    assert "nr W/1/2025" in text
    assert "Zakres świadczeń" in text and "zakupy, wykup leków, opłacanie rachunków" in text
    assert "Sposób wykonywania świadczeń" in text and "pod nadzorem koordynatora" in text
    assert "Czas wykonywania świadczeń" in text and "od 2 stycznia 2025 r. do 31 grudnia 2025 r." in text
    assert "Rozwiązanie porozumienia" in text and "7-dniowego okresu wypowiedzenia" in text
    # > 30 days: the statutory accident cover, not the NNW policy
    assert "ustawie z dnia 30 października 2002 r." in text
    assert "nieprzekraczający 30 dni" not in text
    assert "zwaną dalej „Wolontariuszką”" in text and "Wolontariuszka zobowiązuje się" in text
    assert "PESEL 44051401458" in text
    assert text.count("Egzemplarz dla Korzystającego") == pages // 2
    assert text.count("Egzemplarz dla Wolontariuszki") == pages // 2
    for annex in (
        "Informacja o ryzyku dla zdrowia i bezpieczeństwa",
        "Zobowiązanie do zachowania poufności",
        "Klauzula informacyjna",
        "Zgoda na wykorzystanie wizerunku",
    ):
        assert annex in text
    assert "Oświadczenie przedstawiciela ustawowego" not in text
    assert "Wolontariuszka małoletnia" not in text
    assert "jednobrzmiących egzemplarzach" in text
    assert "zostałam poinformowana" in text


def test_short_agreement_states_the_nnw_insurer_and_policy(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("agreement", world.short_agreement, options={"copies": 1}))
    assert "nieprzekraczający 30 dni" in text
    assert "Towarzystwo Ubezpieczeń Żuraw S.A., polisa nr NNW/2025/77" in text
    assert "zwanym dalej „Wolontariuszem”" in text and "Wolontariusz zobowiązuje się" in text
    assert "Egzemplarz dla" not in text
    assert "zostałem poinformowany" in text


def test_minor_agreement_needs_the_guardians_consent_as_an_integral_annex(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("agreement", world.minor_agreement))
    assert "za zgodą przedstawiciela ustawowego – Bożeny Źrebięckiej (matki)" in text
    assert "Wolontariuszka małoletnia" in text and "integralną częścią porozumienia" in text
    assert "Oświadczenie przedstawiciela ustawowego" in text
    assert "wyrażam zgodę na zawarcie przez nią porozumienia nr W/3/2025" in text
    assert "Przedstawiciel ustawowy" in text
    # EDU involves children: the child-protection standards and the art. 21 check
    assert "Standardów Ochrony Małoletnich" in text and "art. 21 ustawy z dnia 13 maja 2016 r." in text


def test_agreement_for_a_child_is_concluded_by_the_guardian(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("agreement", world.child_agreement))
    assert (
        "a Piotrem Małym (ojcem)" in text
        and "działającym jako przedstawiciel ustawowy w imieniu małoletniego Stasia Małego" in text
    )
    assert "Porozumienie zawiera w imieniu małoletniego jego przedstawiciel ustawowy" in text
    assert "zawieram w jego imieniu porozumienie nr W/4/2025" in text
    # The statements the guardian signs speak in the guardian's voice, not the child's.
    assert "Ja, Piotr Mały, przedstawiciel ustawowy małoletniego Stasia Małego, oświadczam, że:" in text
    assert "zobowiązuję się dopilnować, aby małoletni zachował w tajemnicy" in text
    assert "Ja, niżej podpisany Staś Mały" not in text and "zostałem poinformowany" not in text


def test_certificate_uses_confirmed_hours_only_and_no_client_data(db: Database, world: World) -> None:
    text, pages = text_of(db, DocumentRequest("certificate", world.adult))
    assert pages == 1
    assert "art. 44 ust. 2" in text
    assert "Pani Żaneta Żółć, urodzona 14 maja 1944 r." in text
    # 90 + 60 + 120 confirmed minutes: 4,5 hours; the 600 unconfirmed ones are not counted
    assert "Łączna liczba godzin świadczeń: 4,5 godziny." in text
    assert "zakupy, wykup leków, opłacanie rachunków" in text
    assert "dotrzymywanie towarzystwa, rozmowa, wspólne czytanie" in text
    assert "na rzecz Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej od dnia 4 marca 2025 r." in text
    assert "Pani Żaneta Żółć ukończyła szkolenie:" in text and "„Bezpieczeństwo w domu seniora”" in text
    assert "2,5 godziny" in text
    assert "porozumienia nr W/1/2025 z dnia 2 stycznia 2025 r." in text
    assert "na prośbę zainteresowanej" in text
    for secret in (*CLIENT_NAME, CLIENT_ADDRESS, "Sekretna", "K-001", "apteka", "niezatwierdzone"):
        assert secret not in text
    assert "PESEL" not in text


def test_certificate_for_a_man_in_a_closed_period(db: Database, world: World) -> None:
    request = DocumentRequest(
        "certificate", world.man, options={"period_to": "2025-06-30", "purpose": "w szkole"}
    )
    text, _pages = text_of(db, request)
    assert (
        "Pan Mirosław Łukasiewicz, urodzony 3 marca 1980 r., wykonywał świadczenia jako wolontariusz" in text
    )
    assert "Łączna liczba godzin świadczeń: 1 godzina." in text
    assert "na prośbę zainteresowanego w celu przedłożenia w szkole" in text
    assert "ukończył szkolenia" not in text  # he was absent


def test_opinion_prints_only_what_the_coordinator_chose(db: Database, world: World) -> None:
    options = {
        "assessment": "Pani Żaneta była zawsze życzliwa i słowna.",
        "criteria": ["reliability", "empathy"],
        "competences": ["seniors"],
        "recommendation": "Polecamy Panią Żanetę jako osobę godną zaufania.",
    }
    text, _pages = text_of(db, DocumentRequest("opinion", world.adult, options=options))
    assert "art. 44 ust. 3" in text and "OPINIA" in text
    assert "wykazywała się w szczególności: rzetelnością i sumiennością, empatią i życzliwością." in text
    assert "punktualnością" not in text and "samodzielnością" not in text
    assert "Pani Żaneta była zawsze życzliwa i słowna." in text
    assert "komunikacja z osobami starszymi" in text
    assert "Opinię wydano na prośbę zainteresowanej." in text
    assert CLIENT_NAME[1] not in text


def test_training_certificate_with_programme_and_hours(db: Database, world: World) -> None:
    text, _pages = text_of(
        db, DocumentRequest("training_certificate", world.training, volunteer_id=world.adult)
    )
    assert (
        "o ukończeniu szkolenia" in text and "ukończyła szkolenie pt. „Bezpieczeństwo w domu seniora”" in text
    )
    assert "w wymiarze 2,5 godziny zegarowej" in text
    assert "Ochrona przeciwpożarowa" in text and "Pierwsza pomoc" in text
    assert "Prowadzący: Józef Ćwik (Straż Pożarna)" in text


def test_referral_has_no_pesel_address_or_client(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("referral", world.assignment))
    assert "SKIEROWANIE" in text and "kieruje Panią Żanetę Żółć – wolontariuszkę" in text
    assert "wtorki 16:00–18:00" in text and "Łukasz Śliwiński, tel. 600 700 800" in text
    for secret in ("44051401458", "PESEL", "Mnichowo 132", "62-200 Mnichowo", *CLIENT_NAME, CLIENT_ADDRESS):
        assert secret not in text


def test_timesheet_lists_the_month_with_a_sum_and_signature_lines(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("timesheet", world.assignment, month=Month(2025, 3)))
    assert "KARTA CZASU PRACY WOLONTARIUSZA" in text and "marzec 2025" in text
    assert "4.03.2025" in text and "11.03.2025" in text and "1,5 godziny" in text
    assert "Razem 2,5 godziny" in text
    assert "Podpis wolontariuszki" in text and "koordynator wolontariatu" in text
    assert "Oświadczam, że powyższe dane są zgodne z prawdą, a świadczenia wykonałam" in text


def test_thanks_with_the_years_hours(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("thanks", world.adult, options={"year": 2025}))
    assert "PODZIĘKOWANIE" in text and "Pani Żaneta Żółć" in text
    assert "Na działania wolontariackie poświęciła Pani łącznie 4,5 godziny." in text
    text, _pages = text_of(db, DocumentRequest("thanks", world.man, options={"year": 2025}))
    assert "Na działania wolontariackie poświęcił Pan łącznie 1 godzinę." in text


def test_annex_and_termination(db: Database, world: World) -> None:
    text, _pages = text_of(db, DocumentRequest("annex", world.annex))
    assert (
        "ANEKS NR AN/1/2025" in text
        and "do porozumienia o wykonywaniu świadczeń przez wolontariusza nr W/1/2025" in text
    )
    assert (
        "W § 2: rozszerzenie zakresu o spacery." in text
        and "W § 4: zmiana wymiaru na 6 godzin tygodniowo." in text
        and "Pozostałe postanowienia porozumienia pozostają bez zmian." in text
    )
    request = DocumentRequest(
        "termination",
        world.agreement,
        options={"on": "2025-09-30", "mode": "volunteer_notice", "notice_on": "2025-09-23"},
    )
    text, _pages = text_of(db, request)
    assert "WYPOWIEDZENIE POROZUMIENIA" in text  # a notice is titled as one (issue 12)
    assert "Ja, niżej podpisana Żaneta Żółć, wypowiadam porozumienie nr W/1/2025" in text
    assert "z dniem 30 września 2025 r." in text


def test_blank_intake_form_lists_the_activity_dictionary(db: Database, world: World) -> None:
    document = preview(db, DocumentRequest("intake_form"), TODAY)
    buffer = io.BytesIO()
    pages = write_document(document, buffer)
    text = flat(pdf_text(buffer.getvalue()))
    assert pages >= 2
    assert "KARTA ZGŁOSZENIA WOLONTARIUSZA" in text and "☐ zakupy, wykup leków" in text
    assert "Klauzula informacyjna" in text and "Prezesa Urzędu Ochrony Danych Osobowych" in text
    assert "strona 1 z" in text


def test_no_single_letter_word_ends_a_line(db: Database, world: World) -> None:
    document = issue(db, DocumentRequest("agreement", world.agreement), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    for line in pdf_text(buffer.getvalue()).splitlines():
        words = line.replace("\u00a0", " ").split()
        if len(words) > 1:
            assert words[-1] not in {"a", "i", "o", "u", "w", "z", "A", "I", "O", "U", "W", "Z"}, line
