"""Printing from the action window: the sign-up and attendance sheets of a shift, and the short
agreements of everyone registered at the action in one PDF (the batch printing of the
agreement kind). Each asks where to save (unless told), then writes in the background."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from coordinator_app.core.actions import action_agreement_ids
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.tasks import run_task

SIGNUP, ATTENDANCE, AGREEMENTS = "signup", "attendance", "agreements"


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return value[:41].rsplit("-", 1)[0] if len(value) > 40 else value


def suggested_name(what: str, action_name: str, shift_id: int | None) -> str:
    prefix = {SIGNUP: _("sign-up-sheet"), ATTENDANCE: _("attendance-list"), AGREEMENTS: _("agreements")}[what]
    suffix = f"-{shift_id}" if shift_id is not None else ""
    return f"{prefix}-{slug(action_name)}{suffix}.pdf"


def ask_path(parent: QWidget, name: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _chosen = QFileDialog.getSaveFileName(
        parent, _("Save the PDF"), str(Path(folder) / name), _("PDF document (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def _writer(db: Database, what: str, action_id: int, shift_id: int | None, target: Path) -> Callable[[], str]:
    """The work to do in the background; returns the line for the status bar."""

    def sheet() -> str:
        from coordinator_app.output.documents.action_sheets import write_attendance_sheet, write_signup_sheet

        assert shift_id is not None
        (write_signup_sheet if what == SIGNUP else write_attendance_sheet)(db, shift_id, target)
        return _("Saved: {path}").format(path=target)

    def agreements() -> str:
        from coordinator_app.output.documents.batch import run_batch

        ids = action_agreement_ids(db, action_id)
        result = run_batch(db, DocumentKind.AGREEMENT.value, ids, target, title=_("Short agreements"))
        text = _("Saved: {path}").format(path=target)
        if result.skipped:
            text += " " + _("Not printed: {names}").format(names="; ".join(result.skipped))
        return text

    return agreements if what == AGREEMENTS else sheet


def print_action_pdf(
    parent: QWidget,
    db: Database,
    what: str,
    action: tuple[int, str],
    shift_id: int | None,
    done: Callable[[str, Path], None],
    failed: Callable[[Exception], None],
    target: Path | None = None,
) -> bool:
    """Write the PDF `what` names (asking where, unless `target`); False when cancelled."""
    action_id, action_name = action
    target = target or ask_path(parent, suggested_name(what, action_name, shift_id))
    if target is None:
        return False
    work = _writer(db, what, action_id, shift_id, target)
    run_task(work, lambda text: done(str(text), target), failed)
    return True
