"""Assignment (przydział) use cases: the list, details, editing with its gates.

`data` (plain data and labels), `validate`, `gates` (the refusals and warnings before saving),
`schedule`, `queries` (reads), `service` (writes). May import core, db and i18n.
"""

from coordinator_app.core.assignments.data import (
    ASSIGNMENT_FORM_LABELS,
    AssignmentData,
    AssignmentDetails,
    AssignmentNotFound,
    AssignmentRow,
    Clash,
    MonthHours,
    ScheduleLine,
    ScheduleSlot,
    assignment_form_label,
)
from coordinator_app.core.assignments.queries import (
    assignment_for_need,
    count_assignments,
    get_assignment,
    get_assignment_details,
    list_assignments,
    need_activity,
)
from coordinator_app.core.assignments.schedule import schedule_text
from coordinator_app.core.assignments.service import (
    AssignmentWarnings,
    create_assignment,
    end_assignment,
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
    "count_assignments",
    "create_assignment",
    "end_assignment",
    "get_assignment",
    "get_assignment_details",
    "list_assignments",
    "need_activity",
    "schedule_text",
    "update_assignment",
]
