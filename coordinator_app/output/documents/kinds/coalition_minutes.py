"""The minutes (protokół) of a coalition meeting: present and excused, agenda, course,
decisions and tasks, signed by the chair and the minute-taker; printed from the meeting's sheet
by coalition_documents.py, never numbered or issued."""

from pathlib import Path
from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject


def write(db: Any, meeting_id: int, out: Path) -> None:
    from coordinator_app.core.coalition import MeetingNotFound, meeting_sheet
    from coordinator_app.output.documents.coalition_documents import build_coalition_minutes

    try:
        sheet = meeting_sheet(db, meeting_id)
    except MeetingNotFound:
        raise LookupError(_("There is no coalition meeting with id {id}.").format(id=meeting_id)) from None
    build_coalition_minutes(sheet, out)


KIND = PrintedKind(
    kind=DocumentKind.COALITION_MINUTES,
    title="Protokół ze spotkania koalicji",
    subject=Subject.COALITION_MEETING,
    content=None,
    cli=CliMode.SHEET,
    sheet=write,
)
