"""Volunteer use cases: list, read, validate, save, archive, find duplicates."""

from coordinator_app.core.volunteers.data import (
    DuplicateHint,
    StatementData,
    VolunteerData,
    VolunteerRow,
)
from coordinator_app.core.volunteers.service import (
    archive_volunteer,
    create_volunteer,
    find_duplicates,
    get_volunteer,
    list_activity_types,
    list_staff,
    list_villages,
    list_volunteers,
    restore_volunteer,
    status_history,
    update_volunteer,
)
from coordinator_app.core.volunteers.validate import validate_volunteer

__all__ = [
    "DuplicateHint",
    "StatementData",
    "VolunteerData",
    "VolunteerRow",
    "archive_volunteer",
    "create_volunteer",
    "find_duplicates",
    "get_volunteer",
    "list_activity_types",
    "list_staff",
    "list_villages",
    "list_volunteers",
    "restore_volunteer",
    "status_history",
    "update_volunteer",
    "validate_volunteer",
]
