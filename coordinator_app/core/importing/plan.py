"""The whole reading in one call, for the command line (the wizard takes the same steps one
page at a time): file → sheet → header row → remembered or automatic mapping → preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.core.importing.headers import auto_mapping, detect_header_row, remembered_mapping
from coordinator_app.core.importing.preview import ADD, Preview, Progress, build_preview
from coordinator_app.core.importing.sources import SourceError, read_workbook
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


def prepare_preview(
    db: Database,
    path: Path,
    kind: str,
    *,
    sheet: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Preview:
    """Read `path` and preview its rows as `kind`; raises `SourceError` when the sheet is empty
    or no column is recognised."""
    chosen = read_workbook(path).sheet(sheet)
    if not chosen.rows:
        raise SourceError(_("The sheet {name} is empty.").format(name=chosen.name))
    header = detect_header_row(chosen.rows, kind)
    mapping = auto_mapping(chosen.rows[header], kind, remembered_mapping(db, kind))
    if not mapping:
        raise SourceError(
            _("No column of the sheet {name} was recognised; name the columns as in the template.").format(
                name=chosen.name
            )
        )
    return build_preview(db, chosen.rows, header, mapping, kind, today=today, progress=progress)


def add_every_missing_value(preview: Preview) -> None:
    """Choose to add every village and activity type the dictionaries lack."""
    for key in preview.unknown_villages:
        preview.village_choices[key] = (ADD, None)
    for key in preview.unknown_activities:
        preview.activity_choices[key] = (ADD, None)
