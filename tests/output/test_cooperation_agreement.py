"""The cooperation agreement with a partner, read back from the PDF: the parties in the cases
their sentences need (the partner's name, its grammatical gender, its representative in her own
gender), the partner's undertakings from its record, one clause of each kind, the number kept on
the partner and the same agreement whenever printed again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from coordinator_app.core.issuing.organisation import update_organisation
from coordinator_app.core.issuing.service import DocumentRequest, issue, preview
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.db.engine import Database
from coordinator_app.db.models import IssuedDocument, Partner
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, flat, organisation, pdf_text
from tests.factories import save, session_of
from tests.factories.partners import add_partner, partner_row

KIND = "cooperation_agreement"


@pytest.fixture
def org(db: Database) -> None:
    update_organisation(db, organisation())


def text_of(db: Database, partner_id: int, on: dt.date = TODAY) -> str:
    document = issue(db, DocumentRequest(KIND, partner_id), on)
    buffer = io.BytesIO()
    write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue()))


def test_the_parties_are_declined_and_the_partner_undertakes_its_scope(db: Database, org: None) -> None:
    partner = add_partner(
        db,
        "Szkoła Podstawowa im. Jana Pawła II w Lipowcu",
        locality="Lipowiec",
        street=None,
        house_number="12",
        nip="8567346215",
        cooperation_scope=(
            "szkoła udostępnia salę gimnastyczną na zbiórki żywności;\n\n"
            "Szkolne Koło Wolontariatu bierze udział w akcjach Ośrodka"
        ),
    )
    text = text_of(db, partner)
    assert "POROZUMIENIE O WSPÓŁPRACY W ZAKRESIE WOLONTARIATU nr PW/1/2025" in text
    assert "Gminnym Ośrodkiem Pomocy Społecznej w Łęczycy Małej" in text
    assert (
        "Szkołą Podstawową im. Jana Pawła II w Lipowcu z siedzibą w Lipowcu, Lipowiec 12, 38-471 Lipowiec, "
        "NIP 856-734-62-15, reprezentowaną przez Barbarę Kowalską – Dyrektor Szkoły, zwaną dalej „Partnerem”"
    ) in text
    assert "1. Szkoła udostępnia salę gimnastyczną na zbiórki żywności." in text
    assert "2. Szkolne Koło Wolontariatu bierze udział w akcjach Ośrodka." in text
    assert "Ewa Nowak (opiekunka Szkolnego Koła Wolontariatu)" in text
    assert "odrębnym administratorem danych osobowych" in text
    assert "wyłącznie za pisemną zgodą przedstawiciela ustawowego" in text
    assert "na czas nieokreślony" in text
    for clause in ("nie rodzi po stronie żadnej ze Stron zobowiązań finansowych", "art. 46 ust. 3 ustawy"):
        assert text.count(clause) == 2  # once in each of the two copies
    assert "Egzemplarz dla Ośrodka" in text and "Egzemplarz dla Partnera" in text
    assert "§ 8 Postanowienia końcowe" in text


def test_a_neuter_name_and_a_man_take_their_own_forms(db: Database, org: None) -> None:
    partner = save(
        db,
        partner_row(
            "Stowarzyszenie Razem dla Lipowca",
            kind="ngo",
            represented_by="Jan Wiśniewski",
            represented_by_sex="M",
            represented_by_role="Prezes Zarządu",
            agreement_valid_to=dt.date(2027, 12, 31),
        ),
    )
    text = text_of(db, partner)
    assert "Stowarzyszeniem Razem dla Lipowca z siedzibą w Modrzewie" in text
    assert "reprezentowanym przez Jana Wiśniewskiego – Prezesa Zarządu, zwanym dalej „Partnerem”" in text
    assert "na czas określony, od dnia jego zawarcia do dnia 31 grudnia 2027 r." in text


def test_the_number_is_kept_on_the_partner_and_a_reprint_is_the_same(db: Database, org: None) -> None:
    partner = add_partner(db)
    ahead = preview(db, DocumentRequest(KIND, partner), TODAY)
    assert ahead.number == "PW/1/2025"
    first = issue(db, DocumentRequest(KIND, partner), TODAY)
    again = issue(db, DocumentRequest(KIND, partner), TODAY + dt.timedelta(days=30))
    assert first.number == again.number == "PW/1/2025" and again.reprinted
    with session_of(db) as session:
        row = session.get(Partner, partner)
        assert row is not None
        assert (row.agreement_number, row.agreement_signed_on) == ("PW/1/2025", TODAY)
        assert session.query(IssuedDocument).filter_by(kind=KIND).count() == 1
    other = add_partner(db, "Gminna Biblioteka Publiczna w Modrzewie", kind="library")
    assert issue(db, DocumentRequest(KIND, other), TODAY).number == "PW/2/2025"


def test_refused_without_the_partners_representative(db: Database, org: None) -> None:
    partner = save(db, partner_row(represented_by=None, represented_by_sex=None))
    with pytest.raises(DocumentRefused, match="reprezentuje"):
        issue(db, DocumentRequest(KIND, partner), TODAY)
    with session_of(db) as session:
        assert session.query(IssuedDocument).count() == 0


def test_the_template_editor_knows_the_kind_and_its_fields() -> None:
    from coordinator_app.core.issuing.catalog import spec
    from coordinator_app.core.issuing.defaults import COOPERATION_AGREEMENT
    from coordinator_app.core.issuing.templating import problems

    kind = spec(KIND)
    assert kind.numbered and kind.keeps_number and kind.label == "Porozumienie o współpracy z partnerem"
    for block, text in COOPERATION_AGREEMENT.items():
        assert problems(text, kind.fields, kind.flags) == [], block
    assert dataclasses.is_dataclass(kind)


def test_forms_the_coordinator_confirms_are_printed(db: Database, org: None) -> None:
    """A function the dictionary cannot decline stays in the nominative after a colon until
    the coordinator confirms its forms (the partner dialog's "Names in documents")."""
    from coordinator_app.core.names import confirm

    partner = save(
        db,
        partner_row(
            "Koło Gospodyń Wiejskich w Żabnie",
            kind="housewives",
            represented_by="Jan Wiśniewski",
            represented_by_sex="M",
            represented_by_role="Przewodniczący Koła",
        ),
    )
    text = text_of(db, partner)
    assert "Kołem Gospodyń Wiejskich w Żabnie" in text
    assert "reprezentowanym przez: Jan Wiśniewski – Przewodniczący Koła, zwanym dalej „Partnerem”" in text
    forms = {
        "M": "Przewodniczący Koła",
        "D": "Przewodniczącego Koła",
        "C": "Przewodniczącemu Koła",
        "B": "Przewodniczącego Koła",
        "N": "Przewodniczącym Koła",
        "Ms": "Przewodniczącym Koła",
    }
    confirm(db, "title", "Przewodniczący Koła", None, forms, "koordynator")
    with session_of(db) as session:
        session.query(IssuedDocument).delete()
        row = session.get(Partner, partner)
        assert row is not None
        row.agreement_number = None
    text = text_of(db, partner)
    assert "reprezentowanym przez Jana Wiśniewskiego – Przewodniczącego Koła" in text
