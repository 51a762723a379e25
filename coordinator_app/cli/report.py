"""`report monthly --month YYYY-MM --format pdf|xlsx|csv --out FILE`: the summary for the
director from the command line; `report annual --year YYYY …` the annual summary (the OPS's
yearly report, OZPS). Mistakes are one sentence (raised as `CliError`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.cli.arguments import Parser, Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

if TYPE_CHECKING:
    from coordinator_app.core.calendar import Period
    from coordinator_app.core.reports import Summary
    from coordinator_app.db.engine import Database

NAME = "report"
FORMATS = ("pdf", "xlsx", "csv")


def add_parser(subparsers: Subparsers) -> None:
    report = subparsers.add_parser(NAME, help=_("write a summary for management"))
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", parser_class=Parser, required=True)
    monthly = kinds.add_parser("monthly", help=_("the monthly summary for the director"))
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help=_("the month, e.g. 2026-03"))
    monthly.add_argument("--format", required=True, choices=FORMATS, dest="report_format")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("the file to write"))
    annual = kinds.add_parser("annual", help=_("the annual summary for the yearly report and the OZPS"))
    annual.add_argument("--year", required=True, metavar="YYYY", help=_("the year, e.g. 2026"))
    annual.add_argument("--format", required=True, choices=FORMATS, dest="report_format")
    annual.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("the file to write"))


def _period(args: argparse.Namespace) -> Period:
    from coordinator_app.core.calendar import Period, PeriodError, parse_month

    try:
        if args.report_kind == "annual":
            text = str(args.year).strip()
            if not (len(text) == 4 and text.isdigit()):
                raise PeriodError(_("“{text}” is not a year; write it as YYYY, e.g. 2026.").format(text=text))
            return Period.year(int(text))
        return parse_month(args.month)
    except PeriodError as exc:
        raise CliError(str(exc)) from None


def _write(db: Database, period: Period, fmt: str, out: Path, *, annual: bool) -> Summary:
    """Compute the figures and write them at `out`; returns the period summary."""
    from coordinator_app.core.issuing.letterhead import load_header
    from coordinator_app.core.reports import monthly_summary
    from coordinator_app.core.reports.annual import annual_summary
    from coordinator_app.output.summaries.annual_model import build_annual_document
    from coordinator_app.output.summaries.monthly import write_document
    from coordinator_app.output.summaries.monthly_sections import build_document

    try:
        if annual:
            figures = annual_summary(db, period.start.year)
            summary, document = figures.summary, build_annual_document(figures)
        else:
            summary = monthly_summary(db, period)
            document = build_document(summary)
        header = load_header(db)
    finally:
        db.dispose()
    partial = out.with_name(out.name + ".part")
    try:
        write_document(document, fmt, partial, header)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(
            _("The file {path} could not be written: {error}").format(path=out, error=exc.strerror or exc)
        ) from None
    return summary


def run(args: argparse.Namespace) -> int:
    period = _period(args)
    out: Path = args.out
    suffix = out.suffix.lower().lstrip(".")
    if suffix in FORMATS and suffix != args.report_format:
        raise CliError(
            _("The file {name} ends in .{suffix}, but the format asked for is {fmt}.").format(
                name=out.name, suffix=suffix, fmt=args.report_format
            )
        )
    if not out.parent.absolute().is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=out.parent))
    if out.is_dir():
        raise CliError(_("{path} is a folder; give a file name.").format(path=out))
    summary = _write(
        open_database(args), period, args.report_format, out, annual=args.report_kind == "annual"
    )
    print(_("Summary saved: {path}").format(path=out))
    if summary.status.provisional:
        from coordinator_app.i18n.formatting import format_hours

        pending = format_hours(summary.status.pending.current)
        print(
            _(
                "The period is not closed; the figures may still change (awaiting confirmation: {hours})."
            ).format(hours=pending)
        )
    return 0
