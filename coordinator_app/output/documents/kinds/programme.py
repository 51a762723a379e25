"""The yearly programme of volunteer activities (program działań wolontariackich), with planned
against done once the year is under way; printed by programme_document.py, never issued."""

from pathlib import Path
from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject


def write(db: Any, programme_id: int, out: Path) -> None:
    from coordinator_app.core.coalition import ProgrammeNotFound, programme_sheet
    from coordinator_app.output.documents.programme_document import build_programme

    try:
        sheet = programme_sheet(db, programme_id)
    except ProgrammeNotFound:
        raise LookupError(_("There is no yearly programme with id {id}.").format(id=programme_id)) from None
    build_programme(sheet, out)


KIND = PrintedKind(
    kind=DocumentKind.PROGRAMME,
    title="Program działań wolontariackich",
    subject=Subject.PROGRAMME,
    content=None,
    cli=CliMode.SHEET,
    sheet=write,
)
