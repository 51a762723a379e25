"""Who signs an agreement for the centre: the core refuses a signatory who does not hold the
signing role on the day the agreement is concluded (not only the form), and a new agreement
proposes the head in office rather than the deputy when the usual signatory no longer signs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from coordinator_app.core import agreements as ag
from coordinator_app.core.agreements.data import Choice
from coordinator_app.core.agreements.rules import is_head, preferred_signatory
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Staff
from tests.agreement_helpers import add_volunteer, set_insurance
from tests.factories import TODAY, add_agreement, agreement_data, save, staff_row

YEAR_AGO = TODAY - dt.timedelta(days=365)


def add_staff(db: Database) -> dict[str, int]:
    """A head who left a year ago, the present head and a deputy authorised long ago."""
    return {
        "old": save(db, staff_row("Ośka Konrad", position="Kierownik", is_signatory=True,
                                  role_valid_from=dt.date(2015, 9, 1), role_valid_to=YEAR_AGO, active=False)),
        "head": save(db, staff_row("Wiśniewska Łucja", position="Kierownik", is_signatory=True,
                                   role_valid_from=YEAR_AGO + dt.timedelta(days=1))),
        "deputy": save(db, staff_row("Adamska Zofia", position="Zastępca kierownika", is_signatory=True,
                                     role_valid_from=dt.date(2018, 1, 8))),
    }  # fmt: skip


def test_a_signatory_out_of_office_on_the_date_is_refused_with_a_polish_message(db: Database) -> None:
    set_insurance(db)
    staff, volunteer = add_staff(db), add_volunteer(db)
    data = agreement_data(staff["old"], concluded_on=TODAY, period_from=TODAY, period_to=None)
    with pytest.raises(ValidationErrors) as caught:
        ag.create_agreement(db, volunteer, data, today=TODAY)
    message = caught.value.by_field()["representative_id"]
    assert message.startswith("Ta osoba nie podpisuje w imieniu ośrodka w dniu 20.11.2026: wybierz")
    # the same person on a day of their term, and the present head today, are accepted
    then = YEAR_AGO - dt.timedelta(days=30)
    add_agreement(db, volunteer, staff["old"], concluded_on=then, period_from=then, period_to=then)
    add_agreement(db, volunteer, staff["head"], concluded_on=TODAY, period_from=TODAY, period_to=None)


def test_a_stored_agreement_keeps_its_signatory_when_the_role_is_dated_later(db: Database) -> None:
    """Roles dated after the agreement was saved: its other fields can still be corrected, but
    changing its date to a day the signatory did not sign is refused."""
    set_insurance(db)
    staff, volunteer = add_staff(db), add_volunteer(db)
    agreement = add_agreement(
        db, volunteer, staff["head"], concluded_on=TODAY, period_from=TODAY, period_to=None
    )
    with db.session() as session:
        session.execute(
            update(Staff)
            .where(Staff.id == staff["head"])
            .values(role_valid_from=TODAY + dt.timedelta(days=1))
        )
    data = ag.get_agreement(db, agreement).data
    data.notes = "Poprawka"
    ag.update_agreement(db, agreement, data, today=TODAY)
    data.concluded_on = data.period_from = TODAY - dt.timedelta(days=3)
    with pytest.raises(ValidationErrors) as caught:
        ag.update_agreement(db, agreement, data, today=TODAY)
    assert "representative_id" in caught.value.by_field()


def test_a_new_agreement_proposes_the_head_in_office_not_the_deputy(db: Database) -> None:
    set_insurance(db)
    staff, volunteer = add_staff(db), add_volunteer(db)
    then = YEAR_AGO - dt.timedelta(days=30)
    add_agreement(db, volunteer, staff["old"], concluded_on=then, period_from=then, period_to=then)
    # the last agreement was signed by the head who has since left: the present head, not the
    # deputy (first in alphabetical order)
    assert ag.new_agreement(db, volunteer, today=TODAY).representative_id == staff["head"]
    add_agreement(db, volunteer, staff["deputy"], concluded_on=TODAY, period_from=TODAY, period_to=None)
    assert ag.new_agreement(db, volunteer, today=TODAY).representative_id == staff["deputy"], "the usual one"


def test_preferred_signatory_and_the_head() -> None:
    deputy, head = Choice(1, "Zofia Adamska (Zastępca kierownika)"), Choice(2, "Łucja Wiśniewska (Kierownik)")
    director = Choice(3, "Jan Kowal (Dyrektor)")
    assert is_head(head.name) and is_head(director.name) and not is_head(deputy.name)
    assert preferred_signatory([deputy, head], None) == 2
    assert preferred_signatory([deputy, head], 1) == 1
    assert preferred_signatory([deputy, head], 9) == 2, "the usual one does not sign that day"
    assert preferred_signatory([deputy], 9) == 1
    assert preferred_signatory([], 9) is None
