"""Quick registration of a new one-off volunteer at an action: the volunteer (registered at
the action, through the partner they came with), the sign-up and the short agreement for the
action's days (written form only when asked for; the NNW policy of the organisation), all in
one transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coordinator_app.core.actions.data import QuickRegistration, QuickResult
from coordinator_app.core.actions.signups import (
    add_signup,
    load_shift,
    person_issues,
    refusal_error,
    refuse_closed_action,
)
from coordinator_app.core.actions.validate import validate_quick
from coordinator_app.core.agreements.data import AGREEMENT_FIELDS, AgreementData
from coordinator_app.core.agreements.defaults import clause_defaults, pl_date
from coordinator_app.core.agreements.facts import default_representative, rule_context, signatories
from coordinator_app.core.agreements.service import ENTITY as AGREEMENT_ENTITY
from coordinator_app.core.agreements.service import audit_view
from coordinator_app.core.agreements.validate import validate_agreement
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.core.rules import age_on
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionShift,
    Agreement,
    AgreementActivity,
    Organisation,
    Village,
    Volunteer,
    VolunteerStatusChange,
)
from coordinator_app.i18n import _

VOLUNTEER_ENTITY = "volunteer"
_QUICK_FIELDS = (
    "first_name",
    "last_name",
    "sex",
    "birth_date",
    "phone",
    "email",
    "village_id",
    "partner_id",
    "guardian_name",
    "guardian_sex",
    "guardian_relation",
    "guardian_phone",
    "guardian_consent_date",
)


def quick_register(
    db: Database, shift_id: int, data: QuickRegistration, *, today: dt.date | None = None
) -> QuickResult:
    """Register a new one-off volunteer for the shift. Raises `ValidationErrors` (the form's
    fields, the shift's refusals under "volunteer", the agreement's under its own names)."""
    today = today or dt.date.today()
    with db.session() as session:
        shift, action = load_shift(session, shift_id)
        refuse_closed_action(action)
        clean = validate_quick(data, shift.shift_date, today)
        volunteer = _new_volunteer(session, clean, action, today)
        refusals = [i for i in person_issues(session, shift, volunteer, new_person=True) if i.refusal]
        if refusals:
            raise refusal_error(refusals)
        signup_id = add_signup(session, shift, volunteer.id, clean.partner_id, today)
        agreement_id, number, warnings = _short_agreement(session, volunteer, action, shift, clean, today)
        return QuickResult(volunteer.id, signup_id, agreement_id, number, warnings)


def _new_volunteer(session: Session, clean: QuickRegistration, action: Action, today: dt.date) -> Volunteer:
    village = session.get(Village, clean.village_id)
    row = Volunteer(
        **{name: getattr(clean, name) for name in _QUICK_FIELDS},
        house_number="",
        postal_code="",
        locality=village.name if village else "",
        gmina=village.gmina if village else None,
        status=VolunteerStatus.ACTIVE.value,
        application_date=today,
        start_date=action.date_from,
        registered_at_action_id=action.id,
        heard_from=action.name[:200],
    )
    row.created_by = row.updated_by = current_actor()
    session.add(row)
    session.flush()
    session.add(
        VolunteerStatusChange(
            volunteer_id=row.id,
            old_status=None,
            new_status=row.status,
            changed_on=today,
            reason=_("Registered at the action „{name}”").format(name=action.name)[:300],
        )
    )
    view = {name: getattr(clean, name) for name in _QUICK_FIELDS}
    view["registered_at_action_id"] = action.id
    record_changes(session, VOLUNTEER_ENTITY, row.id, {}, view, action="create")
    return row


def short_agreement_texts(action: Action, shift: ActionShift) -> tuple[str, str, str]:
    """The scope, the manner and the time of a short agreement for one action (Polish, as
    printed): the place of the action, the shifts, attendance confirmed on the attendance sheet."""
    where = f" ({action.place})" if action.place else ""
    scope = (
        f"Świadczenia wykonywane są w ramach jednorazowej akcji „{action.name}”{where}, "
        "w zakresie wymienionych rodzajów działań, zgodnie ze wskazaniami koordynatora wolontariatu."
    )
    if action.date_from == action.date_to:
        days = f"w dniu {pl_date(action.date_from)}"
    else:
        days = f"w dniach od {pl_date(action.date_from)} do {pl_date(action.date_to)}"
    time = (
        f"Świadczenia wykonywane będą {days}, w godzinach dyżuru uzgodnionych z koordynatorem "
        f"wolontariatu (pierwszy dyżur: {shift.start_time:%H:%M}–{shift.end_time:%H:%M})."
    )
    manner = (
        f"Świadczenia wykonywane są w miejscu akcji{where}, w czasie dyżurów uzgodnionych "
        "z koordynatorem wolontariatu.\n"
        "Świadczenia wykonywane są osobiście. Powierzenie ich osobie trzeciej wymaga zgody Korzystającego.\n"
        "Obecność i czas wykonywania świadczeń potwierdza się na liście obecności prowadzonej podczas akcji."
    )
    return scope, manner, time


def _short_agreement(
    session: Session,
    volunteer: Volunteer,
    action: Action,
    shift: ActionShift,
    clean: QuickRegistration,
    today: dt.date,
) -> tuple[int, str, tuple[str, ...]]:
    org = session.get(Organisation, 1)
    minor = age_on(volunteer.birth_date, shift.shift_date) < 18
    texts = clause_defaults(
        gmina=org.gmina if org else None,
        coordinator=org.coordinator_name if org else None,
        hours_per_month=None,
        waiver_signed_on=None,
        age="minor" if minor else "adult",
    )
    scope, manner, time = short_agreement_texts(action, shift)
    concluded = min(today, action.date_from)
    data = AgreementData(
        concluded_on=concluded,
        concluded_in=((org.place_for_dates or org.locality) if org else None) or volunteer.locality,
        period_from=action.date_from,
        period_to=action.date_to,
        activity_ids={action.activity_type_id},
        scope=scope,
        manner=manner,
        time_commitment=time,
        termination_terms=texts.termination_terms,
        written_form=clean.written_form,
        cost_rules=texts.cost_rules,
        representative_id=default_representative(session, signatories(session, None), concluded),
        guardian_consent_on=clean.guardian_consent_date if minor else None,
    )
    ctx = rule_context(session, volunteer.id, data, None)
    agreement, warnings = validate_agreement(data, ctx, today, creating=True)
    assert agreement.concluded_on is not None
    agreement.number = next_number(session, "agreement", agreement.concluded_on)
    row = Agreement(
        volunteer_id=volunteer.id, **{name: getattr(agreement, name) for name in AGREEMENT_FIELDS}
    )
    row.created_by = row.updated_by = current_actor()
    session.add(row)
    session.flush()
    session.add_all(
        AgreementActivity(agreement_id=row.id, activity_type_id=aid) for aid in agreement.activity_ids
    )
    view = audit_view(agreement)
    view["volunteer_id"] = volunteer.id
    record_changes(session, AGREEMENT_ENTITY, row.id, {}, view, action="create")
    return row.id, agreement.number, tuple(w.message for w in warnings)
