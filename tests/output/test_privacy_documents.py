"""The RODO accountability documents (issue 15, point 6) read back from the PDF: the
authorisation with its scope and expiry, the confidentiality statement, the image consent
with its withdrawal, the register of processing activities as edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.privacy import accountability as acc
from coordinator_app.core.privacy import accountability_service as service
from coordinator_app.db.engine import Database
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def text_of(db: Database, request: DocumentRequest) -> str:
    document = issue(db, request, TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue()))


def test_the_authorisation_prints_the_recorded_scope_and_expiry(db: Database, world: World) -> None:
    data = acc.AuthorisationData(
        acc.AUTHORISATION, TODAY, "dane kontaktowe jednej osoby", dt.date(2026, 6, 30)
    )
    service.issue_authorisation(db, world.adult, data)
    text = text_of(db, DocumentRequest("authorisation", world.adult))
    assert "UPOWAŻNIENIE" in text and "art. 29 rozporządzenia" in text
    assert "w następującym zakresie: dane kontaktowe jednej osoby" in text
    assert "do 30 czerwca 2026 r." in text
    assert "Przyjęłam upoważnienie do wiadomości." in text  # Żaneta's own forms
    assert "Nr UPD/1/" in text


def test_the_confidentiality_statement_and_the_image_consent(db: Database, world: World) -> None:
    text = text_of(db, DocumentRequest("confidentiality_statement", world.man))
    assert "o zachowaniu poufności" in text and "art. 100 ust. 7 ustawy o pomocy społecznej" in text
    assert "niżej podpisany" in text and "uzyskałem" in text
    service.give_image_consent(db, world.adult, TODAY, "zdjęcia w gazetce gminnej")
    text = text_of(db, DocumentRequest("image_consent", world.adult))
    assert "w zakresie: zdjęcia w gazetce gminnej" in text
    assert "Zgodę mogę wycofać w każdym czasie" in text


def test_a_minor_signs_with_the_guardian(db: Database, world: World) -> None:
    text = text_of(db, DocumentRequest("confidentiality_statement", world.minor))
    assert "w obecności przedstawiciela ustawowego" in text


def test_the_register_prints_the_entries_as_edited(db: Database, world: World) -> None:
    [(first_id, first), *_rest] = service.register_entries(db)
    service.save_register_entry(
        db, first_id, dataclasses.replace(first, recipients="Ubezpieczyciel NNW"), TODAY
    )
    text = text_of(db, DocumentRequest("processing_register", None))
    assert "REJESTR CZYNNOŚCI PRZETWARZANIA" in text
    assert "Ubezpieczyciel NNW" in text and "Weryfikacja wolontariuszy pracujących z małoletnimi" in text


def test_every_pdf_is_marked_as_holding_personal_data(db: Database, world: World) -> None:
    document = issue(db, DocumentRequest("confidentiality_statement", world.adult), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    assert b"/Keywords (zawiera dane osobowe)" in buffer.getvalue()  # the document information
