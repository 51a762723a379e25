"""The agreement annex (aneks), assembled from its stored row and the agreement it amends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coordinator_app.core.issuing.agreement_data import (
    age_flags,
    agreement_activities,
    agreement_row,
    agreement_signatures,
    guardian_values,
    involves_minors,
    require_guardian,
)
from coordinator_app.core.issuing.annex_changes import annex_points, paragraph_numbers, split_points
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    organisation_values,
    person_snapshot,
    person_values,
    representative,
    representative_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.snapshot import (
    Assembled,
    DocumentNotFound,
    DocumentRefused,
)
from coordinator_app.core.issuing.templates import current_template
from coordinator_app.db.models import (
    AgreementAnnex,
)
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date


def annex_row(session: Session, annex_id: int) -> AgreementAnnex:
    row = session.get(AgreementAnnex, annex_id)
    if row is None:
        raise DocumentNotFound(_("There is no agreement annex with id {id}.").format(id=annex_id))
    return row


def assemble_annex(session: Session, annex_id: int, issued_on: dt.date) -> Assembled:
    annex = annex_row(session, annex_id)
    agreement = agreement_row(session, annex.agreement_id)
    volunteer = volunteer_row(session, agreement.volunteer_id)
    org = require_organisation(session, full=True)
    if not (annex.changes or "").strip():
        raise DocumentRefused(_("The annex states no changes to the agreement."))
    group, flags = age_flags(volunteer, annex.signed_on)
    require_guardian(group, volunteer)
    ops_text, ops_name = representative(session, agreement.representative_id, org)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(representative_values(session, agreement.representative_id, org))
    values.update(guardian_values(volunteer))
    values.update(
        {
            "numer": annex.number,
            "numer_porozumienia": agreement.number,
            "data_porozumienia": long_date(agreement.concluded_on),
            "data_aneksu": long_date(annex.signed_on),
            "reprezentant": ops_text,
            "zmiany": "",
        }
    )
    activities = agreement_activities(session, agreement.id)
    numbering_flags = set(age_flags(volunteer, agreement.concluded_on)[1])
    if involves_minors(session, agreement.id, activities) or any(
        a.requires_qualification for a in activities
    ):
        numbering_flags.add("kwalifikacje_lub_dzieci")
    numbers = paragraph_numbers(current_template(session, DocumentKind.AGREEMENT.value).body, numbering_flags)
    found = annex_points(
        agreement, split_points(annex.changes), numbers, has_activities=bool(activities), sex=volunteer.sex
    )
    changes = found.points
    warnings = (
        [
            _(
                "Point {points} of the annex does not say what wording it gives the agreement; an annex "
                'should read "§ N ust. M otrzymuje brzmienie: …". Check it before signing.'
            ).format(points=", ".join(str(n) for n in found.unclear))
        ]
        if found.unclear
        else []
    )
    snapshot = person_snapshot(
        kind=DocumentKind.ANNEX.value,
        subject=f"annex:{annex.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        number=annex.number,
        values=values,
        flags=flags,
        lists={"changes": changes},
        signatures=agreement_signatures(group, volunteer.sex, ops_name, volunteer),
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
    )
    return Assembled(snapshot, warnings, own_number=annex.number)
