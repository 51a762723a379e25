"""Accountability (issue 15, point 6): authorisations and confidentiality statements with their
dates and scope, revoked when the agreement ends, the warning for client contact without them,
the image consent given and withdrawn, the register of processing activities edited."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator_app.core.privacy import accountability as acc
from coordinator_app.core.privacy import accountability_service as service
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Authorisation
from tests.factories import TOW, agreement_row, assignment_row, client_row, volunteer_row
from tests.factories.records import save

ON = dt.date(2026, 11, 20)


def _helping(db: Database, period_to: dt.date | None = dt.date(2026, 12, 31)) -> int:
    volunteer_id = save(db, volunteer_row("Zając Irena"))
    agreement_id = save(db, agreement_row(volunteer_id, "5/2026", period_to=period_to))
    client_id = save(db, client_row("K-0001"))
    save(db, assignment_row(volunteer_id, agreement_id, TOW, client_id=client_id))
    return volunteer_id


def test_a_volunteer_with_client_contact_and_no_papers_is_warned_about(db: Database) -> None:
    volunteer_id = _helping(db)
    [warning] = service.missing_authorisations(db, ON)
    assert warning.volunteer_id == volunteer_id and warning.missing == (
        acc.AUTHORISATION,
        acc.CONFIDENTIALITY,
    )
    service.issue_authorisation(
        db, volunteer_id, acc.AuthorisationData(acc.AUTHORISATION, ON, acc.DEFAULT_SCOPE)
    )
    [warning] = service.missing_authorisations(db, ON)
    assert warning.missing == (acc.CONFIDENTIALITY,)
    service.issue_authorisation(db, volunteer_id, acc.AuthorisationData(acc.CONFIDENTIALITY, ON, "Poufność"))
    assert service.missing_authorisations(db, ON) == []


def test_an_authorisation_expires_with_the_agreement_and_is_revoked_when_it_ends(db: Database) -> None:
    volunteer_id = _helping(db, period_to=dt.date(2026, 12, 31))
    row_id = service.issue_authorisation(
        db, volunteer_id, acc.AuthorisationData(acc.AUTHORISATION, ON, "Zakres")
    )
    with db.session() as session:
        row = session.get(Authorisation, row_id)
        assert row is not None and row.expires_on == dt.date(2026, 12, 31) and row.scope == "Zakres"
    assert service.revoke_for_ended_agreements(db, dt.date(2026, 12, 31)) == 0
    assert service.revoke_for_ended_agreements(db, dt.date(2027, 1, 2)) == 1
    with db.session() as session:
        row = session.get(Authorisation, row_id)
        assert row is not None and row.revoked_on == dt.date(2026, 12, 31)
        assert row.revoked_reason == acc.REASON_AGREEMENT_ENDED
    assert service.revoke_for_ended_agreements(db, dt.date(2027, 1, 3)) == 0


def test_bad_authorisations_are_refused_in_one_sentence() -> None:
    with pytest.raises(acc.AccountabilityError):
        acc.validate_authorisation(acc.AuthorisationData(acc.AUTHORISATION, ON, "  "))
    with pytest.raises(acc.AccountabilityError):
        acc.validate_authorisation(
            acc.AuthorisationData(acc.AUTHORISATION, ON, "x", ON - dt.timedelta(days=1))
        )
    assert acc.in_force(ON, None, None, ON) and not acc.in_force(ON, None, ON, ON)


def test_the_image_consent_is_separate_and_withdrawable(db: Database) -> None:
    volunteer_id = save(db, volunteer_row("Zając Irena"))
    assert not service.image_consent_in_force(db, volunteer_id, ON)
    consent = service.give_image_consent(db, volunteer_id, ON, acc.DEFAULT_IMAGE_SCOPE)
    assert service.image_consent_in_force(db, volunteer_id, ON)
    with pytest.raises(acc.AccountabilityError):
        service.withdraw_image_consent(db, consent, ON - dt.timedelta(days=1))
    service.withdraw_image_consent(db, consent, ON + dt.timedelta(days=3))
    assert service.image_consent_in_force(db, volunteer_id, ON)
    assert not service.image_consent_in_force(db, volunteer_id, ON + dt.timedelta(days=3))


def test_the_register_starts_from_the_defaults_and_is_editable(db: Database) -> None:
    entries = service.register_entries(db)
    assert [entry for _id, entry in entries] == list(acc.DEFAULT_REGISTER)
    first_id, first = entries[0]
    service.save_register_entry(db, first_id, dataclasses.replace(first, recipients="Ubezpieczyciel NNW"), ON)
    added = service.save_register_entry(db, None, dataclasses.replace(first, name="Szkolenia"), ON)
    entries = service.register_entries(db)
    assert entries[0][1].recipients == "Ubezpieczyciel NNW"
    assert entries[-1] == (added, dataclasses.replace(first, name="Szkolenia"))
    with pytest.raises(acc.AccountabilityError):
        service.save_register_entry(db, first_id, dataclasses.replace(first, transfers=" "), ON)
