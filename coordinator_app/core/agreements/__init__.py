"""Agreements (porozumienia, art. 44 of the volunteering act): creating, editing, amending
(annexes) and terminating them, the insurance clause, and validity for the assignment gate.
Qt-free; the form and dialogs live in coordinator_app/ui/agreements/.

`data`, `rules`, `defaults`, `validate`, `warnings`; `queries` (reads), `service` (writes),
`annexes` and `termination` (their reads and writes); `facts` and `validity` hold what is read
inside the caller's session. May import core, db and i18n.
"""

from coordinator_app.core.agreements.annexes import record_annex
from coordinator_app.core.agreements.data import (
    AffectedAssignment,
    AgreementData,
    AgreementDetails,
    AgreementNotFound,
    AgreementRef,
    AgreementRow,
    AgreementState,
    AgreementWarning,
    AnnexData,
    AnnexResult,
    AnnexRow,
    Choice,
    EndingAgreement,
    FormContext,
    InsuranceSettings,
    SaveResult,
    StoredAgreement,
    TerminationData,
    TerminationMode,
    TerminationPreview,
    TerminationResult,
    VolunteerFacts,
    last_valid_day,
)
from coordinator_app.core.agreements.defaults import clause_defaults, default_period_end
from coordinator_app.core.agreements.queries import (
    agreements_ending_within,
    agreements_missing_nnw,
    form_context,
    get_agreement,
    get_agreement_details,
    list_annexes,
    list_volunteer_agreements,
    new_agreement,
)
from coordinator_app.core.agreements.rules import (
    SHORT_PERIOD_DAYS,
    InsuranceClause,
    InsuranceKind,
    agreement_state,
    covers,
    insurance_clause,
    is_short,
    period_days,
    period_text,
    valid_on,
)
from coordinator_app.core.agreements.service import (
    check_agreement,
    create_agreement,
    update_agreement,
)
from coordinator_app.core.agreements.termination import terminate_agreement, termination_preview
from coordinator_app.core.agreements.validity import (
    agreement_gap_message,
    agreement_in_force_on,
    valid_agreement_for,
)

__all__ = [
    "SHORT_PERIOD_DAYS",
    "AffectedAssignment",
    "AgreementData",
    "AgreementDetails",
    "AgreementNotFound",
    "AgreementRef",
    "AgreementRow",
    "AgreementState",
    "AgreementWarning",
    "AnnexData",
    "AnnexResult",
    "AnnexRow",
    "Choice",
    "EndingAgreement",
    "FormContext",
    "InsuranceClause",
    "InsuranceKind",
    "InsuranceSettings",
    "SaveResult",
    "StoredAgreement",
    "TerminationData",
    "TerminationMode",
    "TerminationPreview",
    "TerminationResult",
    "VolunteerFacts",
    "agreement_gap_message",
    "agreement_in_force_on",
    "agreement_state",
    "agreements_ending_within",
    "agreements_missing_nnw",
    "check_agreement",
    "clause_defaults",
    "covers",
    "create_agreement",
    "default_period_end",
    "form_context",
    "get_agreement",
    "get_agreement_details",
    "insurance_clause",
    "is_short",
    "last_valid_day",
    "list_annexes",
    "list_volunteer_agreements",
    "new_agreement",
    "period_days",
    "period_text",
    "record_annex",
    "terminate_agreement",
    "termination_preview",
    "update_agreement",
    "valid_agreement_for",
    "valid_on",
]
