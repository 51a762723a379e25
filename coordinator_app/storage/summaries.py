"""One-line descriptions of what a database or a backup holds, for the CLI and the window."""

from __future__ import annotations

from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.storage.restore import RestorePreview


def counts_line(counts: dict[str, int]) -> str:
    def n(table: str) -> str:
        return str(counts[table]) if table in counts else "?"

    return _(
        "Volunteers: {volunteers}, clients: {clients}, assignments: {assignments}, "
        "hours entries: {hours}, training sessions: {trainings}."
    ).format(
        volunteers=n("volunteers"),
        clients=n("clients"),
        assignments=n("assignments"),
        hours=n("hours_entries"),
        trainings=n("training_sessions"),
    )


def backup_line(preview: RestorePreview) -> str:
    created = f"{format_date(preview.created.date())} {preview.created:%H:%M}"
    return _("Backup of {date} (application version {version}, schema {revision}).").format(
        date=created, version=preview.app_version or "?", revision=preview.revision
    )
