"""One-off actions (wolontariat akcyjny): the action with its partners and shifts, sign-ups of
volunteers (with the checks before them), the quick registration of a new one-off volunteer
with the short agreement, attendance and its hours, and the action's summary.

`data`, `validate`, `queries` (reads), `service` (the action's writes), `signups`, `quick`,
`hours` (attendance into hours), `summary`, `sheet` (the shift sheets' data). May import core,
db, i18n.
"""

from coordinator_app.core.actions.data import (
    CANCELLED,
    DONE,
    OPEN,
    PLANNED,
    STATUSES,
    ActionData,
    ActionDetails,
    ActionError,
    ActionNotFound,
    ActionRow,
    ActionSummary,
    AttendanceMark,
    HoursResult,
    QuickRegistration,
    QuickResult,
    ShiftData,
    ShiftRow,
    SignupIssue,
    SignupRefused,
    SignupRow,
    shift_minutes,
    status_label,
)
from coordinator_app.core.actions.hours import attendance_field, attendance_to_hours, save_attendance
from coordinator_app.core.actions.queries import (
    action_agreement_ids,
    activity_choices,
    get_action,
    list_actions,
    partner_choices,
    shift_action_id,
    village_choices,
)
from coordinator_app.core.actions.quick import quick_register
from coordinator_app.core.actions.service import cancel_action, create_action, set_status, update_action
from coordinator_app.core.actions.signups import check_signup, remove_signup, sign_up
from coordinator_app.core.actions.summary import action_summary
from coordinator_app.core.actions.validate import shift_field, validate_action, validate_quick

__all__ = [
    "CANCELLED",
    "DONE",
    "OPEN",
    "PLANNED",
    "STATUSES",
    "ActionData",
    "ActionDetails",
    "ActionError",
    "ActionNotFound",
    "ActionRow",
    "ActionSummary",
    "AttendanceMark",
    "HoursResult",
    "QuickRegistration",
    "QuickResult",
    "ShiftData",
    "ShiftRow",
    "SignupIssue",
    "SignupRefused",
    "SignupRow",
    "action_agreement_ids",
    "action_summary",
    "activity_choices",
    "attendance_field",
    "attendance_to_hours",
    "cancel_action",
    "check_signup",
    "create_action",
    "get_action",
    "list_actions",
    "partner_choices",
    "quick_register",
    "remove_signup",
    "save_attendance",
    "set_status",
    "shift_action_id",
    "shift_field",
    "shift_minutes",
    "sign_up",
    "status_label",
    "update_action",
    "validate_action",
    "validate_quick",
    "village_choices",
]
