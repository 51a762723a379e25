"""Local partner use cases: the list, one partner with its contact persons, its volunteers,
actions and share of hours, editing.

`data` (plain data and labels), `validate`, `queries` (reads, every figure summed in SQL),
`shares` (every partner's share in a period, for the summaries), `service` (writes). May
import core, db and i18n.
"""

from coordinator_app.core.partners.data import (
    PARTNER_KIND_LABELS,
    ContactData,
    PartnerAction,
    PartnerData,
    PartnerDetails,
    PartnerNotFound,
    PartnerRow,
    PartnerShare,
    PartnerVolunteer,
    partner_kind_label,
)
from coordinator_app.core.partners.queries import (
    get_partner,
    get_partner_details,
    list_partners,
    partner_options,
    partner_options_for_volunteer,
    partner_share,
)
from coordinator_app.core.partners.service import create_partner, update_partner
from coordinator_app.core.partners.shares import PartnerShareRow, partner_shares
from coordinator_app.core.partners.validate import validate_contact, validate_partner

__all__ = [
    "PARTNER_KIND_LABELS",
    "ContactData",
    "PartnerAction",
    "PartnerData",
    "PartnerDetails",
    "PartnerNotFound",
    "PartnerRow",
    "PartnerShare",
    "PartnerShareRow",
    "PartnerVolunteer",
    "create_partner",
    "get_partner",
    "get_partner_details",
    "list_partners",
    "partner_kind_label",
    "partner_options",
    "partner_options_for_volunteer",
    "partner_share",
    "partner_shares",
    "update_partner",
    "validate_contact",
    "validate_partner",
]
