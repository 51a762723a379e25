"""Assignment (przydział) use cases: the list, details, editing with its gates."""

from coordinator_app.core.assignments.data import AssignmentData, Clash, ScheduleSlot
from coordinator_app.core.assignments.listing import (
    ASSIGNMENT_FORM_LABELS,
    AssignmentDetails,
    AssignmentNotFound,
    AssignmentRow,
    MonthHours,
    ScheduleLine,
    assignment_form_label,
    get_assignment_details,
    list_assignments,
)
from coordinator_app.core.assignments.schedule import schedule_text
from coordinator_app.core.assignments.service import (
    AssignmentWarnings,
    assignment_for_need,
    create_assignment,
    end_assignment,
    get_assignment,
    update_assignment,
)

__all__ = [
    "ASSIGNMENT_FORM_LABELS",
    "AssignmentData",
    "AssignmentDetails",
    "AssignmentNotFound",
    "AssignmentRow",
    "AssignmentWarnings",
    "Clash",
    "MonthHours",
    "ScheduleLine",
    "ScheduleSlot",
    "assignment_for_need",
    "assignment_form_label",
    "create_assignment",
    "end_assignment",
    "get_assignment",
    "get_assignment_details",
    "list_assignments",
    "schedule_text",
    "update_assignment",
]
