"""The agreement (porozumienie, domain §8.1) and its annex (aneks), assembled from the
Agreement / AgreementAnnex rows the agreements editor keeps (the termination: termination_data).

The core refuses an agreement without its scope, manner, time or termination terms (art. 44
ust. 1), for a minor without the guardian's data, or for 30 days or less without the NNW policy
(art. 46 ust. 3); it warns when the agreement has no end date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from coordinator_app.core.enums import StatementKind
from coordinator_app.core.issuing.agreement_terms import costs_paragraph, termination_paragraph
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.clauses import clause_text, time_clause
from coordinator_app.core.issuing.common import (
    case_values,
    full_name,
    organisation_values,
    period_text,
    person_snapshot,
    person_values,
    postal_address,
    representative,
    representative_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.grammar import gendered, lower_first
from coordinator_app.core.issuing.organisation import OrganisationData
from coordinator_app.core.issuing.safety_data import safety_values
from coordinator_app.core.issuing.snapshot import (
    Assembled,
    DocumentNotFound,
    DocumentRefused,
    Signature,
)
from coordinator_app.core.names import known_forms
from coordinator_app.core.rules import AgeGroup, age_group, age_on
from coordinator_app.core.validation import format_phone
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    AgreementActivity,
    Assignment,
    Volunteer,
    VolunteerStatement,
)
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

NNW_MAX_DAYS = 30  # art. 46 ust. 3: up to 30 days the OPS provides NNW insurance


def agreement_row(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise DocumentNotFound(_("There is no agreement with id {id}.").format(id=agreement_id))
    return row


def period_days(start: dt.date, end: dt.date | None) -> int | None:
    """Days of the agreement period, both ends included; None when indefinite."""
    return None if end is None else (end - start).days + 1


def age_flags(volunteer: Volunteer, on: dt.date) -> tuple[AgeGroup, set[str]]:
    group = age_group(age_on(volunteer.birth_date, on))
    flags = {
        AgeGroup.ADULT: {"pelnoletni"},
        AgeGroup.MINOR: {"maloletni", "od_13_do_17"},
        AgeGroup.CHILD: {"maloletni", "ponizej_13"},
    }[group]
    return group, flags


def volunteer_address(volunteer: Volunteer) -> str:
    return postal_address(
        volunteer.street,
        volunteer.house_number,
        volunteer.flat_number,
        volunteer.postal_code,
        volunteer.locality,
        volunteer.post_office,
    )


def _address_key(text: str) -> tuple[str, str]:
    """(street or village with the number, postal code): what makes two ways of writing one
    address the same place."""
    first, _sep, rest = text.partition(",")
    street = " ".join(first.split()).lower().removeprefix("ul. ")
    return street, (rest.split() or [""])[0]


def guardian_address(volunteer: Volunteer) -> str:
    """The guardian's address in the volunteer's format: the volunteer's own when none is
    recorded or when the recorded one is the same place written differently."""
    own = volunteer_address(volunteer)
    written = " ".join((volunteer.guardian_address or "").split())
    if not written or _address_key(written) == _address_key(own):
        return own
    return written


def child_travel(agreement: Agreement, values: dict[str, str]) -> set[str]:
    """The adult on site and the way to and from it (an under-13's agreement); flags for both."""
    flags = set()
    for flag, name, text in (
        ("towarzyszy", "opiekun_na_miejscu", agreement.minor_escort),
        ("dojazd", "dojazd", agreement.minor_travel),
    ):
        cleaned = " ".join((text or "").split()).rstrip(".")
        values[name] = cleaned
        if cleaned:
            flags.add(flag)
    return flags


def guardian_values(volunteer: Volunteer) -> dict[str, str]:
    """The guardian's name, address, phone and relation to the child; the relation
    ("matka", "opiekun prawny") also in every case (`{opiekun_stosunek@N}` "matką"), so that it
    follows the sentence it stands in; when it is not recorded or its forms are unknown, the
    template leaves it out of declined phrases."""
    relation = " ".join((volunteer.guardian_relation or "").split()).lower()
    forms = known_forms(object_session(volunteer), "title", relation) if relation else None
    return {
        **case_values("opiekun_stosunek", forms),
        "opiekun": volunteer.guardian_name or "",
        "opiekun_stosunek": relation,
        "opiekun_adres": guardian_address(volunteer),
        "opiekun_telefon": format_phone(volunteer.guardian_phone) or "………………",
    }


def require_guardian(group: AgeGroup, volunteer: Volunteer) -> None:
    if group is not AgeGroup.ADULT and not (volunteer.guardian_name or "").strip():
        raise DocumentRefused(
            _(
                "The volunteer is a minor: enter the legal guardian's name in the volunteer's "
                "record before printing."
            )
        )


def _identifier(volunteer: Volunteer) -> str:
    if volunteer.pesel:
        return f"PESEL {volunteer.pesel}"
    text = f"ur. {long_date(volunteer.birth_date)} r."
    if volunteer.id_document:
        text += f", dokument tożsamości {volunteer.id_document}"
    return text


def agreement_signatures(
    group: AgeGroup, sex: str | None, ops_name: str, volunteer: Volunteer
) -> list[Signature]:
    ops = Signature("Korzystający (podpis, pieczęć)", ops_name)
    guardian = Signature("Przedstawiciel ustawowy", volunteer.guardian_name or "")
    person = Signature(gendered(sex, "Wolontariusz", "Wolontariuszka"), full_name(volunteer))
    if group is AgeGroup.CHILD:
        return [ops, guardian]
    if group is AgeGroup.MINOR:
        return [ops, person, guardian]
    return [ops, person]


def agreement_activities(session: Session, agreement_id: int) -> list[ActivityType]:
    return list(
        session.scalars(
            select(ActivityType)
            .join(AgreementActivity, AgreementActivity.activity_type_id == ActivityType.id)
            .where(AgreementActivity.agreement_id == agreement_id)
            .order_by(ActivityType.sort_order, ActivityType.id)
        )
    )


def involves_minors(session: Session, agreement_id: int, activities: list[ActivityType]) -> bool:
    if any(activity.involves_minors for activity in activities):
        return True
    found = session.scalar(
        select(Assignment.id)
        .where(Assignment.agreement_id == agreement_id, Assignment.involves_minors.is_(True))
        .limit(1)
    )
    return found is not None


def _travel_waiver(session: Session, volunteer_id: int) -> VolunteerStatement | None:
    return session.scalars(
        select(VolunteerStatement).where(
            VolunteerStatement.volunteer_id == volunteer_id,
            VolunteerStatement.kind == StatementKind.TRAVEL_WAIVER.value,
            VolunteerStatement.withdrawn_on.is_(None),
        )
    ).first()


def _missing_content(agreement: Agreement, activities: list[ActivityType]) -> list[str]:
    missing = []
    if not activities and not (agreement.scope or "").strip():
        missing.append(_("scope of services"))
    if not (agreement.manner or "").strip():
        missing.append(_("manner of performing them"))
    if not (agreement.time_commitment or "").strip():
        missing.append(_("time commitment"))
    if not (agreement.termination_terms or "").strip():
        missing.append(_("termination clause"))
    return missing


def _refuse_incomplete(agreement: Agreement, activities: list[ActivityType]) -> None:
    missing = _missing_content(agreement, activities)
    if missing:
        raise DocumentRefused(
            _("The agreement cannot be printed without its {missing} (art. 44 ust. 1).").format(
                missing=", ".join(missing)
            )
        )


def _insurance(
    agreement: Agreement, org: OrganisationData, flags: set[str], values: dict[str, str]
) -> list[str]:
    """The insurance flags (art. 46): NNW up to 30 days, the statutory cover beyond; warnings."""
    warnings = []
    days = period_days(agreement.period_from, agreement.period_to)
    policy = agreement.nnw_policy or org.nnw_policy
    if days is None:
        flags |= {"bez_terminu", "ustawowe"}
        warnings.append(
            _(
                "The agreement has no end date. Agreements for an indefinite time are best avoided: "
                "the insurance depends on the period."
            )
        )
    elif days <= NNW_MAX_DAYS:
        flags.add("nnw")
        if not (org.nnw_insurer and policy):
            raise DocumentRefused(
                _(
                    "The agreement is for 30 days or less, so the OPS must insure the volunteer (NNW): "
                    "enter the insurer and the policy number in the organisation settings or the agreement."
                )
            )
    else:
        flags.add("ustawowe")
    if "ustawowe" in flags and agreement.nnw_policy and org.nnw_insurer:
        flags.add("polisa")
    if agreement.oc_policy:
        flags.add("oc")
        values["polisa_oc"] = agreement.oc_policy
    values["polisa_nnw"] = policy or ""
    return warnings


def _content_flags(
    session: Session,
    agreement: Agreement,
    activities: list[ActivityType],
    options: dict[str, Any],
    flags: set[str],
    values: dict[str, str],
) -> VolunteerStatement | None:
    """Flags of the optional clauses and annexes; returns the travel-cost waiver on record."""
    if (agreement.cost_rules or "").strip():
        flags.add("koszty")
    waiver = _travel_waiver(session, agreement.volunteer_id)
    values["zakres_zwolnienia"] = "w całości"
    if waiver is not None:
        flags.add("zwolnienie_z_kosztow")
        values["zakres_zwolnienia"] = "w części" if (waiver.scope or "").startswith("part") else "w całości"
    if involves_minors(session, agreement.id, activities):
        flags.add("praca_z_dziecmi")
    if any(activity.requires_qualification for activity in activities):
        flags.add("kwalifikacje")
    if flags & {"praca_z_dziecmi", "kwalifikacje"}:
        flags.add("kwalifikacje_lub_dzieci")
    if options["image_consent"]:
        flags.add("wizerunek")
    if activities:
        flags.add("rodzaje")
    if values.get("koordynator"):
        flags.add("koordynator")
    # one version of the travel-cost waiver: the signed statement cited in the costs paragraph,
    # a blank form attached only when none is recorded and the coordinator asks for it
    if options["travel_waiver_form"] and waiver is None:
        flags.add("formularz_zwolnienia")
    return waiver


def _agreement_values(
    agreement: Agreement, volunteer: Volunteer, activities: list[ActivityType], ops_text: str, clause: str
) -> dict[str, str]:
    values = person_values(volunteer)
    values.update(guardian_values(volunteer))
    values.update(
        {
            "numer": agreement.number,
            "data_zawarcia": long_date(agreement.concluded_on),
            "miejsce_zawarcia": agreement.concluded_in,
            "reprezentant": ops_text,
            "adres_wolontariusza": volunteer_address(volunteer),
            "identyfikator": _identifier(volunteer),
            "rodzaje_dzialan": "; ".join(lower_first(activity.name) for activity in activities),
            "zakres": clause_text(agreement.scope),
            "sposob": clause_text(agreement.manner),
            "czas": time_clause(agreement.time_commitment),
            "data_od": long_date(agreement.period_from),
            "data_do": long_date(agreement.period_to) if agreement.period_to else "",
            "okres": period_text(agreement.period_from, agreement.period_to),
            "klauzula_rodo": clause,
        }
    )
    return values


def assemble_agreement(
    session: Session, agreement_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    """Options: `copies` (1 or 2, default 2), `image_consent` (print the image-consent form,
    default yes), `travel_waiver_form` (attach a blank waiver form; never beside a recorded waiver,
    which the costs paragraph cites instead)."""
    options = {"copies": 2, "image_consent": True, "travel_waiver_form": False, **(options or {})}
    agreement = agreement_row(session, agreement_id)
    volunteer = volunteer_row(session, agreement.volunteer_id)
    org = require_organisation(session, full=True)
    activities = agreement_activities(session, agreement.id)
    _refuse_incomplete(agreement, activities)
    group, flags = age_flags(volunteer, agreement.concluded_on)
    require_guardian(group, volunteer)
    values = organisation_values(org, session)
    warnings = _insurance(agreement, org, flags, values)
    waiver = _content_flags(session, agreement, activities, options, flags, values)
    ops_text, ops_name = representative(session, agreement.representative_id, org)
    values.update(representative_values(session, agreement.representative_id, org))
    values.update(_agreement_values(agreement, volunteer, activities, ops_text, org.gdpr_clause or ""))
    flags |= child_travel(agreement, values)  # under 13: the adult on site, getting there and back
    values["zasady_kosztow"], cost_warnings = costs_paragraph(agreement, waiver, group)
    values["warunki_rozwiazania"], notice_warnings = termination_paragraph(agreement)
    warnings += cost_warnings + notice_warnings
    safety, safety_warnings = safety_values(session, volunteer, activities, flags, org.gdpr_clause or "")
    values.update(safety)
    warnings += safety_warnings
    snapshot = person_snapshot(
        kind=DocumentKind.AGREEMENT.value,
        subject=f"agreement:{agreement.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        number=agreement.number,
        values=values,
        flags=flags,
        signatures=agreement_signatures(group, volunteer.sex, ops_name, volunteer),
        options={
            "copies": 2 if int(options["copies"]) != 1 else 1,
            "travel_waiver_form": "formularz_zwolnienia" in flags,
        },
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
    )
    return Assembled(snapshot, warnings, own_number=agreement.number, own_date=None)
