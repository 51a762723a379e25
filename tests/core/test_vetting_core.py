"""Child-protection vetting: the gate's rules (every gap, every absolute block), the bulk status,
validation, audit of every view and change, and the current-record rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator_app.core.audit import current_actor
from coordinator_app.core.calendar import add_months
from coordinator_app.core.trainings import add_attendees
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.core.vetting import (
    KRK_SCOPE_DEFAULT,
    VALIDITY_MONTHS,
    VettingData,
    VettingRefused,
    VettingStatus,
    citizenship_is_polish,
    evaluate,
    get_vetting,
    save_vetting,
    suggest_valid_until,
    validate_vetting,
    vetting_blocks_absolutely,
    vetting_check,
    vetting_gaps,
    vetting_status_for,
    vetting_status_text,
    vetting_summary,
    vettings_expiring,
)
from coordinator_app.core.volunteers.data import VolunteerNotFound
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, AuditEntry, Vetting, Volunteer
from coordinator_app.i18n import _, set_language
from coordinator_app.i18n.formatting import format_date
from coordinator_app.storage.opening import open_database
from tests.training_helpers import add_session

TODAY = dt.date(2026, 11, 20)
CHECKED = dt.date(2026, 10, 1)


def complete(**changes: object) -> VettingData:
    """A complete, valid vetting as of TODAY, changed field by field where a test needs it."""
    data = VettingData(
        rspts_date=CHECKED,
        rspts_entry_found=False,
        rspts_reference="wydruk RSPTS nr 12345678",
        rspts_checked_by="Łucja Żmuda",
        commission_date=CHECKED,
        commission_entry_found=False,
        krk_issue_date=CHECKED - dt.timedelta(days=10),
        krk_scope=KRK_SCOPE_DEFAULT,
        krk_presented_on=CHECKED,
        krk_has_entries=False,
        standards_training_date=CHECKED,
        standards_trained_by="Łucja Żmuda",
        valid_until=dt.date(2028, 10, 1),
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def add_volunteer(
    db: Database, name: str = "Żółć Żaneta", citizenship: str | None = "polskie", **extra: object
) -> int:
    last, first = name.split(" ", 1)
    with db.session() as s:
        row = Volunteer(
            first_name=first,
            last_name=last,
            birth_date=dt.date(1985, 5, 14),
            house_number="132",
            postal_code="62-200",
            locality="Mnichowo",
            status=extra.pop("status", "active"),
            application_date=dt.date(2025, 1, 1),
            citizenship=citizenship,
            **extra,
        )
        s.add(row)
        s.flush()
        return row.id


def gaps_of(
    data: VettingData | None, citizenship: str | None = "polskie", on: dt.date = TODAY
) -> tuple[str, ...]:
    return evaluate(data, citizenship, on).gaps


def audit_rows(
    db: Database,
) -> list[tuple[str, str, int | None, str | None, str | None, str | None, str | None]]:
    with db.session() as s:
        rows = s.execute(
            select(
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
                AuditEntry.reason,
            ).order_by(AuditEntry.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


# --- the rules, item by item -------------------------------------------------------------------
def test_complete_record_passes_the_gate(db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, complete(), today=TODAY)
    with db.session() as s:
        assert vetting_gaps(s, vid, TODAY) == ()
        check = vetting_check(s, vid, TODAY)
        assert check.status == VettingStatus.COMPLETE and check.complete and not check.can_override
        assert not vetting_blocks_absolutely(s, vid)


def test_no_record_lists_everything_missing(db: Database) -> None:
    vid = add_volunteer(db)
    with db.session() as s:
        check = vetting_check(s, vid, TODAY)
        gaps = vetting_gaps(s, vid, TODAY)
    assert check.status == VettingStatus.MISSING and check.can_override
    assert gaps == (
        _("No check in the RSPTS (restricted-access register)."),
        _("No check in the State Commission register."),
        _("No information from the KRK in the scope of art. 21 sec. 3."),
        _("Not familiarised with the child-protection standards."),
        _("No valid-until date (next review) of the vetting."),
    )


def test_unknown_volunteer_is_an_error(db: Database) -> None:
    with db.session() as s, pytest.raises(VolunteerNotFound):
        vetting_gaps(s, 999, TODAY)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rspts_date": None, "rspts_entry_found": None, "rspts_reference": None, "rspts_checked_by": None},
         "No check in the RSPTS (restricted-access register)."),
        ({"rspts_entry_found": None}, "The result of the RSPTS check is not recorded."),
        ({"rspts_reference": " "}, "No printout number or ID of the RSPTS check."),
        ({"rspts_checked_by": None}, "Not recorded who made the RSPTS check."),
        ({"commission_date": None, "commission_entry_found": None},
         "No check in the State Commission register."),
        ({"commission_entry_found": None},
         "The result of the State Commission register check is not recorded."),
        ({"krk_issue_date": None, "krk_presented_on": None},
         "No information from the KRK in the scope of art. 21 sec. 3."),
        ({"krk_issue_date": None}, "The issue date of the KRK information is missing."),
        ({"krk_presented_on": None}, "The date the KRK information was presented is missing."),
        ({"krk_scope": None}, "The scope of the KRK information is missing."),
        ({"krk_has_entries": None}, "The result of the KRK information is not recorded."),
        ({"standards_training_date": None}, "Not familiarised with the child-protection standards."),
        ({"valid_until": None}, "No valid-until date (next review) of the vetting."),
    ],
)  # fmt: skip
def test_each_missing_item_is_named(changes: dict[str, object], message: str) -> None:
    check = evaluate(complete(**changes), "polskie", TODAY)
    assert check.gaps == (_(message),)
    assert check.status == VettingStatus.INCOMPLETE and check.can_override and not check.blocking


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rspts_entry_found": True}, "The RSPTS check found an entry."),
        ({"commission_entry_found": True}, "The State Commission register contains an entry."),
        ({"krk_has_entries": True}, "The KRK information contains entries."),
    ],
)
def test_an_entry_found_blocks_absolutely(db: Database, changes: dict[str, object], message: str) -> None:
    check = evaluate(complete(**changes), "polskie", TODAY)
    assert check.gaps == check.blocking == (_(message),)
    assert check.status == VettingStatus.BLOCKED and check.blocks_absolutely and not check.can_override
    vid = add_volunteer(db)
    save_vetting(db, vid, complete(**changes), today=TODAY)
    with db.session() as s:
        assert vetting_blocks_absolutely(s, vid)
        assert vetting_status_for(s, [vid], TODAY) == {vid: VettingStatus.BLOCKED}


def test_a_block_stays_even_when_other_items_are_missing() -> None:
    check = evaluate(
        complete(krk_has_entries=True, valid_until=None, standards_training_date=None), "polskie", TODAY
    )
    assert check.status == VettingStatus.BLOCKED and not check.can_override
    assert check.blocking == (_("The KRK information contains entries."),)
    assert len(check.gaps) == 3


def test_checks_made_after_the_day_do_not_count_for_it() -> None:
    on = dt.date(2026, 9, 1)
    gaps = gaps_of(complete(residence_statement_date=CHECKED, foreign_records="Niemcy"), on=on)
    day, when = format_date(CHECKED), format_date(on)
    assert gaps == (
        _("The RSPTS check was made only on {date}, after {on}.").format(date=day, on=when),
        _("The State Commission register was checked only on {date}, after {on}.").format(date=day, on=when),
        _("The KRK information was presented only on {date}, after {on}.").format(date=day, on=when),
        _("The statement on the countries of residence was made only on {date}, after {on}.").format(
            date=day, on=when
        ),
        _("Familiarised with the child-protection standards only on {date}, after {on}.").format(
            date=day, on=when
        ),
    )


def test_expired_vetting(db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, complete(valid_until=dt.date(2026, 11, 19)), today=TODAY)
    with db.session() as s:
        assert vetting_gaps(s, vid, dt.date(2026, 11, 19)) == ()
        assert vetting_gaps(s, vid, TODAY) == (
            _("Vetting valid until {date} — expired.").format(date=format_date(dt.date(2026, 11, 19))),
        )
        assert vetting_check(s, vid, TODAY).status == VettingStatus.EXPIRED


# --- foreigners and residence abroad --------------------------------------------------------------
FOREIGNER_STATEMENT = (
    "No statement on the countries of residence in the last 20 years (the volunteer is not a Polish citizen)."
)
FOREIGNER_RECORDS = (
    "No criminal-record information from the country of citizenship (the volunteer is not a Polish citizen)."
)


def test_a_foreigner_needs_the_statement_and_the_records() -> None:
    assert gaps_of(complete(), "ukraińskie") == (_(FOREIGNER_STATEMENT), _(FOREIGNER_RECORDS))
    assert gaps_of(complete(foreign_records="Ukraina: zaświadczenie z 2.09.2026"), "ukraińskie") == (
        _(FOREIGNER_STATEMENT),
    )
    done = complete(residence_statement_date=CHECKED, foreign_records="Ukraina: zaświadczenie z 2.09.2026")
    assert gaps_of(done, "ukraińskie") == ()
    assert evaluate(done, "ukraińskie", TODAY).foreign_required
    assert not evaluate(complete(), "polskie", TODAY).foreign_required


def test_a_dual_citizen_counts_as_a_foreigner() -> None:
    assert gaps_of(complete(), "polskie i ukraińskie") == (_(FOREIGNER_STATEMENT), _(FOREIGNER_RECORDS))


def test_a_polish_citizen_who_lived_abroad_needs_the_statement() -> None:
    assert gaps_of(complete(foreign_records="Niemcy 2015–2019: Führungszeugnis")) == (
        _(
            "No statement on the countries of residence in the last 20 years "
            "(foreign criminal-record information is recorded)."
        ),
    )
    assert gaps_of(complete(foreign_records="Niemcy", residence_statement_date=CHECKED)) == ()


def test_unknown_citizenship_is_a_gap() -> None:
    assert gaps_of(complete(), None) == (
        _(
            "The volunteer's citizenship is not recorded, so it is not known whether the "
            "statements for foreigners are needed."
        ),
    )


@pytest.mark.parametrize(
    ("text", "polish"),
    [
        ("polskie", True), ("Polskie", True), ("POLSKA", True), ("PL", True), ("obywatelstwo polskie", True),
        ("ukraińskie", False), ("polskie, niemieckie", False), ("polskie i ukraińskie", False),
        ("białoruskie", False), ("", None), (None, None), ("  ", None),
    ],
)  # fmt: skip
def test_citizenship_is_read_from_free_text(text: str | None, polish: bool | None) -> None:
    assert citizenship_is_polish(text) is polish


def test_the_gate_in_the_volunteer_database_uses_the_citizenship(db: Database) -> None:
    vid = add_volunteer(db, "Kovalenko Olena", citizenship="ukraińskie")
    save_vetting(db, vid, complete(), today=TODAY)
    with db.session() as s:
        assert vetting_gaps(s, vid, TODAY) == (_(FOREIGNER_STATEMENT), _(FOREIGNER_RECORDS))


def test_gate_sentences_in_polish() -> None:
    """The sentences the assignment gate shows, as the coordinator reads them."""
    set_language("pl")
    assert gaps_of(None, "ukraińskie") == (
        "Brak weryfikacji w RSPTS (Rejestr z dostępem ograniczonym).",
        "Brak sprawdzenia w rejestrze Państwowej Komisji.",
        "Brak informacji z KRK w zakresie art. 21 ust. 3.",
        "Brak oświadczenia o krajach zamieszkania w ostatnich 20 latach "
        "(wolontariusz nie jest obywatelem polskim).",
        "Brak informacji z rejestru karnego państwa obywatelstwa (wolontariusz nie jest obywatelem polskim).",
        "Brak zapoznania ze standardami ochrony małoletnich.",
        "Brak terminu ważności weryfikacji (daty następnego przeglądu).",
    )
    assert gaps_of(complete(krk_has_entries=True, valid_until=dt.date(2026, 2, 3))) == (
        "Informacja z KRK zawiera wpisy.",
        "Weryfikacja ważna do 3.02.2026 — wygasła.",
    )


# --- the current record --------------------------------------------------------------------------
def test_the_newest_record_is_the_current_one(db: Database) -> None:
    vid = add_volunteer(db)
    first = save_vetting(db, vid, complete(), today=TODAY)
    second = save_vetting(db, vid, VettingData(rspts_date=TODAY, rspts_entry_found=False,
                                               rspts_reference="nr 2", rspts_checked_by="ŁŻ"),
                          new_check=True, today=TODAY)  # fmt: skip
    assert second != first
    with db.session() as s:
        assert vetting_check(s, vid, TODAY).status == VettingStatus.INCOMPLETE
        assert vetting_status_for(s, [vid], TODAY)[vid] == VettingStatus.INCOMPLETE
    view = get_vetting(db, vid, today=TODAY)
    assert view.record_id == second and view.data.rspts_reference == "nr 2"
    assert [e.id for e in view.earlier] == [first]
    # Saving without new_check edits the current record, never the older one.
    save_vetting(db, vid, complete(rspts_date=TODAY), today=TODAY)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Vetting)) == 2
        assert s.get(Vetting, first).rspts_date == CHECKED  # type: ignore[union-attr]
        assert vetting_gaps(s, vid, TODAY) == ()


def test_a_new_check_cannot_hide_an_entry_found(db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, complete(commission_entry_found=True), today=TODAY)
    before = audit_rows(db)
    with pytest.raises(VettingRefused):
        save_vetting(db, vid, complete(), new_check=True, today=TODAY)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Vetting)) == 1
        assert vetting_blocks_absolutely(s, vid)
    assert audit_rows(db) == before
    # A typing mistake is corrected in the record itself, and the correction is audited.
    save_vetting(db, vid, complete(), today=TODAY)
    with db.session() as s:
        assert not vetting_blocks_absolutely(s, vid)
    assert audit_rows(db)[-1][3:6] == ("commission_entry_found", "1", "0")


# --- bulk status and reminders --------------------------------------------------------------------
def test_bulk_status_for_many_volunteers(db: Database) -> None:
    ok, incomplete, expired, missing, blocked = (add_volunteer(db, f"Nowak Anna{i}") for i in range(5))
    save_vetting(db, ok, complete(), today=TODAY)
    save_vetting(
        db, incomplete, complete(standards_training_date=None, standards_trained_by=None), today=TODAY
    )
    save_vetting(db, expired, complete(valid_until=dt.date(2026, 11, 1)), today=TODAY)
    save_vetting(db, blocked, complete(rspts_entry_found=True), today=TODAY)
    expected = {
        ok: "complete",
        incomplete: "incomplete",
        expired: "expired",
        missing: "missing",
        blocked: "blocked",
    }
    with db.session() as s:
        assert vetting_status_for(s, expected, TODAY) == expected
        assert vetting_status_for(s, [], TODAY) == {}
        # A long list (beyond the IN-list limit) takes the other path and gives the same answers.
        many = vetting_status_for(s, [*expected, *range(10_000, 11_000)], TODAY)
    assert {vid: many[vid] for vid in expected} == expected
    assert many[10_500] == VettingStatus.MISSING and len(many) == 1005
    assert VettingStatus.EXPIRED.label == _("expired")


def test_expiring_vettings_for_the_dashboard(db: Database) -> None:
    soon = add_volunteer(db, "Żak Ewa")
    later = add_volunteer(db, "Adamczyk Ola")
    far = add_volunteer(db, "Bąk Jan")
    gone = add_volunteer(db, "Cichy Piotr", archived=True)
    ended = add_volunteer(db, "Dudek Iga", status="ended")
    replaced = add_volunteer(db, "Ćwik Ala")
    save_vetting(db, soon, complete(valid_until=TODAY + dt.timedelta(days=3)), today=TODAY)
    save_vetting(db, later, complete(valid_until=TODAY + dt.timedelta(days=30)), today=TODAY)
    save_vetting(db, far, complete(valid_until=TODAY + dt.timedelta(days=31)), today=TODAY)
    for vid in (gone, ended, replaced):
        save_vetting(db, vid, complete(valid_until=TODAY + dt.timedelta(days=5)), today=TODAY)
    save_vetting(
        db,
        replaced,
        complete(rspts_date=TODAY, valid_until=dt.date(2028, 11, 20)),
        new_check=True,
        today=TODAY,
    )
    with db.session() as s:
        rows = vettings_expiring(s, 30, TODAY)
    assert [(r.full_name, r.days_left) for r in rows] == [("Żak Ewa", 3), ("Adamczyk Ola", 30)]


# --- validation -------------------------------------------------------------------------------------
def errors_of(data: VettingData) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        validate_vetting(data, TODAY)
    return caught.value.by_field()


def test_dates_cannot_be_in_the_future_or_impossible() -> None:
    future = TODAY + dt.timedelta(days=1)
    errors = errors_of(
        complete(rspts_date=future, standards_training_date=future, commission_date=dt.date(1999, 1, 1))
    )
    assert errors == {
        "rspts_date": _("The date cannot be in the future."),
        "standards_training_date": _("The date cannot be in the future."),
        "commission_date": _("The date is not possible."),
    }


def test_a_check_needs_its_details() -> None:
    errors = errors_of(
        VettingData(
            rspts_date=CHECKED,
            commission_entry_found=False,
            krk_issue_date=CHECKED,
            standards_trained_by="Łucja Żmuda",
        )
    )
    assert errors == {
        "rspts_entry_found": _("Choose the result of the check."),
        "rspts_reference": _("Enter the printout number or ID of the check."),
        "rspts_checked_by": _("Enter who made the check."),
        "commission_date": _("Enter the date of the State Commission register check."),
        "krk_presented_on": _("Enter the date the KRK information was presented."),
        "krk_has_entries": _("Choose what the KRK information says."),
        "standards_training_date": _("Enter the date of the familiarisation with the standards."),
    }
    assert errors_of(VettingData(rspts_reference="nr 5")) == {
        "rspts_date": _("Enter the date of the RSPTS check.")
    }
    assert errors_of(VettingData(krk_presented_on=CHECKED, krk_has_entries=False)) == {
        "krk_issue_date": _("Enter the issue date of the KRK information.")
    }


def test_krk_information_is_presented_after_it_is_issued() -> None:
    errors = errors_of(complete(krk_issue_date=CHECKED, krk_presented_on=CHECKED - dt.timedelta(days=1)))
    assert errors["krk_presented_on"] == _("The KRK information cannot be presented before it was issued.")


def test_validity_ends_after_the_checks_and_not_too_far() -> None:
    assert errors_of(complete(valid_until=CHECKED)) == {
        "valid_until": _("The validity must end after the checks ({date}).").format(date=format_date(CHECKED))
    }
    assert errors_of(complete(valid_until=dt.date(2040, 1, 1))) == {
        "valid_until": _("The validity is too long (at most {years} years).").format(years=10)
    }


def test_text_is_cleaned_limited_and_the_krk_scope_defaults() -> None:
    clean = validate_vetting(
        complete(krk_scope="  ", rspts_reference="  wydruk   nr 5 ", notes="\n a \n\n"), TODAY
    )
    assert clean.krk_scope == KRK_SCOPE_DEFAULT
    assert clean.rspts_reference == "wydruk nr 5" and clean.notes == "a"
    assert validate_vetting(VettingData(notes="Oczekuje na KRK."), TODAY).krk_scope is None
    assert errors_of(complete(rspts_reference="x" * 81)) == {
        "rspts_reference": _("The text is too long (at most {count} characters).").format(count=80)
    }


def test_a_partial_record_is_saved_and_lists_what_is_missing(db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, VettingData(notes="Oczekuje na informację z KRK."), today=TODAY)
    with db.session() as s:
        assert vetting_check(s, vid, TODAY).status == VettingStatus.INCOMPLETE


def test_a_failed_save_changes_nothing(db: Database) -> None:
    vid = add_volunteer(db)
    save_vetting(db, vid, complete(), today=TODAY)
    before = audit_rows(db)
    with pytest.raises(ValidationErrors):
        save_vetting(db, vid, complete(rspts_reference=None, valid_until=CHECKED), today=TODAY)
    with pytest.raises(VolunteerNotFound):
        save_vetting(db, 999, complete(), today=TODAY)
    assert audit_rows(db) == before
    assert get_vetting(db, vid, today=TODAY).data == complete()


# --- audit ----------------------------------------------------------------------------------------
def test_every_view_is_audited_and_every_change_field_by_field(db: Database) -> None:
    vid = add_volunteer(db)
    view = get_vetting(db, vid, today=TODAY)
    assert view.record_id is None and view.data == VettingData() and view.volunteer_name == "Żaneta Żółć"
    assert audit_rows(db) == [("view", "volunteer", vid, None, None, None, "vetting")]

    record = save_vetting(db, vid, complete(), today=TODAY)
    created = audit_rows(db)[1:]
    assert {r[0] for r in created} == {"create"} and {r[2] for r in created} == {record}
    assert ("create", "vetting", record, "rspts_reference", None, "wydruk RSPTS nr 12345678", None) in created
    assert ("create", "vetting", record, "krk_has_entries", None, "0", None) in created

    get_vetting(db, vid, today=TODAY)
    get_vetting(db, vid, today=TODAY)
    views = [r for r in audit_rows(db) if r[0] == "view"]
    assert len(views) == 3 and all(r[1:3] == ("volunteer", vid) for r in views)

    count = len(audit_rows(db))
    save_vetting(
        db, vid, complete(valid_until=dt.date(2028, 9, 30), notes="Przegląd za 2 lata."), today=TODAY
    )
    changes = audit_rows(db)[count:]
    assert changes == [
        ("update", "vetting", record, "notes", None, "Przegląd za 2 lata.", None),
        ("update", "vetting", record, "valid_until", "2028-10-01", "2028-09-30", None),
    ]
    count = len(audit_rows(db))
    save_vetting(
        db, vid, complete(valid_until=dt.date(2028, 9, 30), notes="Przegląd za 2 lata."), today=TODAY
    )
    assert len(audit_rows(db)) == count, "saving without changes writes nothing"
    with db.session() as s:
        row = s.get(Vetting, record)
        assert row is not None and row.created_by == row.updated_by == current_actor()


def test_the_short_status_reveals_no_content_and_is_not_audited(db: Database) -> None:
    vid = add_volunteer(db)
    assert vetting_status_text(db, vid, today=TODAY) == _("Vetting for work with minors: none.")
    no_krk = {"krk_issue_date": None, "krk_presented_on": None, "krk_has_entries": None, "krk_scope": None}
    save_vetting(
        db, vid, complete(**no_krk, standards_training_date=None, standards_trained_by=None), today=TODAY
    )
    summary = vetting_summary(db, vid, today=TODAY)
    assert (summary.status, summary.missing) == (VettingStatus.INCOMPLETE, 2)
    save_vetting(db, vid, complete(), today=TODAY)
    assert vetting_status_text(db, vid, today=TODAY) == _(
        "Vetting for work with minors: complete, valid until {date}."
    ).format(date=format_date(dt.date(2028, 10, 1)))
    save_vetting(db, vid, complete(rspts_entry_found=True), today=TODAY)
    text = vetting_status_text(db, vid, today=TODAY)
    assert text == _("Vetting for work with minors: negative. The volunteer must not work with minors.")
    assert "RSPTS" not in text
    assert [r for r in audit_rows(db) if r[0] == "view"] == []


# --- suggestions ----------------------------------------------------------------------------------
def test_validity_is_suggested_from_the_oldest_check(db: Database) -> None:
    assert suggest_valid_until(VettingData(), 24) is None
    data = complete(krk_issue_date=dt.date(2026, 8, 31), rspts_date=dt.date(2026, 9, 5))
    assert suggest_valid_until(data, 24) == dt.date(2028, 8, 31)
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 15) == dt.date(2028, 2, 29)
    vid = add_volunteer(db)
    assert get_vetting(db, vid).validity_months == 24
    settings_store.write(db, VALIDITY_MONTHS, 36)
    assert get_vetting(db, vid).validity_months == 36


def test_standards_training_is_offered_from_the_training_register(db: Database) -> None:
    vid = add_volunteer(db)
    assert get_vetting(db, vid, today=TODAY).standards_training_suggestion is None
    old = add_session(
        db, category="child_protection", session_date=dt.date(2026, 3, 2), trainer_name="Jan Bąk"
    )
    new = add_session(db, category="child_protection", session_date=dt.date(2026, 9, 14))
    other = add_session(db, category="first_aid", session_date=dt.date(2026, 10, 1))
    for session_id in (old, new, other):
        add_attendees(db, session_id, [vid], today=TODAY)
    assert get_vetting(db, vid, today=TODAY).standards_training_suggestion == (
        dt.date(2026, 9, 14),
        "Łucja Żmuda",
    )
    add_attendees(db, add_session(db, category="child_protection", session_date=dt.date(2026, 11, 1)), [vid],
                  status="absent", today=TODAY)  # fmt: skip
    assert get_vetting(db, vid, today=TODAY).standards_training_suggestion == (
        dt.date(2026, 9, 14),
        "Łucja Żmuda",
    )


# --- the demo data ---------------------------------------------------------------------------------
def test_every_demo_assignment_with_minors_passes_the_gate(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.session() as s:
            assignments = s.execute(
                select(Assignment.volunteer_id, Assignment.date_from).where(
                    Assignment.involves_minors.is_(True)
                )
            ).all()
            assert assignments
            for volunteer_id, date_from in assignments:
                assert vetting_gaps(s, volunteer_id, date_from) == ()
            statuses = vetting_status_for(s, s.scalars(select(Volunteer.id)), dt.date.today())
        assert set(statuses.values()) <= set(VettingStatus)
    finally:
        database.dispose()
