"""Dictionaries the coordinator edits in the application (activity types, villages with the
village-to-village distances, OPS staff) and every pick-list of the forms.

`data` (plain data), `validate`, `queries` (reads for the editor), `service` (writes, audited),
`picklists` (the `Option` entries of combo boxes). May import core (audit, validation, text,
enums, options), db and i18n; nothing of Qt.
"""

from coordinator_app.core.dictionaries.data import (
    MAX_KM,
    ActivityTypeData,
    ActivityTypeRow,
    DictionaryRecordNotFound,
    StaffData,
    StaffRow,
    VillageData,
    VillageRow,
)
from coordinator_app.core.dictionaries.picklists import (
    client_options,
    list_activity_types,
    list_social_workers,
    list_staff,
    list_villages,
    need_options,
    volunteer_options,
)
from coordinator_app.core.dictionaries.queries import (
    distance_matrix,
    get_activity_type,
    get_staff,
    get_village,
    list_activity_types_all,
    list_staff_all,
    list_villages_all,
)
from coordinator_app.core.dictionaries.service import (
    create_activity_type,
    create_staff,
    create_village,
    set_distance,
    update_activity_type,
    update_staff,
    update_village,
)
from coordinator_app.core.dictionaries.validate import distance_km

__all__ = [
    "MAX_KM",
    "ActivityTypeData",
    "ActivityTypeRow",
    "DictionaryRecordNotFound",
    "StaffData",
    "StaffRow",
    "VillageData",
    "VillageRow",
    "client_options",
    "create_activity_type",
    "create_staff",
    "create_village",
    "distance_km",
    "distance_matrix",
    "get_activity_type",
    "get_staff",
    "get_village",
    "list_activity_types",
    "list_activity_types_all",
    "list_social_workers",
    "list_staff",
    "list_staff_all",
    "list_villages",
    "list_villages_all",
    "need_options",
    "set_distance",
    "update_activity_type",
    "update_staff",
    "update_village",
    "volunteer_options",
]
