"""Volunteer use cases: list, read, validate, save, archive, find duplicates.

`data`, `validate`, `queries` (reads), `service` (writes), `activation` (after the agreement).
May import core, db and i18n.
"""

from coordinator_app.core.volunteers.data import (
    DuplicateHint,
    StatementData,
    VolunteerData,
    VolunteerNotFound,
    VolunteerRow,
)
from coordinator_app.core.volunteers.queries import (
    count_volunteers,
    find_duplicates,
    get_volunteer,
    list_volunteers,
    status_history,
)
from coordinator_app.core.volunteers.service import (
    archive_volunteer,
    create_volunteer,
    restore_volunteer,
    update_volunteer,
)
from coordinator_app.core.volunteers.validate import validate_volunteer

__all__ = [
    "DuplicateHint",
    "StatementData",
    "VolunteerData",
    "VolunteerNotFound",
    "VolunteerRow",
    "archive_volunteer",
    "count_volunteers",
    "create_volunteer",
    "find_duplicates",
    "get_volunteer",
    "list_volunteers",
    "restore_volunteer",
    "status_history",
    "update_volunteer",
    "validate_volunteer",
]
