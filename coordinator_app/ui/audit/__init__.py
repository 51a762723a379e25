"""The audit log window (issue #13, point 9): who changed or viewed which record, when,
filtered by person, record kind, date and text; read-only, loaded in the background.

May import: `core/` (audit_queries), `i18n/`, `ui/` widgets and tasks. Opening the window
writes nothing to the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coordinator_app.db.engine import Database


def open_audit_log(parent: QWidget | None, db: Database) -> None:
    from coordinator_app.ui.audit.window import AuditLogDialog

    AuditLogDialog(parent, db).exec()
