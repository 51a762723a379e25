# ruff: noqa: E501  (the phrases read best whole, as the document prints them)
"""Issue 12, points 7 and 8: the agreement's RODO information clause (art. 13 RODO) with every
element, its guardian's version, the health-information consent only in the OPS's copy, and
annex 1 carrying the risk information of exactly the agreement's activity types."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from coordinator_app.core.issuing.organisation import get_organisation, update_organisation
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.volunteers.health_consent import (
    HealthConsentData,
    list_health_consents,
    record_health_consent,
    withdraw_health_consent,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat

OPS_COPY = "Egzemplarz dla Korzystającego"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def pages_of(db: Database, agreement_id: int) -> list[str]:
    document = issue(db, DocumentRequest("agreement", agreement_id), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    pdf = pdfium.PdfDocument(io.BytesIO(buffer.getvalue()))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(flat(textpage.get_text_range().replace("\r", "")))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def text_of(db: Database, agreement_id: int) -> str:
    return " ".join(pages_of(db, agreement_id))


def risk_lines(db: Database, *codes: str) -> dict[str, list[str]]:
    with db.session() as session:
        rows = session.execute(select(ActivityType.code, ActivityType.risk_info)).all()
    return {code: (info or "").splitlines() for code, info in rows if code in codes or not codes}


# Each element art. 13 RODO requires (domain §2.3.2), as the default clause prints it.
ART_13_ELEMENTS = {
    "controller and its contact": (
        "administratorem danych osobowych jest Gminny Ośrodek Pomocy Społecznej w Łęczycy Małej, "
        "ul. Źródlana 5, 62-200 Łęczyca Mała, tel. "
    ),
    "controller's e-mail": "e-mail: gops@example.pl; administratora reprezentuje",
    "controller represented by its head": "administratora reprezentuje Kierownik Gminnego Ośrodka",
    "IOD contact": "inspektora ochrony danych, z którym można się kontaktować",
    "IOD name and address": "Jan Iodowski, iod@example.pl",
    "contract basis": "zawarcia i wykonania porozumienia o wykonywaniu świadczeń przez wolontariusza, w tym wydania na prośbę wolontariusza opinii o wykonaniu świadczeń (art. 6 ust. 1 lit. b RODO)",
    "legal obligation with the national acts": "zaświadczenia o wykonaniu świadczeń (art. 44 ust. 2 ustawy z dnia 24 kwietnia 2003 r.",
    "archiving act": "ustawy z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym i archiwach (art. 6 ust. 1 lit. c RODO)",
    "public task": "(art. 6 ust. 1 lit. e RODO)",
    "recipients": "odbiorcami danych mogą być: ubezpieczyciel, gmina, organy uprawnione do kontroli",
    "processors": "usługi informatyczne i pocztowe na podstawie umów powierzenia przetwarzania danych (art. 28 RODO)",
    "no third countries": "dane nie będą przekazywane do państwa trzeciego ani organizacji międzynarodowej",
    "retention": "dane będą przechowywane przez okres wynikający z instrukcji kancelaryjnej i jednolitego rzeczowego wykazu akt",
    "access": "prawo dostępu do danych (art. 15 RODO)",
    "rectification": "sprostowania (art. 16 RODO)",
    "erasure": "usunięcia w przypadkach określonych w art. 17 RODO",
    "restriction": "ograniczenia przetwarzania (art. 18 RODO)",
    "portability": "przenoszenia danych przetwarzanych w sposób zautomatyzowany na podstawie porozumienia lub zgody (art. 20 RODO)",
    "objection": "prawo wniesienia sprzeciwu wobec przetwarzania danych na podstawie art. 6 ust. 1 lit. e RODO",
    "objection article": "(art. 21 RODO)",
    "withdrawal of consent": "zgodę można wycofać w dowolnym momencie",
    "withdrawal article": "(art. 7 ust. 3 RODO)",
    "complaint to the authority": (
        "prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa"
    ),
    "contractual requirement": "jest warunkiem jego zawarcia",
    "statutory requirement": "wymogiem ustawowym",
    "consequence of not giving": "bez tych danych zawarcie porozumienia nie jest możliwe",
    "optional consent data": "podanie danych przetwarzanych na podstawie zgody jest dobrowolne",
    "no automated decisions": "dane nie będą podlegały zautomatyzowanemu podejmowaniu decyzji, w tym profilowaniu (art. 22 RODO)",
}


def test_the_rodo_clause_has_every_element_of_art_13(db: Database, world: World) -> None:
    text = text_of(db, world.agreement)
    missing = [name for name, phrase in ART_13_ELEMENTS.items() if phrase not in text]
    assert missing == []
    assert "wizerunek jest przetwarzany wyłącznie na podstawie zgody (art. 6 ust. 1 lit. a RODO)" in text
    assert "Potwierdzam zapoznanie się z powyższą informacją." in text
    # an adult with no work with children: no vetting data, no guardian, no health consent
    assert "art. 10 RODO" not in text
    assert "przedstawiciela ustawowego, że" not in text
    assert "Zgoda na przetwarzanie informacji o stanie zdrowia" not in text


def test_the_retention_sentence_is_the_organisations_setting(db: Database, world: World) -> None:
    data = dataclasses.replace(
        get_organisation(db),
        gdpr_retention="przez 5 lat od końca roku, w którym porozumienie wygasło (kategoria archiwalna B5)",
    )
    update_organisation(db, data)
    assert get_organisation(db).gdpr_retention == data.gdpr_retention
    text = text_of(db, world.agreement)
    assert "dane będą przechowywane przez 5 lat od końca roku, w którym porozumienie wygasło" in text
    assert "jednolitego rzeczowego wykazu akt" not in text


def test_the_minors_clause_speaks_also_to_the_guardian(db: Database, world: World) -> None:
    text = text_of(db, world.minor_agreement)
    assert "(RODO) informujemy Wolontariuszkę i jej przedstawiciela ustawowego, że:" in text
    assert "dane przedstawiciela ustawowego (imię i nazwisko, adres, numer telefonu) są przetwarzane" in text
    assert "przedstawicielowi ustawowemu przysługują prawa opisane poniżej" in text
    # EDU involves children: the vetting data with art. 10 and the 2016 act
    assert "(art. 6 ust. 1 lit. c i art. 10 RODO)" in text
    assert "Wolontariuszka i przedstawiciel ustawowy potwierdzają zapoznanie się" in text
    assert "art. 9 ust. 2 lit. a RODO" in text


def test_the_childs_clause_is_acknowledged_by_the_guardian_not_in_the_childs_voice(
    db: Database, world: World
) -> None:
    text = text_of(db, world.child_agreement)
    assert "Przedstawiciel ustawowy potwierdza zapoznanie się z powyższą informacją." in text
    assert "Zapoznałem się" not in text and "Potwierdzam zapoznanie" not in text


def test_health_information_is_printed_only_in_the_ops_copy(db: Database, world: World) -> None:
    record_health_consent(
        db,
        world.minor,
        HealthConsentData(dt.date(2025, 2, 20), "Bożena Źrebięcka", True, "Alergia na orzechy laskowe"),
        today=TODAY,
    )
    pages = pages_of(db, world.minor_agreement)
    volunteer_pages = [page for page in pages if "Egzemplarz dla Wolontariuszki" in page]
    ops_pages = [page for page in pages if OPS_COPY in page]
    assert volunteer_pages and len(ops_pages) == len(volunteer_pages) + 1
    with_health = [page for page in pages if "Alergia na orzechy laskowe" in page]
    assert len(with_health) == 1 and OPS_COPY in with_health[0]
    assert "Egzemplarz dla Wolontariuszki" not in with_health[0]
    assert "Zgoda na przetwarzanie informacji o stanie zdrowia" in with_health[0]
    assert (
        "wyrażona dnia 20 lutego 2025 r. przez: Bożena Źrebięcka (przedstawiciel ustawowy)" in with_health[0]
    )
    assert "nie stanowi jego części" in with_health[0]
    for page in volunteer_pages:
        assert "Zgoda na przetwarzanie informacji o stanie zdrowia" not in page
    # the guardian's statement (annex, both copies) no longer asks for health information
    assert not any("stanie zdrowia istotne dla bezpieczeństwa dziecka" in page for page in pages)


def test_a_withdrawn_consent_erases_the_information(db: Database, world: World) -> None:
    consent = record_health_consent(
        db, world.adult, HealthConsentData(dt.date(2025, 1, 2), "Żaneta Żółć", False, "Cukrzyca"), today=TODAY
    )
    text = text_of(db, world.agreement)
    assert "Cukrzyca" in text and "wyrażam wyraźną zgodę na przetwarzanie" in text
    withdraw_health_consent(db, consent, dt.date(2025, 3, 1))
    assert list_health_consents(db, world.adult)[0].health_info is None
    text = text_of(db, world.agreement)
    assert "Cukrzyca" not in text and "Zgoda na przetwarzanie informacji o stanie zdrowia" not in text


def test_annex_1_lists_exactly_the_risks_of_the_agreements_activity_types(db: Database, world: World) -> None:
    pages = pages_of(db, world.agreement)
    ops = " ".join(page for page in pages if OPS_COPY in page)
    lines = risk_lines(db)
    assert "Rodzaj działań: zakupy, wykup leków, opłacanie rachunków" in ops
    assert "Rodzaj działań: dotrzymywanie towarzystwa, rozmowa, wspólne czytanie" in ops
    own = {flat(line) for code in ("ZAK", "TOW") for line in lines[code]}
    assert own
    for line in own:  # each once, even the road-safety line both types share
        assert ops.count(line) == 1, line
    others = {flat(line) for code, texts in lines.items() if code not in ("ZAK", "TOW") for line in texts}
    for line in others - own:
        assert line not in ops, line
    assert ops.count("Rodzaj działań:") == 2
    assert "Postępowanie w razie wypadku lub zagrożenia" in ops and "numerem alarmowym 112" in ops
    assert "Łukasz Śliwiński, tel. 600 700 800" in ops
    assert "i otrzymałam tę informację na piśmie (art. 45 ust. 1 pkt 1 ustawy)" in ops


def test_the_activity_types_own_risk_text_is_printed(db: Database, world: World) -> None:
    with db.session() as session:
        row = session.scalars(select(ActivityType).where(ActivityType.code == "IMP")).one()
        row.risk_info = "Namiot rozstawiają co najmniej dwie osoby.\nPrzy grillu stój z dala od ognia."
    text = text_of(db, world.short_agreement)
    assert "Rodzaj działań: pomoc przy imprezach i akcjach" in text
    assert "Namiot rozstawiają co najmniej dwie osoby." in text
    assert "Przy grillu stój z dala od ognia." in text


def test_without_risk_information_the_annex_leaves_room_and_warns(db: Database, world: World) -> None:
    with db.session() as session:
        row = session.scalars(select(ActivityType).where(ActivityType.code == "IMP")).one()
        row.risk_info = None
    document = issue(db, DocumentRequest("agreement", world.short_agreement), TODAY)
    assert any("nie mają informacji o zagrożeniach" in warning for warning in document.warnings)
    text = text_of(db, world.short_agreement)
    assert "Rodzaj działań:" not in text
    assert "Ryzyko dla zdrowia i bezpieczeństwa związane z wykonywanymi świadczeniami" in text


def test_an_incomplete_own_clause_is_printed_but_the_coordinator_is_warned(
    db: Database, world: World
) -> None:
    own = "Administratorem danych jest GOPS. Dane przechowujemy zgodnie z JRWA."
    update_organisation(db, dataclasses.replace(get_organisation(db), gdpr_clause=own))
    document = issue(db, DocumentRequest("agreement", world.agreement), TODAY)
    [warning] = [warning for warning in document.warnings if "klauzula RODO" in warning]
    assert "skarga do Prezesa UODO" in warning and "inspektor ochrony danych" in warning
    assert "administrator," not in warning and "okres przechowywania" not in warning
    text = text_of(db, world.agreement)
    assert own in text and "Potwierdzam zapoznanie się z powyższą informacją." in text
