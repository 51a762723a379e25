"""Issuing: numbers, the register, reprints that give the same file, refusals that write nothing,
template versions recorded and kept."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import delete, func, select, update

from coordinator_app.core.issuing.organisation import get_organisation, update_organisation
from coordinator_app.core.issuing.service import DocumentRequest, PrintableDocument, issue, preview, reprint
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused
from coordinator_app.core.issuing.templates import load_current, save_template, validate_body
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    Assignment,
    Attendance,
    AuditEntry,
    DocumentTemplate,
    IssuedDocument,
)
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def pdf(document: PrintableDocument) -> bytes:
    buffer = io.BytesIO()
    write_document(document, buffer)
    return buffer.getvalue()


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_issue_numbers_registers_and_reprints_the_same_file(db: Database, world: World) -> None:
    first = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    assert first.number == "Z/1/2025" and first.register_id is not None and not first.reprinted
    with db.session() as s:
        row = s.get(IssuedDocument, first.register_id)
        assert row is not None
        assert (row.kind, row.number, row.issued_on, row.volunteer_id) == (
            "certificate",
            "Z/1/2025",
            TODAY,
            world.adult,
        )
        assert row.recipient == "Żaneta Żółć" and row.template_version == 1 and row.year_seq == 1
        assert (
            s.scalar(select(AuditEntry.reason).where(AuditEntry.entity == "issued_document"))
            == "certificate Z/1/2025"
        )
    original = pdf(first)
    # the data change afterwards; the reprint is still the document as issued, byte for byte
    with db.session() as s:
        s.execute(update(Agreement).where(Agreement.id == world.agreement).values(number="W/99/2025"))
    organisation = get_organisation(db)
    organisation.full_name = "Centrum Usług Społecznych w Łęczycy Małej"
    update_organisation(db, organisation)
    again = reprint(db, first.register_id)
    assert pdf(again) == original
    # issuing the same day with unchanged data gives the same entry
    assert issue(db, DocumentRequest("certificate", world.man), TODAY).number == "Z/2/2025"
    assert count(db, IssuedDocument) == 2


def test_same_content_the_same_day_is_not_a_new_number(db: Database, world: World) -> None:
    first = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    second = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    assert second.reprinted and second.register_id == first.register_id and second.number == first.number
    third = issue(db, DocumentRequest("certificate", world.adult), TODAY + dt.timedelta(days=1))
    assert third.number == "Z/2/2025" and not third.reprinted


def test_agreement_keeps_its_own_number_and_records_the_template_version(db: Database, world: World) -> None:
    first = issue(db, DocumentRequest("agreement", world.agreement), TODAY)
    later = issue(db, DocumentRequest("agreement", world.agreement), TODAY + dt.timedelta(days=5))
    assert first.number == later.number == "W/1/2025" and later.reprinted
    with db.session() as s:
        agreement = s.get(Agreement, world.agreement)
        assert agreement is not None and agreement.template_version == "1"


def test_preview_writes_nothing_and_shows_the_next_number(db: Database, world: World) -> None:
    document = preview(db, DocumentRequest("referral", world.assignment), TODAY)
    assert document.number == "SK/1/2025" and document.register_id is None
    assert count(db, IssuedDocument) == 0 and count(db, DocumentTemplate) == 0


def test_referral_and_training_certificate_record_their_dates(db: Database, world: World) -> None:
    issue(db, DocumentRequest("referral", world.assignment), TODAY)
    document = issue(
        db, DocumentRequest("training_certificate", world.training, volunteer_id=world.adult), TODAY
    )
    with db.session() as s:
        assignment = s.get(Assignment, world.assignment)
        assert assignment is not None and assignment.referral_issued_on == TODAY
        attendance = s.scalars(select(Attendance).where(Attendance.volunteer_id == world.adult)).one()
        assert attendance.certificate_number == document.number == "S/1/2025"
        assert attendance.certificate_issued_on == TODAY
    again = issue(
        db,
        DocumentRequest("training_certificate", world.training, volunteer_id=world.adult),
        TODAY + dt.timedelta(days=30),
    )
    assert again.number == "S/1/2025" and again.reprinted


@pytest.mark.parametrize(
    ("column", "fragment"),
    [
        ("scope", "scope"),
        ("manner", "manner"),
        ("time_commitment", "time commitment"),
        ("termination_terms", "termination"),
    ],
)
def test_agreement_without_a_mandatory_part_is_refused_and_nothing_is_written(
    db: Database, world: World, column: str, fragment: str
) -> None:
    with db.session() as s:
        s.execute(update(Agreement).where(Agreement.id == world.short_agreement).values({column: " "}))
        if column == "scope":
            from coordinator_app.db.models import AgreementActivity

            s.execute(
                delete(AgreementActivity).where(AgreementActivity.agreement_id == world.short_agreement)
            )
    with pytest.raises(DocumentRefused) as refusal:
        issue(db, DocumentRequest("agreement", world.short_agreement), TODAY)
    assert "art. 44" in str(refusal.value)
    assert count(db, IssuedDocument) == 0 and count(db, DocumentTemplate) == 0


def test_short_agreement_without_nnw_policy_is_refused(db: Database, world: World) -> None:
    organisation = get_organisation(db)
    organisation.nnw_insurer = organisation.nnw_policy = None
    update_organisation(db, organisation)
    with pytest.raises(DocumentRefused, match="NNW"):
        issue(db, DocumentRequest("agreement", world.short_agreement), TODAY)


def test_agreement_without_end_date_warns(db: Database, world: World) -> None:
    with db.session() as s:
        s.execute(update(Agreement).where(Agreement.id == world.agreement).values(period_to=None))
    document = issue(db, DocumentRequest("agreement", world.agreement), TODAY)
    assert (document.warnings and "end date" in document.warnings[0]) or "daty" in document.warnings[0]
    text = flat(pdf_text(pdf(document)))
    assert "na czas nieokreślony, począwszy od dnia 2 stycznia 2025 r." in text
    assert "ustawie z dnia 30 października 2002 r." in text


def test_minor_without_guardian_is_refused(db: Database, world: World) -> None:
    from coordinator_app.db.models import Volunteer

    with db.session() as s:
        s.execute(update(Volunteer).where(Volunteer.id == world.minor).values(guardian_name=None))
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("agreement", world.minor_agreement), TODAY)


def test_certificate_without_confirmed_hours_and_unknown_records(db: Database, world: World) -> None:
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("certificate", world.minor), TODAY)
    with pytest.raises(DocumentNotFound):
        issue(db, DocumentRequest("certificate", 9999), TODAY)
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("training_certificate", world.training, volunteer_id=world.man), TODAY)
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("termination", world.agreement), TODAY)  # not terminated
    with pytest.raises(DocumentRefused):
        issue(db, DocumentRequest("opinion", world.adult, options={"assessment": "  "}), TODAY)
    assert count(db, IssuedDocument) == 0


def test_edited_wording_is_a_new_version_and_old_documents_keep_theirs(db: Database, world: World) -> None:
    first = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    body = load_current(db, "certificate").body
    body["closing"] = "Zaświadczenie wydano na wniosek {zainteresowanego/zainteresowanej} (wersja radcy)."
    saved = save_template(db, "certificate", body, "zmiana wg radcy prawnego")
    assert saved.version == 2
    second = issue(db, DocumentRequest("certificate", world.adult), TODAY + dt.timedelta(days=1))
    assert second.template_version == 2
    assert "(wersja radcy)" in flat(pdf_text(pdf(second)))
    old = reprint(db, first.register_id or 0)
    assert old.template_version == 1 and "(wersja radcy)" not in flat(pdf_text(pdf(old)))
    assert save_template(db, "certificate", body).version == 2  # unchanged: no new version


def test_template_validation_names_the_block(db: Database) -> None:
    body = load_current(db, "certificate").body
    body["hours"] = "[godziny] Razem {godzinki}."
    body["title"] = ""
    with pytest.raises(ValidationErrors) as errors:
        validate_body("certificate", body)
    found = errors.value.by_field()
    assert "{godzinki}" in found["hours"] and "title" in found
