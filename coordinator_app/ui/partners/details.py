"""A partner's details for the read-only details window: the record, its contact persons, the
volunteers who came through it, the actions it organised or joined and its share of hours."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.enums import Sex, VolunteerStatus
from coordinator_app.core.partners import PartnerDetails, partner_kind_label
from coordinator_app.core.validation import format_phone
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.widgets.details_dialog import DetailsDocument

ACTION_STATUS_LABELS = {
    "planned": N_("planned"),
    "open": N_("sign-ups open"),
    "done": N_("done"),
    "cancelled": N_("cancelled"),
}


def _address(d: PartnerDetails) -> str:
    data = d.data
    first = f"{data.street} {data.house_number}" if data.street else f"{data.locality} {data.house_number}"
    second = f"{data.postal_code} {data.post_office or data.locality}"
    return f"{first}\n{second}"


def _period(start: dt.date, end: dt.date) -> str:
    return format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}"


def _record(doc: DetailsDocument, d: PartnerDetails) -> None:
    data = d.data
    doc.section(_("Partner"))
    doc.field(_("Name"), data.name)
    doc.field(_("Short name"), data.short_name)
    doc.field(_("Kind"), partner_kind_label(data.kind))
    doc.field(_("Address"), _address(d))
    doc.field(_("Village"), d.village)
    doc.field(_("Phone"), format_phone(data.phone) if data.phone else None)
    doc.field(_("E-mail"), data.email)
    ids = ", ".join(
        f"{name} {value}"
        for name, value in (("NIP", data.nip), ("REGON", data.regon), ("KRS", data.krs))
        if value
    )
    doc.field(_("Identifiers"), ids or None)
    sex = f" ({Sex(data.represented_by_sex).label})" if data.represented_by_sex else ""
    representative = ", ".join(p for p in (data.represented_by, data.represented_by_role) if p)
    doc.field(_("Represented by"), representative + sex if representative else None)
    doc.field(_("Cooperation since"), format_date(data.cooperation_since) if data.cooperation_since else None)
    doc.field(_("Coalition member"), _("yes") if data.coalition_member else _("no"))
    doc.field(_("Active partner"), _("yes") if data.active else _("no"))
    agreement = None
    if d.agreement_number:
        agreement = _("{number} of {date}").format(
            number=d.agreement_number,
            date=format_date(d.agreement_signed_on) if d.agreement_signed_on else "—",
        )
    doc.field(_("Cooperation agreement"), agreement)
    doc.field(
        _("Agreement valid to"), format_date(data.agreement_valid_to) if data.agreement_valid_to else None
    )
    doc.field(_("Cooperation scope"), data.cooperation_scope)
    doc.field(_("Notes"), data.notes)


def partner_document(d: PartnerDetails) -> DetailsDocument:
    doc = DetailsDocument(d.data.name)
    _record(doc, d)
    doc.section(_("Contact persons"))
    doc.table(
        [_("First name and surname"), _("Function"), _("Phone"), _("E-mail")],
        [
            [c.full_name + (" ★" if c.primary else ""), c.role, format_phone(c.phone), c.email]
            for c in d.data.contacts
        ],
        _("No contact persons."),
    )
    share = d.share
    doc.section(_("Share in actions and hours"))
    doc.field(_("Actions organised"), str(share.actions_organised))
    doc.field(_("Actions joined"), str(share.actions_joined))
    doc.field(_("Volunteers who came through it"), str(share.volunteers))
    doc.field(_("Hours at actions"), format_hours(share.action_minutes))
    doc.field(_("All confirmed hours of its volunteers"), format_hours(share.volunteer_minutes))
    doc.section(_("Volunteers who came through the partner"))
    doc.table(
        [
            _("Volunteer"),
            _("Locality"),
            _("Status"),
            _("How"),
            _("Sign-ups"),
            _("Hours at actions"),
            _("All hours"),
        ],
        [
            [
                v.name,
                v.locality,
                VolunteerStatus(v.status).label
                if v.status in {s.value for s in VolunteerStatus}
                else v.status,
                _("recorded") if v.on_record else _("action sign-up"),
                str(v.signups),
                format_hours(v.action_minutes),
                format_hours(v.total_minutes),
            ]
            for v in d.volunteers
        ],
        _("No volunteer has come through this partner yet."),
    )
    doc.section(_("Actions"))
    doc.table(
        [_("Action"), _("Date"), _("Status"), _("Function"), _("Sign-ups"), _("Hours")],
        [
            [
                a.name + (f" ({a.contribution})" if a.contribution else ""),
                _period(a.date_from, a.date_to),
                _(ACTION_STATUS_LABELS[a.status]) if a.status in ACTION_STATUS_LABELS else a.status,
                _("organiser") if a.organiser else _("partner"),
                str(a.signups),
                format_hours(a.minutes),
            ]
            for a in d.actions
        ],
        _("The partner has not organised or joined any action yet."),
    )
    return doc
