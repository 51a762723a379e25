"""The audit log's table model: one row per entry, named columns, sorted on precomputed keys."""

from __future__ import annotations

from typing import Any

from coordinator_app.core.audit_queries import HIDDEN, AuditRow
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel

# Record kinds (the audit log's `entity`) as the window names them; others are shown as stored.
ENTITY_LABELS = {
    "volunteer": N_("Volunteer"),
    "client": N_("Client"),
    "agreement": N_("Agreement"),
    "agreement_annex": N_("Annex"),
    "assignment": N_("Assignment"),
    "need": N_("Need"),
    "hours_entry": N_("Hours"),
    "month_close": N_("Month close"),
    "training_session": N_("Training session"),
    "attendance": N_("Attendance"),
    "village": N_("Village"),
    "activity_type": N_("Activity type"),
    "staff": N_("Staff"),
    "vetting": N_("Criminal record check"),
    "issued_document": N_("Issued document"),
    "privacy_request": N_("RODO request"),
    "partner": N_("Partner"),
    "partner_contact": N_("Partner's contact person"),
}
ACTION_LABELS = {
    "create": N_("creation"),
    "update": N_("change"),
    "archive": N_("archiving"),
    "view": N_("viewing"),
    "override": N_("override"),
    "delete": N_("deletion"),
    "close": N_("closing"),
    "reopen": N_("reopening"),
    "restrict": N_("restriction of processing"),
    "lift_restriction": N_("restriction lifted"),
    "export": N_("export of the person's data"),
}
HIDDEN_TIP = N_("Criminal-record data: see it in the vetting window, where viewing it is recorded.")


def entity_label(entity: str) -> str:
    return _(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def action_label(action: str) -> str:
    return _(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def _when(row: AuditRow) -> str:
    return f"{format_date(row.at.date())} {row.at:%H:%M}"


def _record(row: AuditRow) -> str:
    label = entity_label(row.entity)
    return label if row.entity_id is None else f"{label} {row.entity_id}"


def _hidden_tip(value: str) -> str | None:
    return _(HIDDEN_TIP) if value == HIDDEN else None


WHEN, ACTOR, PERSON, ACTION, RECORD, FIELD, BEFORE, AFTER, REASON = (
    "when",
    "actor",
    "person",
    "action",
    "record",
    "field",
    "before",
    "after",
    "reason",
)

COLUMNS: list[Column[AuditRow]] = [
    Column(WHEN, N_("When"), _when, sort_key=lambda row: (row.at, row.id)),
    Column(ACTOR, N_("User"), lambda row: row.actor),
    Column(PERSON, N_("Person"), lambda row: row.person),
    Column(ACTION, N_("Action"), lambda row: action_label(row.action)),
    Column(RECORD, N_("Record"), _record),
    Column(FIELD, N_("Field"), lambda row: row.field),
    Column(BEFORE, N_("Before"), lambda row: row.old_value, tooltip=lambda row: _hidden_tip(row.old_value)),
    Column(AFTER, N_("After"), lambda row: row.new_value, tooltip=lambda row: _hidden_tip(row.new_value)),
    Column(REASON, N_("Reason"), lambda row: row.reason),
]


class AuditTableModel(RecordTableModel[AuditRow]):
    """The entries of one read, newest first until the user sorts by a column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)
