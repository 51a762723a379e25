"""Child-protection vetting (weryfikacja, "Lex Kamilek"): the rules, the assignment gate's
questions, the audited editor's services and the dashboard's bulk status.

Criminal-record data (art. 10 RODO), processed under the act of 13 May 2016, never on consent.

`data`, `rules`, `validate`; `queries` (reads: verdicts, never content, so no audit entry; the
gate's questions take the caller's session), `service` (the audited view and the save). May
import core, db and i18n.
"""

from coordinator_app.core.vetting.data import (
    KRK_SCOPE_DEFAULT,
    REVIEW_SOON_DAYS,
    VALIDITY_MONTHS,
    VETTING_FIELDS,
    EarlierVetting,
    ExpiringVetting,
    VettingCheck,
    VettingData,
    VettingStatus,
    VettingSummary,
    VettingView,
)
from coordinator_app.core.vetting.queries import (
    IssuedStatement,
    current_vetting,
    issued_statements,
    record_vetting_view,
    vetting_blocks_absolutely,
    vetting_check,
    vetting_gaps,
    vetting_status_for,
    vetting_status_text,
    vetting_summary,
    vettings_expiring,
)
from coordinator_app.core.vetting.rules import (
    citizenship_is_polish,
    evaluate,
    foreign_statements_required,
    suggest_valid_until,
)
from coordinator_app.core.vetting.service import VettingRefused, get_vetting, save_vetting
from coordinator_app.core.vetting.validate import validate_vetting

__all__ = [
    "KRK_SCOPE_DEFAULT",
    "REVIEW_SOON_DAYS",
    "VALIDITY_MONTHS",
    "VETTING_FIELDS",
    "EarlierVetting",
    "ExpiringVetting",
    "IssuedStatement",
    "VettingCheck",
    "VettingData",
    "VettingRefused",
    "VettingStatus",
    "VettingSummary",
    "VettingView",
    "citizenship_is_polish",
    "current_vetting",
    "evaluate",
    "foreign_statements_required",
    "get_vetting",
    "issued_statements",
    "record_vetting_view",
    "save_vetting",
    "suggest_valid_until",
    "validate_vetting",
    "vetting_blocks_absolutely",
    "vetting_check",
    "vetting_gaps",
    "vetting_status_for",
    "vetting_status_text",
    "vetting_summary",
    "vettings_expiring",
]
