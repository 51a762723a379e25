"""The registry of printed document kinds: one line per kind, each module in kinds/ declares
how its kind is printed. The command line's KIND choices, the print preview's options, batch
printing and the PDF titles all read it."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import (
    PrintedKind,
    action_attendance_sheet,
    action_signup_sheet,
    agreement,
    annex,
    attendance_list,
    authorisation,
    certificate,
    coalition_attendance,
    coalition_minutes,
    confidentiality_statement,
    cooperation_agreement,
    expiry,
    image_consent,
    intake_form,
    no_record_statement,
    opinion,
    processing_register,
    programme,
    referral,
    residence_statement,
    termination,
    thanks,
    timesheet,
    training_certificate,
)

REGISTRY: dict[DocumentKind, PrintedKind] = {
    module.KIND.kind: module.KIND
    for module in (
        agreement,
        annex,
        termination,
        expiry,
        referral,
        timesheet,
        certificate,
        opinion,
        thanks,
        training_certificate,
        attendance_list,
        intake_form,
        residence_statement,
        no_record_statement,
        authorisation,
        confidentiality_statement,
        image_consent,
        processing_register,
        action_signup_sheet,
        action_attendance_sheet,
        coalition_attendance,
        coalition_minutes,
        programme,
        cooperation_agreement,
    )
}


def printed(kind: str) -> PrintedKind:
    """The declaration of `kind` (a DocumentKind or its stored value)."""
    return REGISTRY[DocumentKind(kind)]


def by_cli_name() -> dict[str, PrintedKind]:
    """The kinds by their command-line name (`training-certificate`), in the registry's order."""
    return {entry.kind.cli_name: entry for entry in REGISTRY.values()}


def batches() -> list[PrintedKind]:
    """The kinds printed in batches, in the batch dialog's order."""
    found = [entry for entry in REGISTRY.values() if entry.batch is not None]
    return sorted(found, key=lambda entry: entry.batch.position if entry.batch else 0)
