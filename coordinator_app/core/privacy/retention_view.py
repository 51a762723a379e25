"""Words the review list shows for its kinds of record."""

from __future__ import annotations

from coordinator_app.core.privacy.retention import CLIENT, VOLUNTEER
from coordinator_app.core.privacy.retention_queries import VETTING
from coordinator_app.i18n import N_, _

KIND_LABELS = {
    VOLUNTEER: N_("volunteer"),
    CLIENT: N_("client"),
    VETTING: N_("vetting details"),
}


def kind_label(kind: str) -> str:
    return _(KIND_LABELS.get(kind, kind))
