"""A client's details, laid out for the read-only details window (no health notes)."""

from __future__ import annotations

from coordinator_app.core.clients import ClientDetails, client_type_label, need_priority_label
from coordinator_app.core.enums import AssignmentStatus, ClientStatus, NeedStatus, Sex
from coordinator_app.core.validation import format_phone
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.widgets.details_dialog import DetailsDocument


def format_address(c: ClientDetails) -> str:
    """Postal order (domain §6.4): street or, in a village without streets, the locality."""
    number = f"{c.house_number}/{c.flat_number}" if c.flat_number else c.house_number
    first = f"{c.street} {number}" if c.street else f"{c.locality} {number}"
    second = f"{c.postal_code} {c.locality}"
    if c.post_office and c.post_office != c.locality:
        second += ", " + _("post office {name}").format(name=c.post_office)
    return f"{first}\n{second}"


def _joined(*parts: str | None) -> str:
    return ", ".join(part for part in parts if part)


def _children(c: ClientDetails) -> str:
    if not c.children_in_household:
        return _("no")
    return _joined(_("yes"), str(c.children_count) if c.children_count else None, c.children_age_bands)


def _assessment(c: ClientDetails) -> tuple[str, bool]:
    if c.assessment_valid_until is None:
        return _("not assessed"), True
    text = format_date(c.assessment_valid_until)
    if c.assessment_expired:
        return _("{date} (expired)").format(date=text), True
    return text, False


def client_document(c: ClientDetails) -> DetailsDocument:
    doc = DetailsDocument(_("Client {code}: {name}").format(code=c.code, name=c.full_name))
    doc.section(_("Client"))
    doc.field(_("Code"), c.code)
    doc.field(_("Surname and first name"), f"{c.last_name} {c.first_name}")
    doc.field(_("Sex"), Sex(c.sex).label if c.sex else None)
    doc.field(_("Year of birth"), str(c.birth_year) if c.birth_year else None)
    doc.field(_("Type"), ", ".join(client_type_label(code) for code in c.type_codes))
    doc.field(_("Status"), ClientStatus(c.status).label)
    if c.support_ended_on is not None:
        doc.field(_("Support ended on"), format_date(c.support_ended_on))

    doc.section(_("Address and contact"))
    doc.field(_("Address"), format_address(c))
    doc.field(_("Village"), c.village)
    doc.field(_("Phone"), format_phone(c.phone) if c.phone else None)
    doc.field(_("Directions"), c.directions)
    doc.field(_("Contact person"), _joined(c.contact_name, c.contact_relation, format_phone(c.contact_phone)))

    doc.section(_("Support"))
    doc.field(_("Social worker"), c.social_worker)
    assessment, warning = _assessment(c)
    doc.field(_("Needs assessment valid until"), assessment, warning=warning)
    doc.field(
        _("Consent to volunteer visits"),
        _joined(format_date(c.visit_consent_date), c.visit_consent_how),
        warning=c.visit_consent_date is None,
    )
    doc.field(_("Children in the household"), _children(c))
    doc.field(_("Notes for the volunteer"), c.notes_for_volunteer)

    doc.section(_("Needs"))
    doc.table(
        (_("Activity"), _("Description"), _("When"), _("Priority"), _("Status"), _("Reported on")),
        [
            (
                n.activity_name,
                n.description,
                _joined(n.frequency, n.preferred_times),
                need_priority_label(n.priority),
                NeedStatus(n.status).label,
                format_date(n.reported_on),
            )
            for n in c.needs
        ],
        empty=_("No needs recorded."),
    )

    doc.section(_("Assignments"))
    doc.table(
        (_("Number"), _("Volunteer"), _("Activity"), _("Status"), _("From"), _("To"), _("Confirmed hours")),
        [
            (
                a.number,
                a.volunteer_name,
                a.activity_name,
                AssignmentStatus(a.status).label,
                format_date(a.date_from),
                format_date(a.date_to),
                format_hours(a.confirmed_minutes),
            )
            for a in c.assignments
        ],
        empty=_("No volunteer has been assigned to this client."),
    )
    return doc
