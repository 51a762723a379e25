"""The default Polish wording of every document kind, stored as version 1 of its template the
first time it is used. The OPS's legal adviser changes it in the template editor; these texts
are a proposal following domain §8 and must be approved by the OPS (legal adviser and IOD).
Plain text only: imports nothing but its own modules."""

from __future__ import annotations

from coordinator_app.core.issuing.defaults.agreement import AGREEMENT, ANNEX, EXPIRY, TERMINATION
from coordinator_app.core.issuing.defaults.child_protection import NO_RECORD_STATEMENT, RESIDENCE_STATEMENT
from coordinator_app.core.issuing.defaults.cooperation import COOPERATION_AGREEMENT
from coordinator_app.core.issuing.defaults.other import (
    CERTIFICATE,
    INTAKE_FORM,
    OPINION,
    REFERRAL,
    THANKS,
    TIMESHEET,
    TRAINING_CERTIFICATE,
)
from coordinator_app.core.issuing.defaults.privacy import (
    AUTHORISATION,
    CONFIDENTIALITY_STATEMENT,
    IMAGE_CONSENT,
    PROCESSING_REGISTER,
)

__all__ = [
    "AGREEMENT",
    "ANNEX",
    "AUTHORISATION",
    "CERTIFICATE",
    "CONFIDENTIALITY_STATEMENT",
    "COOPERATION_AGREEMENT",
    "EXPIRY",
    "IMAGE_CONSENT",
    "INTAKE_FORM",
    "NO_RECORD_STATEMENT",
    "OPINION",
    "PROCESSING_REGISTER",
    "REFERRAL",
    "RESIDENCE_STATEMENT",
    "TERMINATION",
    "THANKS",
    "TIMESHEET",
    "TRAINING_CERTIFICATE",
]
