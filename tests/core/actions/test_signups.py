"""Sign-ups: the refusals (minors), the warnings (full, double booking, training, ended) and
the quick registration of a new one-off volunteer with the short agreement."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core import validation as v
from coordinator_app.core.actions import (
    QuickRegistration,
    SignupRefused,
    check_signup,
    get_action,
    quick_register,
    remove_signup,
    sign_up,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActionSignup, Agreement, AgreementActivity, Volunteer
from tests.agreement_helpers import add_signatory, set_insurance
from tests.factories import (
    TODAY,
    TOW,
    add_people,
    agreement_row,
    assignment_row,
    attendance_row,
    save,
    schedule_row,
    training_row,
    village_row,
)
from tests.factories.actions import ACTION_DAY, add_action, add_partner, shift_data


def _shifts(db: Database, action_id: int) -> tuple[int, int]:
    first, second = get_action(db, action_id).shifts
    return first.id, second.id


def _codes(db: Database, shift_id: int, volunteer_id: int) -> list[tuple[str, bool]]:
    return [(i.code, i.refusal) for i in check_signup(db, shift_id, volunteer_id, today=TODAY)]


def test_minor_is_refused_on_adults_only_shift_and_without_consent(db: Database) -> None:
    morning, afternoon = _shifts(db, add_action(db))
    [teen] = add_people(db, "Kowalska Ola", birth_date=dt.date(2011, 3, 1))
    assert _codes(db, morning, teen) == [("adults_only", True)]
    assert _codes(db, afternoon, teen) == [("no_consent", True)]
    with pytest.raises(SignupRefused) as caught:
        sign_up(db, afternoon, teen, today=TODAY)
    assert "zgoda" in str(caught.value)
    with db.session() as s:
        s.get(Volunteer, teen).guardian_consent_date = dt.date(2026, 11, 1)  # type: ignore[union-attr]
    signup_id, warnings = sign_up(db, afternoon, teen, today=TODAY)
    assert warnings == []
    with db.session() as s:
        assert s.get(ActionSignup, signup_id) is not None


def test_full_shift_and_ended_volunteer_are_warnings_only(db: Database) -> None:
    action_id = add_action(db, shifts=[shift_data(people_needed=1)])
    [shift] = [s.id for s in get_action(db, action_id).shifts]
    first, ended = add_people(db, "Nowak Jan", "Lis Ewa")
    with db.session() as s:
        row = s.get(Volunteer, ended)
        assert row is not None
        row.status, row.sex = "ended", "K"
    sign_up(db, shift, first, today=TODAY)
    issues = check_signup(db, shift, ended, today=TODAY)
    assert [(i.code, i.refusal) for i in issues] == [("full", False), ("inactive", False)]
    assert "1 z 1" in issues[0].message
    assert issues[1].message == "Zakończyła wolontariat (lub jest w archiwum)."
    assert _codes(db, shift, first) == [("duplicate", True), ("full", False)]


def test_double_booking_with_another_action_and_a_regular_assignment(db: Database) -> None:
    morning, _afternoon = _shifts(db, add_action(db))
    other = add_action(db, name="Kiermasz szkolny", shifts=[shift_data("12:00", "15:00")])
    [other_shift] = [s.id for s in get_action(db, other).shifts]
    [vid] = add_people(db, "Nowak Jan")
    sign_up(db, morning, vid, today=TODAY)
    issues = check_signup(db, other_shift, vid, today=TODAY)
    assert [i.code for i in issues] == ["double_shift"]
    assert "Świąteczna zbiórka żywności" in issues[0].message and "09:00–13:00" in issues[0].message
    staff = add_signatory(db)
    agreement = save(db, agreement_row(vid, "P/1/2026", representative_id=staff))
    assignment = save(db, assignment_row(vid, agreement, TOW, number="Z/7/2026"))
    save(db, schedule_row(assignment, ACTION_DAY.weekday(), dt.time(8), dt.time(10)))
    save(db, schedule_row(assignment, ACTION_DAY.weekday(), dt.time(15), dt.time(16)))
    issues = check_signup(db, other_shift, vid, today=TODAY)
    assert [i.code for i in issues] == ["double_shift"]  # 12-15 does not touch 8-10 or 15-16
    codes = [i.code for i in check_signup(db, _afternoon, vid, today=TODAY)]
    assert codes == ["double_assignment"]


def test_missing_required_training_is_a_warning(db: Database) -> None:
    action_id = add_action(db, shifts=[shift_data(required_training="safety")])
    [shift] = [s.id for s in get_action(db, action_id).shifts]
    trained, untrained = add_people(db, "Nowak Jan", "Lis Ewa")
    session_id = save(db, training_row(category="safety", session_date=dt.date(2026, 3, 1)))
    save(db, attendance_row(session_id, trained))
    assert _codes(db, shift, trained) == []
    [issue] = check_signup(db, shift, untrained, today=TODAY)
    assert issue.code == "training" and not issue.refusal


def test_remove_signup(db: Database) -> None:
    morning, _ = _shifts(db, add_action(db))
    [vid] = add_people(db, "Nowak Jan")
    signup_id, _w = sign_up(db, morning, vid, today=TODAY)
    remove_signup(db, signup_id)
    assert get_action(db, get_action_id(db, morning)).signups == ()


def get_action_id(db: Database, shift_id: int) -> int:
    from coordinator_app.core.actions import shift_action_id

    return shift_action_id(db, shift_id)


def _teen(village: int, **changes: object) -> QuickRegistration:
    data = QuickRegistration(
        first_name="ola",
        last_name="kowalska",
        sex="K",
        birth_date=dt.date(2011, 3, 1),
        phone="600 111 222",
        village_id=village,
        guardian_name="Anna Kowalska",
        guardian_sex="K",
        guardian_relation="matka",
        guardian_phone="600 333 444",
        guardian_consent_date=dt.date(2026, 11, 18),
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_quick_registration_of_a_minor_creates_volunteer_signup_and_short_agreement(db: Database) -> None:
    set_insurance(db)
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    school = add_partner(db)
    action_id = add_action(db)
    _morning, afternoon = _shifts(db, action_id)
    result = quick_register(db, afternoon, _teen(village, partner_id=school), today=TODAY)
    with db.session() as s:
        volunteer = s.get(Volunteer, result.volunteer_id)
        assert volunteer is not None
        assert (volunteer.first_name, volunteer.last_name, volunteer.locality) == (
            "Ola",
            "Kowalska",
            "Mnichowo",
        )
        assert (volunteer.registered_at_action_id, volunteer.partner_id) == (action_id, school)
        assert volunteer.status == "active" and volunteer.phone == "+48600111222"
        agreement = s.get(Agreement, result.agreement_id)
        assert agreement is not None
        assert (agreement.period_from, agreement.period_to) == (ACTION_DAY, ACTION_DAY)
        assert agreement.written_form is False
        assert agreement.nnw_policy == "NNW/2026/000123"
        assert agreement.guardian_consent_on == dt.date(2026, 11, 18)
        assert "Świąteczna zbiórka żywności" in agreement.scope
        assert agreement.manner.startswith("Świadczenia wykonywane są w miejscu akcji (Mnichowo")
        assert "12.12.2026 r." in agreement.time_commitment
        assert s.scalars(select(AgreementActivity.activity_type_id)).all() == [TOW]
        signup = s.get(ActionSignup, result.signup_id)
        assert signup is not None and signup.partner_id == school
    assert result.agreement_number
    assert [s.registered_here for s in get_action(db, action_id).signups] == [True]


def test_quick_registration_refuses_incomplete_minor_and_adults_only_shift(db: Database) -> None:
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    morning, afternoon = _shifts(db, add_action(db))
    with pytest.raises(v.ValidationErrors) as caught:
        quick_register(db, afternoon, _teen(village, guardian_consent_date=None, phone=""), today=TODAY)
    fields = caught.value.by_field()
    assert set(fields) == {"guardian_consent_date", "phone"}
    assert "zgody" in fields["guardian_consent_date"]
    with pytest.raises(v.ValidationErrors) as caught:
        quick_register(db, morning, _teen(village), today=TODAY)
    assert "tylko dla pełnoletnich" in caught.value.by_field()["volunteer"]
    with db.session() as s:
        assert s.scalars(select(Volunteer)).all() == []  # nothing half-saved


def test_quick_registration_of_an_adult_in_writing(db: Database) -> None:
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    morning, _ = _shifts(db, add_action(db))
    adult = _teen(village, birth_date=dt.date(1990, 1, 1), written_form=True, first_name="Jan", sex="M")
    result = quick_register(db, morning, adult, today=TODAY)
    with db.session() as s:
        volunteer = s.get(Volunteer, result.volunteer_id)
        agreement = s.get(Agreement, result.agreement_id)
        assert volunteer is not None and agreement is not None
        assert volunteer.guardian_name is None
        assert agreement.written_form is True and agreement.guardian_consent_on is None


def test_work_with_children_needs_the_vetting(db: Database) -> None:
    """An action whose activity type involves minors (EDU) checks the child-protection vetting:
    a gap is a warning, an entry found in a register refuses; other actions are not checked."""
    from tests.factories import COMPLETE_VETTING, EDU, vetting_row

    morning, _afternoon = _shifts(db, add_action(db, activity_type_id=EDU))
    plain, _second = _shifts(db, add_action(db, name="Sprzątanie świata"))
    unvetted, vetted, found = add_people(db, "Nowak Jan", "Lis Ewa", "Kot Adam", citizenship="polskie")
    save(db, vetting_row(vetted, **COMPLETE_VETTING))
    save(db, vetting_row(found, **{**COMPLETE_VETTING, "rspts_entry_found": True}))
    assert _codes(db, morning, unvetted) == [("vetting", False)]
    assert _codes(db, morning, vetted) == []
    assert _codes(db, morning, found) == [("vetting", True)]
    assert _codes(db, plain, unvetted) == []
    with pytest.raises(SignupRefused):
        sign_up(db, morning, found, today=TODAY)
