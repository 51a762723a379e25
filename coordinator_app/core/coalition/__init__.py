"""The local coalition for volunteering: its meetings (attendance, agenda, decisions, tasks)
and the yearly programme of volunteer activities (program działań wolontariackich).

`data` (plain data and labels), `validate`, `queries` and `service` (meetings),
`programme_queries` (with `programme_progress`: planned against done) and `programme_service`
(the programme's writes), `sheets` (the facts the printed documents show).
May import core, db, i18n.
"""

from coordinator_app.core.coalition.data import (
    ITEM_KINDS,
    MEETING_STATUSES,
    AttendeeInput,
    ItemInput,
    ItemProgress,
    MeetingData,
    MeetingNotFound,
    MeetingRow,
    PartnerChoice,
    ProgrammeData,
    ProgrammeNotFound,
    ProgrammeRow,
    TaskInput,
    agenda_lines,
    agenda_topics,
    kind_label,
    month_label,
    status_label,
)
from coordinator_app.core.coalition.programme_queries import (
    TrainingChoice,
    done_text,
    get_programme,
    list_programmes,
    programme_progress,
    progress_by_item,
    training_choices,
)
from coordinator_app.core.coalition.programme_service import (
    ItemInUse,
    create_programme,
    delete_programme,
    mark_item_done,
    update_programme,
)
from coordinator_app.core.coalition.queries import (
    get_meeting,
    list_meetings,
    open_tasks_query,
    partner_choices,
    suggest_number,
)
from coordinator_app.core.coalition.service import create_meeting, delete_meeting, update_meeting
from coordinator_app.core.coalition.sheets import MeetingSheet, ProgrammeSheet, meeting_sheet, programme_sheet
from coordinator_app.core.coalition.validate import row_field, validate_meeting, validate_programme

__all__ = [
    "ITEM_KINDS",
    "MEETING_STATUSES",
    "AttendeeInput",
    "ItemInUse",
    "ItemInput",
    "ItemProgress",
    "MeetingData",
    "MeetingNotFound",
    "MeetingRow",
    "MeetingSheet",
    "PartnerChoice",
    "ProgrammeData",
    "ProgrammeNotFound",
    "ProgrammeRow",
    "ProgrammeSheet",
    "TaskInput",
    "TrainingChoice",
    "agenda_lines",
    "agenda_topics",
    "create_meeting",
    "create_programme",
    "delete_meeting",
    "delete_programme",
    "done_text",
    "get_meeting",
    "get_programme",
    "kind_label",
    "list_meetings",
    "list_programmes",
    "mark_item_done",
    "meeting_sheet",
    "month_label",
    "open_tasks_query",
    "partner_choices",
    "programme_progress",
    "programme_sheet",
    "progress_by_item",
    "row_field",
    "status_label",
    "suggest_number",
    "training_choices",
    "update_meeting",
    "update_programme",
    "validate_meeting",
    "validate_programme",
]
