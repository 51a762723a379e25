"""Client (podopieczny) use cases: the list, details, editing, needs and the waiting list.

`data` (plain data and labels), `validate`, `queries` (reads, the waiting list among them),
`service` (writes), `times` (parsing preferred times). May import core, db and i18n.
"""

from coordinator_app.core.clients.data import (
    CLIENT_TYPE_LABELS,
    NEED_PRIORITY_LABELS,
    ClientAssignmentLine,
    ClientData,
    ClientDetails,
    ClientNotFound,
    ClientRow,
    NeedData,
    NeedLine,
    NeedNotFound,
    WaitingNeed,
    client_type_label,
    need_priority_label,
)
from coordinator_app.core.clients.queries import (
    get_client,
    get_client_details,
    get_need,
    list_clients,
    waiting_conditions,
    waiting_list,
)
from coordinator_app.core.clients.service import (
    create_client,
    create_need,
    reveal_health_notes,
    update_client,
    update_need,
)

__all__ = [
    "CLIENT_TYPE_LABELS",
    "NEED_PRIORITY_LABELS",
    "ClientAssignmentLine",
    "ClientData",
    "ClientDetails",
    "ClientNotFound",
    "ClientRow",
    "NeedData",
    "NeedLine",
    "NeedNotFound",
    "WaitingNeed",
    "client_type_label",
    "create_client",
    "create_need",
    "get_client",
    "get_client_details",
    "get_need",
    "list_clients",
    "need_priority_label",
    "reveal_health_notes",
    "update_client",
    "update_need",
    "waiting_conditions",
    "waiting_list",
]
