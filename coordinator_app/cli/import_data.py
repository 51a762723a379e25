"""`import volunteers|clients|hours FILE [--sheet NAME] [--dry-run]`: bring a spreadsheet in.

Columns are recognised from their headers (and the mapping last chosen in the window); every
row is checked as the forms check it; probable duplicates are skipped; villages and activity
types the dictionaries lack are added only with `--add-missing`. The dry run prints the same
report and changes nothing. Mistakes are one sentence (raised as `CliError`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

NAME = "import"
KINDS = ("volunteers", "clients", "hours")
SHOWN_PROBLEMS = 50


def add_parser(subparsers: Subparsers) -> None:
    command = subparsers.add_parser(
        NAME, help=_("import volunteers, clients or past hours from a spreadsheet")
    )
    command.add_argument(
        "kind", choices=KINDS, metavar="volunteers|clients|hours", help=_("what the sheet lists")
    )
    command.add_argument("file", type=Path, metavar="FILE", help=_("an .xlsx, .xls, .ods or .csv file"))
    command.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the first)"))
    command.add_argument(
        "--dry-run", action="store_true", help=_("only show what would be imported; change nothing")
    )
    command.add_argument(
        "--add-missing", action="store_true", help=_("add villages and activity types the dictionaries lack")
    )
    command.add_argument(
        "--rejected", type=Path, metavar="FILE", help=_("write the rejected rows to this .xlsx")
    )


def run(args: argparse.Namespace) -> int:
    from coordinator_app.core.importing.plan import add_every_missing_value, prepare_preview
    from coordinator_app.core.importing.sources import SourceError

    source: Path = args.file
    if not source.is_file():
        raise CliError(_("There is no file {path}.").format(path=source))
    db = open_database(args)
    try:
        try:
            preview = prepare_preview(db, source, args.kind, sheet=args.sheet)
        except SourceError as exc:
            raise CliError(str(exc)) from None
        if args.add_missing:
            add_every_missing_value(preview)
        _print_report(preview)
        if args.rejected is not None:
            _write_rejected(preview, args.rejected)
        if args.dry_run:
            print(_("Dry run: nothing was changed."))
            return 0
        from coordinator_app.core.importing.service import run_import

        result = run_import(db, preview, file_name=source.name, sheet=args.sheet)
    finally:
        db.dispose()
    print(
        _("Import no. {n} done: {imported} imported, {rejected} not imported.").format(
            n=result.batch_id, imported=result.imported, rejected=result.rejected
        )
    )
    if result.closed_months:
        print(_("Months closed: {months}.").format(months=", ".join(result.closed_months)))
    return 0


def _print_report(preview: object) -> None:
    from coordinator_app.core.importing.preview import Preview

    assert isinstance(preview, Preview)
    to_import = preview.to_import()
    rejected = preview.rejected()
    print(
        _("Rows read: {rows}; to import: {ok}; with errors: {errors}; duplicates: {dup}.").format(
            rows=len(preview.rows),
            ok=len(to_import),
            errors=len(preview.error_rows),
            dup=len(preview.duplicate_rows),
        )
    )
    for row in rejected[:SHOWN_PROBLEMS]:
        print(_("Row {n}: {reasons}").format(n=row.number, reasons=preview.rejection_reason(row)))
    if len(rejected) > SHOWN_PROBLEMS:
        print(
            _("… and {n} more rows not imported (see --rejected).").format(n=len(rejected) - SHOWN_PROBLEMS)
        )
    for names, label in (
        (preview.unknown_villages, _("Villages not in the dictionary")),
        (preview.unknown_activities, _("Activity types not in the dictionary")),
    ):
        if names:
            print(f"{label}: {', '.join(sorted(names.values()))}")


def _write_rejected(preview: object, path: Path) -> None:
    from coordinator_app.core.importing.preview import Preview
    from coordinator_app.core.importing.rejected import write_rejected

    assert isinstance(preview, Preview)
    if not path.parent.absolute().is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=path.parent))
    try:
        count = write_rejected(preview, path)
    except OSError as exc:
        raise CliError(
            _("The file {path} could not be written: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    print(_("Rejected rows ({n}) saved: {path}").format(n=count, path=path))
