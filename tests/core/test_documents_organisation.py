"""Organisation settings: field-by-field validation (NIP/REGON with python-stdnum), the audit
log, numbering patterns, the genitive name and the logo kept by its hash."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image
from sqlalchemy import select

from coordinator_app.core.issuing.organisation import (
    clear_logo,
    genitive_name,
    get_organisation,
    load_logo,
    set_logo,
    update_organisation,
    validate_organisation,
)
from coordinator_app.core.issuing.service import DocumentRequest, issue, reprint
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, Organisation
from tests.documents_helpers import TODAY, build_world, organisation


def png(colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_valid_settings_are_saved_with_an_audit_trail(db: Database) -> None:
    data = organisation()
    data.nip = "689-133-19-53"
    data.numbering["certificate"] = "ZAS/{nr}/{rrrr}"
    saved = update_organisation(db, data)
    assert saved.nip == "6891331953" and saved.phone == "+48611234567"
    assert saved.numbering["certificate"] == "ZAS/{nr}/{rrrr}"
    with db.session() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity == "organisation")))
    assert {"full_name", "nip", "numbering.certificate"} <= fields


def test_every_wrong_field_is_named(db: Database) -> None:
    data = dataclasses.replace(
        organisation(),
        full_name=" ",
        nip="1234567890",
        regon="123",
        postal_code="62200x",
        email="nie-mail",
        nnw_policy=None,
        place_for_dates="",
    )
    data.numbering = {"agreement": "W/{rrrr}"}
    with pytest.raises(ValidationErrors) as errors:
        validate_organisation(data)
    fields = errors.value.by_field()
    assert {
        "full_name",
        "nip",
        "regon",
        "postal_code",
        "email",
        "nnw_policy",
        "place_for_dates",
        "numbering.agreement",
    } <= set(fields)
    with db.session() as s:
        row = s.get(Organisation, 1)
        assert row is not None and row.full_name == ""  # nothing was saved


def test_genitive_name_is_guessed_for_usual_names_and_can_be_set() -> None:
    data = organisation()
    assert genitive_name(data) == "Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej"
    data.full_name = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Lesznie"
    assert genitive_name(data) == "Miejsko-Gminnego Ośrodka Pomocy Społecznej w Lesznie"
    data.full_name = "Centrum Usług Społecznych w Lesznie"
    assert genitive_name(data) == "Centrum Usług Społecznych w Lesznie"
    data.full_name_genitive = "Centrum Usług Społecznych w Lesznie (CUS)"
    assert genitive_name(data) == "Centrum Usług Społecznych w Lesznie (CUS)"


def test_logo_is_checked_stored_once_and_old_documents_keep_theirs(db: Database) -> None:
    world = build_world(db)
    with pytest.raises(FieldError):
        set_logo(db, b"not a picture")
    red = set_logo(db, png("red"))
    assert set_logo(db, png("red")) == red
    first = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    assert first.logo == png("red")
    set_logo(db, png("blue"))
    assert reprint(db, first.register_id or 0).logo == png("red")
    clear_logo(db)
    assert get_organisation(db).logo_sha256 is None
    assert load_logo(db, red) == png("red")
