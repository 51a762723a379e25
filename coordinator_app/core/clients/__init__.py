"""Client (podopieczny) use cases: the list, details, editing, needs and the waiting list."""

from coordinator_app.core.clients.data import ClientData, NeedData
from coordinator_app.core.clients.listing import (
    CLIENT_TYPE_LABELS,
    NEED_PRIORITY_LABELS,
    ClientAssignmentLine,
    ClientDetails,
    ClientNotFound,
    ClientRow,
    NeedLine,
    client_type_label,
    get_client_details,
    list_clients,
    need_priority_label,
)
from coordinator_app.core.clients.service import (
    NeedNotFound,
    create_client,
    create_need,
    get_client,
    get_need,
    list_social_workers,
    reveal_health_notes,
    update_client,
    update_need,
)
from coordinator_app.core.clients.waiting import WaitingNeed, waiting_list

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
    "list_social_workers",
    "need_priority_label",
    "reveal_health_notes",
    "update_client",
    "update_need",
    "waiting_list",
]
