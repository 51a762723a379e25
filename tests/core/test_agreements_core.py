"""Agreements in the core: refusals and warnings, the insurance clause, minors, numbering,
annexes, termination and the validity the assignment gate relies on."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable

import pytest
from sqlalchemy import func, select

from coordinator_app.core import agreements as ag
from coordinator_app.core.agreements import (
    AgreementState,
    AgreementWarning,
    AnnexData,
    InsuranceKind,
    TerminationData,
    TerminationMode,
    insurance_clause,
    valid_agreement_for,
)
from coordinator_app.core.agreements.defaults import termination_text
from coordinator_app.core.agreements.notice import agreed_notice_days, notice_days_of
from coordinator_app.core.agreements.rules import period_text
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AgreementActivity, AgreementAnnex, Assignment, AuditEntry
from coordinator_app.i18n import _
from tests.agreement_helpers import (
    add_assignment,
    add_hours,
    add_signatory,
    add_volunteer,
    d,
    set_insurance,
)
from tests.factories import EDU, TODAY, TOW, ZAK, add_agreement, agreement_data


@pytest.fixture
def setup(db: Database) -> tuple[int, int]:
    """(volunteer id, signatory id) with the organisation's NNW policy set."""
    set_insurance(db)
    return add_volunteer(db), add_signatory(db)


def errors_of(call: Callable[[], object]) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        call()
    return caught.value.by_field()


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def codes(warnings: Iterable[AgreementWarning]) -> set[str]:
    return {w.code for w in warnings}


# --- refusals and warnings --------------------------------------------------------------------
def test_refuses_an_agreement_without_the_content_art_44_requires(
    db: Database, setup: tuple[int, int]
) -> None:
    volunteer, signatory = setup
    data = agreement_data(
        signatory, activity_ids=set(), scope="  ", manner="", time_commitment="\n", termination_terms=""
    )
    errors = errors_of(lambda: ag.create_agreement(db, volunteer, data, today=TODAY))
    assert errors == {
        "activity_ids": _(
            "Choose at least one activity type: the scope of the services is required (art. 44 ust. 1)."
        ),
        "scope": _("Describe the scope of the services (art. 44 ust. 1)."),
        "manner": _("Describe the manner of performing the services (art. 44 ust. 1)."),
        "time_commitment": _("State the time in which the services are performed (art. 44 ust. 1)."),
        "termination_terms": _("The agreement must say how it can be terminated (art. 44 ust. 1)."),
    }
    assert count(db, Agreement) == 0 and count(db, AuditEntry) == 0


def test_refuses_missing_dates_place_and_representative(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    clerk = add_signatory(db, signatory=False, position="Pracownik socjalny")
    data = agreement_data(signatory, concluded_on=None, concluded_in=" ", period_from=None)
    data.representative_id = None
    errors = errors_of(lambda: ag.create_agreement(db, volunteer, data, today=TODAY))
    assert set(errors) == {"concluded_on", "concluded_in", "period_from", "representative_id"}
    errors = errors_of(lambda: ag.create_agreement(db, volunteer, agreement_data(clerk), today=TODAY))
    assert errors == {
        "representative_id": _("This person is not an authorised signatory (Dictionaries → Staff).")
    }
    bad = agreement_data(signatory, period_to=d("2025-12-31"), signed_by_ops_on=TODAY + dt.timedelta(days=1))
    errors = errors_of(lambda: ag.create_agreement(db, volunteer, bad, today=TODAY))
    assert errors["period_to"] == _("The end of the period cannot be before its start.")
    assert errors["signed_by_ops_on"] == _("The date cannot be in the future.")


def test_a_complete_agreement_is_saved_numbered_and_audited(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    result = ag.create_agreement(db, volunteer, agreement_data(signatory), today=TODAY)
    assert result.number == "W/1/2026" and result.warnings == ()
    second = ag.create_agreement(
        db,
        volunteer,
        agreement_data(
            signatory, period_from=d("2027-01-01"), period_to=d("2027-06-30"), concluded_on=d("2026-11-20")
        ),
        today=TODAY,
    )
    assert second.number == "W/2/2026", "numbered by the date of conclusion"
    stored = ag.get_agreement(db, result.id)
    assert stored.volunteer_id == volunteer and stored.data.activity_ids == {TOW, ZAK}
    assert stored.data.nnw_policy is None, "a year-long agreement is not NNW-insured by default"
    with db.session() as s:
        fields = set(
            s.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity == "agreement", AuditEntry.entity_id == result.id
                )
            )
        )
    assert {"number", "period_from", "scope", "activities", "volunteer_id"} <= fields


def test_a_typed_number_is_kept_and_must_be_unique(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    ag.create_agreement(db, volunteer, agreement_data(signatory, number="W/7/2026"), today=TODAY)
    errors = errors_of(
        lambda: ag.create_agreement(
            db, volunteer, agreement_data(signatory, number=" W/7/2026 "), today=TODAY
        )
    )
    assert errors == {"number": _("Another agreement already has this number.")}
    assert ag.form_context(db, volunteer, today=TODAY).proposed_number == "W/8/2026"


def test_warns_when_there_is_no_end_date(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    result = ag.create_agreement(db, volunteer, agreement_data(signatory, period_to=None), today=TODAY)
    assert codes(result.warnings) == {"no_end_date"}
    assert ag.get_agreement(db, result.id).data.period_to is None


def test_oral_form_only_for_30_days_or_fewer(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    errors = errors_of(
        lambda: ag.create_agreement(db, volunteer, agreement_data(signatory, written_form=False), today=TODAY)
    )
    assert errors == {
        "written_form": _("An agreement for more than 30 days must be concluded in writing (art. 44 ust. 4).")
    }
    short = agreement_data(
        signatory,
        written_form=False,
        period_from=d("2026-06-01"),
        period_to=d("2026-06-30"),
        concluded_on=d("2026-05-30"),
    )
    assert ag.create_agreement(db, volunteer, short, today=TODAY).warnings == ()


def test_other_warnings(db: Database, setup: tuple[int, int]) -> None:
    _volunteer, signatory = setup
    candidate = add_volunteer(db, status="candidate", name=("Jan", "Nowak"))
    add_agreement(db, candidate, signatory)
    late = agreement_data(
        signatory, concluded_on=d("2026-03-01"), activity_ids={TOW, EDU}, period_from=d("2026-02-01")
    )
    result = ag.create_agreement(db, candidate, late, today=TODAY)
    assert codes(result.warnings) == {"concluded_after_start", "overlap", "minors_activity", "candidate"}
    text = {w.code: w.message for w in result.warnings}
    assert "W/1/2026" in text["overlap"] and "EDU" in text["minors_activity"]


# --- insurance --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "kind", "days"),
    [
        ("2026-03-01", "2026-03-01", InsuranceKind.NNW, 1),
        ("2026-03-01", "2026-03-30", InsuranceKind.NNW, 30),  # 30 days, both ends counted
        ("2026-03-01", "2026-03-31", InsuranceKind.STATUTORY, 31),
        ("2026-02-01", "2026-03-02", InsuranceKind.NNW, 30),
        ("2026-02-01", None, InsuranceKind.STATUTORY, None),  # indefinite: over 30 days
    ],
)
def test_insurance_clause_follows_the_period(
    start: str, end: str | None, kind: InsuranceKind, days: int | None
) -> None:
    clause = insurance_clause(d(start), d(end) if end else None, nnw_policy="NNW/1", insurer="TUW")
    assert (clause.kind, clause.days) == (kind, days)
    text = clause.document_text()
    if kind is InsuranceKind.NNW:
        assert "następstw nieszczęśliwych wypadków" in text and "TUW, polisa nr NNW/1" in text
    else:
        assert "ustawy z dnia 30 października 2002 r." in text
        assert "dodatkowo ubezpiecza" in text, "a policy on a long agreement is additional cover"


IMMEDIATE = "Każda ze Stron może rozwiązać porozumienie ze skutkiem natychmiastowym."


def test_a_notice_as_long_as_the_agreement_is_warned_and_computed_as_immediate(
    db: Database, setup: tuple[int, int]
) -> None:
    volunteer, signatory = setup
    data = agreement_data(
        signatory, concluded_on=d("2026-06-01"), period_from=d("2026-06-03"), period_to=d("2026-06-07")
    )  # five days, the factory's clause states a 7-day notice
    result = ag.create_agreement(db, volunteer, data, today=TODAY)
    assert codes(result.warnings) == {"notice_too_long"}
    message = result.warnings[0].message
    assert re.search(r"\b7\b", message) and period_text(d("2026-06-03"), d("2026-06-07")) in message
    assert notice_days_of(data) == 0
    # a long agreement keeps its notice; a short one without a stated notice gets none
    assert notice_days_of(agreement_data(signatory)) == 7
    assert agreed_notice_days(None, IMMEDIATE, 5) == 0 and agreed_notice_days(None, IMMEDIATE, 365) == 7
    assert agreed_notice_days(None, "z zachowaniem 3-dniowego okresu wypowiedzenia", 10) == 3
    assert "natychmiastowym" in termination_text(0) and "wypowiedzenia" not in termination_text(0)


def test_short_agreement_takes_the_organisation_policy(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    data = agreement_data(
        signatory,
        concluded_on=d("2026-06-01"),
        period_from=d("2026-06-05"),
        period_to=d("2026-06-07"),
        termination_terms=IMMEDIATE,
    )
    result = ag.create_agreement(db, volunteer, data, today=TODAY)
    assert result.warnings == ()
    details = ag.get_agreement_details(db, result.id, today=TODAY)
    assert details.nnw_required and details.period_days == 3
    assert details.data.nnw_policy == "NNW/2026/000123"
    assert "Towarzystwo Ubezpieczeń Wzajemnych „Łąka”, polisa nr NNW/2026/000123" in details.insurance_text


def test_short_agreement_without_a_policy_is_saved_with_a_warning(db: Database) -> None:
    set_insurance(db, policy=None, valid=None)
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    data = agreement_data(
        signatory,
        concluded_on=d("2026-11-20"),
        period_from=d("2026-12-05"),
        period_to=d("2026-12-06"),
        termination_terms=IMMEDIATE,
    )
    result = ag.create_agreement(db, volunteer, data, today=TODAY)
    assert codes(result.warnings) == {"nnw_no_policy"}
    assert "art. 46 ust. 3" in result.warnings[0].message
    assert ag.agreements_missing_nnw(db, today=TODAY) == [(result.id, result.number, volunteer)]
    assert ag.agreements_missing_nnw(db, today=d("2026-12-07")) == [], "ended: no longer open"


def test_warns_when_the_organisation_policy_does_not_cover_the_period(db: Database) -> None:
    set_insurance(db, valid=(d("2026-01-01"), d("2026-12-31")))
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    data = agreement_data(
        signatory, concluded_on=d("2026-11-20"), period_from=d("2026-12-20"), period_to=d("2027-01-05")
    )
    result = ag.create_agreement(db, volunteer, data, today=TODAY)
    assert codes(result.warnings) == {"nnw_policy_period"}


# --- minors -------------------------------------------------------------------------------------
def test_volunteer_aged_13_to_17_needs_the_guardian_consent(db: Database) -> None:
    set_insurance(db)
    signatory = add_signatory(db)
    minor = add_volunteer(db, birth=d("2010-03-01"), guardian="Anna Żółć", consent=d("2025-12-20"))
    errors = errors_of(lambda: ag.create_agreement(db, minor, agreement_data(signatory), today=TODAY))
    assert errors == {
        "guardian_consent_on": _(
            "A volunteer aged 13–17 concludes the agreement with the legal guardian's consent: "
            "enter the date of the consent."
        )
    }
    late = agreement_data(signatory, guardian_consent_on=d("2026-01-10"))
    errors = errors_of(lambda: ag.create_agreement(db, minor, late, today=TODAY))
    assert set(errors) == {"guardian_consent_on"}
    assert ag.new_agreement(db, minor, today=TODAY).guardian_consent_on == d("2025-12-20")
    result = ag.create_agreement(
        db, minor, agreement_data(signatory, guardian_consent_on=d("2025-12-20")), today=TODAY
    )
    details = ag.get_agreement_details(db, result.id, today=TODAY)
    assert details.age_group == "minor" and details.data.guardian_consent_on == d("2025-12-20")


def test_child_under_13_needs_a_guardian_who_concludes_it(db: Database) -> None:
    set_insurance(db)
    signatory = add_signatory(db)
    child = add_volunteer(db, birth=d("2015-06-01"))
    errors = errors_of(lambda: ag.create_agreement(db, child, agreement_data(signatory), today=TODAY))
    assert set(errors) == {"guardian"}
    with_guardian = add_volunteer(db, birth=d("2015-06-01"), guardian="Anna Żółć", name=("Ola", "Żółć"))
    data = agreement_data(signatory, guardian_consent_on=d("2025-12-01"))
    result = ag.create_agreement(db, with_guardian, data, today=TODAY)
    details = ag.get_agreement_details(db, result.id, today=TODAY)
    assert details.age_group == "child" and details.data.guardian_consent_on is None


def test_age_is_taken_at_the_conclusion_date(db: Database) -> None:
    set_insurance(db)
    signatory = add_signatory(db)
    # 18 on 2 January 2026, the day the agreement is concluded: an adult, no consent needed.
    volunteer = add_volunteer(db, birth=d("2008-01-02"), guardian="Anna Żółć")
    result = ag.create_agreement(db, volunteer, agreement_data(signatory), today=TODAY)
    assert ag.get_agreement_details(db, result.id, today=TODAY).age_group == "adult"


# --- editing ------------------------------------------------------------------------------------
def test_update_audits_the_changes_and_warns_about_a_signed_agreement(
    db: Database, setup: tuple[int, int]
) -> None:
    volunteer, signatory = setup
    data = agreement_data(signatory, signed_by_ops_on=d("2026-01-02"), signed_by_volunteer_on=d("2026-01-02"))
    agreement = ag.create_agreement(db, volunteer, data, today=TODAY).id
    changed = ag.get_agreement(db, agreement).data
    changed.manner = "Zdalnie, telefonicznie."
    changed.notes = "Poprawka literówki."
    result = ag.update_agreement(db, agreement, changed, today=TODAY)
    assert codes(result.warnings) == {"signed_changed"}
    with db.session() as s:
        audited = dict(
            s.execute(
                select(AuditEntry.field, AuditEntry.new_value).where(
                    AuditEntry.entity_id == agreement, AuditEntry.action == "update"
                )
            ).all()
        )
    assert audited == {"manner": "Zdalnie, telefonicznie.", "notes": "Poprawka literówki."}
    notes_only = ag.get_agreement(db, agreement).data
    notes_only.notes = "Skan w segregatorze."
    assert ag.update_agreement(db, agreement, notes_only, today=TODAY).warnings == ()


def test_the_period_of_a_terminated_agreement_cannot_be_edited(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    ag.terminate_agreement(db, agreement, TerminationData(d("2026-06-30"), "mutual"), today=TODAY)
    data = ag.get_agreement(db, agreement).data
    data.period_to = d("2026-12-30")
    errors = errors_of(lambda: ag.update_agreement(db, agreement, data, today=TODAY))
    assert set(errors) == {"period_to"}


# --- annexes ------------------------------------------------------------------------------------
def test_annex_extends_the_period_and_records_its_wording(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    annex = AnnexData(
        signed_on=d("2026-11-15"),
        change_period_to=True,
        new_period_to=d("2027-06-30"),
        new_activity_ids={TOW},
        new_time_commitment="Średnio 2 godz. tygodniowo.",
        new_manner="Osobiście, w miejscu zamieszkania podopiecznych.",  # unchanged: not a change
    )
    result = ag.record_annex(db, agreement, annex, today=TODAY)
    assert result.number == "AN/1/2026"
    assert result.changes.splitlines() == [
        "1. Okres obowiązywania porozumienia zostaje przedłużony do dnia 30.06.2027 r.",
        "2. Zakres świadczeń obejmuje następujące rodzaje działań: "
        "Dotrzymywanie towarzystwa, rozmowa, wspólne czytanie.",
        "3. Czas wykonywania świadczeń otrzymuje brzmienie: „Średnio 2 godz. tygodniowo.”.",
    ]
    stored = ag.get_agreement(db, agreement).data
    assert (stored.period_to, stored.activity_ids, stored.time_commitment) == (
        d("2027-06-30"),
        {TOW},
        "Średnio 2 godz. tygodniowo.",
    )
    with db.session() as s:
        reasons = set(
            s.scalars(
                select(AuditEntry.reason).where(
                    AuditEntry.entity == "agreement", AuditEntry.action == "update"
                )
            )
        )
        annex_audit = s.scalar(select(func.count()).where(AuditEntry.entity == "agreement_annex"))
    assert reasons == {"Aneks nr AN/1/2026"} and annex_audit
    assert [a.number for a in ag.list_annexes(db, agreement)] == ["AN/1/2026"]
    assert ag.list_volunteer_agreements(db, volunteer, today=TODAY)[0].annex_count == 1


def test_annex_across_30_days_changes_the_insurance_and_the_form(
    db: Database, setup: tuple[int, int]
) -> None:
    volunteer, signatory = setup
    short = agreement_data(
        signatory,
        written_form=False,
        concluded_on=d("2026-11-01"),
        period_from=d("2026-11-01"),
        period_to=d("2026-11-21"),
    )
    agreement = ag.create_agreement(db, volunteer, short, today=TODAY).id
    result = ag.record_annex(
        db,
        agreement,
        AnnexData(signed_on=TODAY, change_period_to=True, new_period_to=d("2027-03-31")),
        today=TODAY,
    )
    assert codes(result.warnings) == {"written_form_now"}
    assert "ustawy z dnia 30 października 2002 r." in result.changes.splitlines()[1]
    stored = ag.get_agreement(db, agreement).data
    assert stored.written_form is True


def test_annex_refusals_leave_the_agreement_unchanged(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    nothing = AnnexData(signed_on=TODAY, new_scope=agreement_data(signatory).scope)
    assert set(errors_of(lambda: ag.record_annex(db, agreement, nothing, today=TODAY))) == {"changes"}
    bad = AnnexData(
        signed_on=d("2025-12-01"),
        change_period_to=True,
        new_period_to=d("2025-12-31"),
        new_activity_ids=set(),
        new_manner=" ",
    )
    errors = errors_of(lambda: ag.record_annex(db, agreement, bad, today=TODAY))
    assert set(errors) == {"signed_on", "new_period_to", "new_activity_ids", "new_manner"}
    back = AnnexData(signed_on=TODAY, change_period_to=True, new_period_to=d("2026-11-01"))
    errors = errors_of(lambda: ag.record_annex(db, agreement, back, today=TODAY))
    assert errors == {
        "new_period_to": _("The period cannot be shortened to a day before the annex is signed.")
    }
    assert count(db, AgreementAnnex) == 0
    assert ag.get_agreement(db, agreement).data == agreement_data(signatory, number="W/1/2026")
    ag.terminate_agreement(db, agreement, TerminationData(d("2026-11-30"), "volunteer_notice"), today=TODAY)
    late = AnnexData(signed_on=TODAY, new_manner="Zdalnie.")
    assert set(errors_of(lambda: ag.record_annex(db, agreement, late, today=TODAY))) == {"agreement"}


def test_annex_after_the_end_is_refused(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory, period_to=d("2026-10-31"))
    annex = AnnexData(signed_on=TODAY, change_period_to=True, new_period_to=d("2027-10-31"))
    assert set(errors_of(lambda: ag.record_annex(db, agreement, annex, today=TODAY))) == {"signed_on"}


def test_annex_shortening_can_end_the_assignments(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    running = add_assignment(db, volunteer, agreement, d("2026-03-01"), None, number="P/1/2026")
    annex = AnnexData(
        signed_on=TODAY, change_period_to=True, new_period_to=d("2026-11-30"), end_assignments=True
    )
    result = ag.record_annex(db, agreement, annex, today=TODAY)
    assert result.ended_assignment_ids == (running,)
    with db.session() as s:
        row = s.get(Assignment, running)
        assert row is not None and (row.date_to, row.status) == (d("2026-11-30"), "active")


# --- termination --------------------------------------------------------------------------------
def test_termination_lists_and_optionally_ends_the_assignments(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    open_ended = add_assignment(db, volunteer, agreement, d("2026-02-01"), None, number="P/1/2026")
    long = add_assignment(db, volunteer, agreement, d("2026-02-01"), d("2026-12-31"), number="P/2/2026")
    inside = add_assignment(db, volunteer, agreement, d("2026-02-01"), d("2026-05-31"))
    planned = add_assignment(db, volunteer, agreement, d("2026-10-01"), None, status="planned")
    add_assignment(db, volunteer, agreement, d("2026-02-01"), None, status="ended")
    add_hours(db, volunteer, long, d("2026-09-30"))
    add_hours(db, volunteer, long, d("2026-10-02"))
    add_hours(db, volunteer, long, d("2026-10-03"), status="cancelled")

    preview = ag.termination_preview(db, agreement, d("2026-09-30"))
    assert [a.id for a in preview.affected] == [open_ended, long, planned]
    assert preview.hours_after == 1 and not preview.other_agreement_after

    listed = ag.terminate_agreement(
        db,
        agreement,
        TerminationData(d("2026-09-30"), "ops_notice", "Rażące naruszenie poufności."),
        today=TODAY,
    )
    assert listed.ended_assignment_ids == ()
    assert codes(listed.warnings) == {
        "notice_too_short",  # no notice date: given on the day it is recorded, no period kept
        "assignments_continue",
        "hours_after_end",
        "no_other_agreement",
    }
    assert "P/1/2026" in listed.warnings[0].message
    row = ag.get_agreement(db, agreement)
    assert (row.terminated_on, row.termination_mode) == (d("2026-09-30"), "ops_notice")
    with db.session() as s:
        reason = s.scalar(select(AuditEntry.reason).where(AuditEntry.field == "terminated_on"))
        assert reason == "wypowiedzenie przez Korzystającego: Rażące naruszenie poufności."
        assert s.get_one(Assignment, inside).date_to == d("2026-05-31")


def test_termination_ending_the_assignments(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    running = add_assignment(db, volunteer, agreement, d("2026-02-01"), None)
    planned = add_assignment(db, volunteer, agreement, d("2026-10-15"), None, status="planned")
    future_end = add_agreement(db, volunteer, signatory, number="W/9/2026")
    later = add_assignment(db, volunteer, future_end, d("2026-02-01"), None)

    result = ag.terminate_agreement(
        db, agreement, TerminationData(d("2026-09-30"), "mutual", end_assignments=True), today=TODAY
    )
    assert set(result.ended_assignment_ids) == {running, planned}
    assert "no_other_agreement" not in codes(result.warnings)
    with db.session() as s:
        ended = s.get(Assignment, running)
        assert ended is not None
        assert (ended.date_to, ended.status, ended.end_reason) == (
            d("2026-09-30"),
            "ended",
            "Rozwiązanie porozumienia nr W/1/2026",
        )
        assert s.get_one(Assignment, planned).status == "ended"
        assert s.get_one(Assignment, later).date_to is None
        audited = s.scalar(select(func.count()).where(AuditEntry.entity == "assignment"))
    assert audited == 5  # date_to + status + end_reason of one, status + end_reason of the other

    # A notice running into the future shortens the assignment but keeps it active until then.
    assignment = add_assignment(db, volunteer, future_end, d("2026-02-01"), None)
    ag.terminate_agreement(
        db,
        future_end,
        TerminationData(d("2026-12-04"), "volunteer_notice", end_assignments=True),
        today=TODAY,
    )
    with db.session() as s:
        row = s.get(Assignment, assignment)
        assert row is not None and (row.date_to, row.status) == (d("2026-12-04"), "active")


def test_termination_refusals(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory)
    indefinite = add_agreement(db, volunteer, signatory, period_to=None)

    def refused(agreement_id: int, data: TerminationData) -> set[str]:
        return set(errors_of(lambda: ag.terminate_agreement(db, agreement_id, data, today=TODAY)))

    assert refused(agreement, TerminationData(None, "")) == {"mode", "terminated_on"}
    assert refused(agreement, TerminationData(d("2026-01-01"), "mutual")) == {
        "terminated_on"
    }  # before conclusion
    assert refused(agreement, TerminationData(d("2027-01-05"), "mutual")) == {
        "terminated_on"
    }  # after period end
    assert refused(agreement, TerminationData(d("2026-12-31"), "expiry")) == {
        "terminated_on"
    }  # not yet run out
    assert refused(agreement, TerminationData(d("2026-11-30"), "expiry")) == {"terminated_on"}  # not its end
    assert refused(indefinite, TerminationData(TODAY, "expiry")) == {"mode"}
    assert ag.get_agreement(db, agreement).terminated_on is None
    ag.terminate_agreement(db, agreement, TerminationData(TODAY, "mutual"), today=TODAY)
    assert refused(agreement, TerminationData(TODAY, "mutual")) == {"terminated_on"}  # already


def test_expiry_is_recorded_on_the_last_day_of_the_period(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    agreement = add_agreement(db, volunteer, signatory, period_to=d("2026-10-31"))
    ag.terminate_agreement(db, agreement, TerminationData(None, "expiry"), today=TODAY)
    stored = ag.get_agreement(db, agreement)
    assert (stored.terminated_on, stored.termination_mode) == (d("2026-10-31"), "expiry")


def test_termination_modes_read_the_demo_s_polish_words() -> None:
    assert TerminationMode.parse("wygaśnięcie") is TerminationMode.EXPIRY
    assert TerminationMode.parse("porozumienie stron") is TerminationMode.MUTUAL
    assert TerminationMode.parse("Wypowiedzenie przez wolontariusza") is TerminationMode.VOLUNTEER_NOTICE
    assert TerminationMode.parse("ops_notice") is TerminationMode.OPS_NOTICE
    assert TerminationMode.parse("cokolwiek") is None and TerminationMode.parse(None) is None


# --- validity and the assignment gate -----------------------------------------------------------
def test_valid_agreement_for_edge_cases(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    other = add_volunteer(db, name=("Jan", "Nowak"))
    year = add_agreement(db, volunteer, signatory)  # 2.01–31.12.2026

    def covering(start: str, end: str | None, who: int = volunteer) -> int | None:
        with db.session() as s:
            ref = valid_agreement_for(s, who, d(start), d(end) if end else None)
        return ref.id if ref else None

    assert covering("2026-01-02", "2026-12-31") == year, "both ends are included"
    assert covering("2026-01-01", "2026-03-01") is None, "starts a day before the period"
    assert covering("2026-03-01", "2027-01-01") is None, "ends a day after the period"
    assert covering("2026-03-01", None) is None, "an open-ended assignment needs an indefinite agreement"
    assert covering("2026-03-01", "2026-03-31", other) is None, "another volunteer's agreement"
    assert covering("2026-03-31", "2026-03-01") is None, "an inverted period"

    ag.terminate_agreement(db, year, TerminationData(d("2026-06-30"), "mutual"), today=TODAY)
    assert covering("2026-03-01", "2026-06-30") == year, "in force on the termination day itself"
    assert covering("2026-03-01", "2026-07-01") is None, "not from the next day"

    indefinite = add_agreement(db, other, signatory, period_to=None, concluded_on=d("2026-01-02"))
    assert covering("2026-02-01", None, other) == indefinite
    assert covering("2030-02-01", "2031-01-01", other) == indefinite
    ag.terminate_agreement(db, indefinite, TerminationData(d("2026-12-31"), "volunteer_notice"), today=TODAY)
    assert covering("2026-02-01", None, other) is None
    assert covering("2026-02-01", "2026-12-31", other) == indefinite

    # Terminated before it came into force: never valid.
    never = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-11-01"),
        period_from=d("2027-01-01"),
        period_to=d("2027-12-31"),
    )
    ag.terminate_agreement(db, never, TerminationData(d("2026-11-10"), "volunteer_notice"), today=TODAY)
    assert covering("2027-01-01", "2027-01-01") is None

    # Two covering agreements: the one concluded last wins; its activities come with it.
    a = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-11-01"),
        period_from=d("2027-01-01"),
        period_to=d("2027-12-31"),
    )
    b = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-11-15"),
        period_from=d("2027-01-01"),
        period_to=d("2027-06-30"),
        activity_ids={EDU},
    )
    assert covering("2027-02-01", "2027-03-01") == b
    assert covering("2027-02-01", "2027-08-01") == a
    with db.session() as s:
        ref = valid_agreement_for(s, volunteer, d("2027-02-01"), d("2027-03-01"))
    assert ref is not None and ref.activity_ids == frozenset({EDU}) and ref.last_day == d("2027-06-30")


def test_valid_agreement_for_matches_the_rule_on_every_day(db: Database, setup: tuple[int, int]) -> None:
    """The SQL of the gate and `rules.covers` agree for every (from, to) pair around the edges."""
    volunteer, signatory = setup
    agreement = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-03-01"),
        period_from=d("2026-03-10"),
        period_to=d("2026-03-20"),
    )
    ag.terminate_agreement(db, agreement, TerminationData(d("2026-03-16"), "mutual"), today=TODAY)
    days = [d("2026-03-08") + dt.timedelta(days=i) for i in range(16)]
    with db.session() as s:
        for start, end in itertools.product(days, [*days, None]):
            expected = ag.covers(start, end, d("2026-03-10"), d("2026-03-20"), d("2026-03-16"))
            found = valid_agreement_for(s, volunteer, start, end) is not None
            assert found == expected, (start, end)
            assert (ag.agreement_gap_message(s, volunteer, start, end) == "") == expected


def test_gap_messages_name_the_nearest_agreement(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    with db.session() as s:
        assert ag.agreement_gap_message(s, volunteer, TODAY, None) == _(
            "The volunteer has no agreement; conclude one first."
        )
    add_agreement(db, volunteer, signatory)
    with db.session() as s:
        beyond = ag.agreement_gap_message(s, volunteer, d("2026-03-01"), d("2027-02-01"))
        open_ended = ag.agreement_gap_message(s, volunteer, d("2026-03-01"), None)
        before = ag.agreement_gap_message(s, volunteer, d("2025-12-01"), d("2026-02-01"))
        after = ag.agreement_gap_message(s, volunteer, d("2027-03-01"), d("2027-04-01"))
    assert "W/1/2026" in beyond and "31.12.2026" in beyond
    assert "W/1/2026" in open_ended and open_ended != beyond
    assert "2.01.2026" in before
    assert "W/1/2026" in after and "1.03.2027" in after


def test_a_volunteer_s_agreements_with_their_state_today(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    past = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2025-01-02"),
        period_from=d("2025-01-02"),
        period_to=d("2025-12-31"),
    )
    current = add_agreement(db, volunteer, signatory)
    future = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-11-20"),
        period_from=d("2027-01-01"),
        period_to=d("2027-01-10"),
    )
    ended = add_agreement(
        db, volunteer, signatory, concluded_on=d("2026-02-01"), period_from=d("2026-02-01"), period_to=None
    )
    ag.terminate_agreement(db, ended, TerminationData(d("2026-05-31"), "mutual"), today=TODAY)
    rows = {r.id: r for r in ag.list_volunteer_agreements(db, volunteer, today=TODAY)}
    assert [r.id for r in ag.list_volunteer_agreements(db, volunteer, today=TODAY)] == [
        future,
        ended,
        current,
        past,
    ]
    assert rows[past].state is AgreementState.EXPIRED and not rows[past].valid_today
    assert rows[current].state is AgreementState.VALID and rows[current].valid_today
    assert rows[future].state is AgreementState.FUTURE and rows[future].nnw_required
    assert rows[ended].state is AgreementState.TERMINATED and rows[ended].last_day == d("2026-05-31")
    assert rows[current].activity_codes == ("TOW", "ZAK")


def test_agreements_ending_soon_for_the_dashboard(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    other = add_volunteer(db, name=("Jan", "Nowak"))
    ending = add_agreement(db, volunteer, signatory)  # ends 31.12.2026, 41 days after TODAY
    add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=d("2026-11-20"),
        period_from=d("2027-01-01"),
        period_to=d("2027-12-31"),
    )
    noticed = add_agreement(db, other, signatory, period_to=None)
    ag.terminate_agreement(db, noticed, TerminationData(d("2026-11-27"), "volunteer_notice"), today=TODAY)
    assert ag.agreements_ending_within(db, 30, today=TODAY)[0].id == noticed
    soon = ag.agreements_ending_within(db, 45, today=TODAY)
    assert [(e.id, e.days_left, e.terminated, e.has_successor) for e in soon] == [
        (noticed, 7, True, False),
        (ending, 41, False, True),
    ]
    assert soon[0].volunteer_name == "Nowak Jan"


def test_new_agreement_defaults_pass_validation(db: Database, setup: tuple[int, int]) -> None:
    volunteer, signatory = setup
    data = ag.new_agreement(db, volunteer, today=TODAY)
    assert data.period_to == d("2027-12-31"), "under 60 days left in the year: to the end of the next"
    assert data.representative_id == signatory and data.concluded_in == "Modrzewo"
    assert "gminy Modrzewo" in data.manner and "7-dniowego" in data.termination_terms
    data.activity_ids = {TOW}
    result = ag.create_agreement(db, volunteer, data, today=TODAY)
    with db.session() as s:
        assert s.scalars(select(AgreementActivity.activity_type_id)).all() == [TOW]
    assert result.warnings == ()


def test_without_any_signatory_the_message_says_where_to_add_one(db: Database) -> None:
    set_insurance(db)
    volunteer = add_volunteer(db)
    data = agreement_data(0)
    data.representative_id = None
    errors = errors_of(lambda: ag.create_agreement(db, volunteer, data, today=TODAY))
    assert errors == {
        "representative_id": _("No authorised signatory is recorded: mark one in Dictionaries → Staff.")
    }
