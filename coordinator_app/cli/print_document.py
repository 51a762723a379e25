"""`coordinator-app print KIND --id ID [--out FILE.pdf]`: any printed document from the command
line. Documents are issued as in the application (number, register entry); printing the same
content again gives the document already issued."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coordinator_app.cli.arguments import Subparsers, record_id, year
from coordinator_app.cli.errors import CliError, describe_os_error
from coordinator_app.cli.shared import open_database
from coordinator_app.core.calendar import Month
from coordinator_app.i18n import _, ngettext

if TYPE_CHECKING:
    from coordinator_app.core.issuing.service import DocumentRequest
    from coordinator_app.output.documents.kinds import PrintedKind

NAME = "print"
T = TypeVar("T")


def month_argument(text: str) -> Month:
    """The month of `--month`, written exactly `YYYY-MM`."""
    try:
        month = Month.parse(text)
    except ValueError:
        month = None
    if month is None or month.key != text:
        raise argparse.ArgumentTypeError(_("{value} is not a month written as YYYY-MM").format(value=text))
    return month


def date_argument(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a date written as YYYY-MM-DD").format(value=text)
        ) from None


def add_parser(subparsers: Subparsers) -> None:
    """The `print` sub-command (called from cli.main.build_parser)."""
    from coordinator_app.output.documents.registry import by_cli_name

    whole = record_id
    kinds = list(by_cli_name())
    printing = subparsers.add_parser(
        NAME,
        help=_("print a document to a PDF file (agreement, certificate, …)"),
    )
    printing.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    printing.add_argument("--id", type=whole, metavar="ID", help=_("the record the document is about"))
    printing.add_argument(
        "--volunteer", type=whole, metavar="ID", help=_("the volunteer (training certificate)")
    )
    printing.add_argument("--month", type=month_argument, metavar="YYYY-MM", help=_("the month (hours card)"))
    printing.add_argument("--year", type=year, metavar="YYYY", help=_("the year (thank-you diploma)"))
    printing.add_argument(
        "--date", type=date_argument, metavar="YYYY-MM-DD", help=_("date of issue (default: today)")
    )
    printing.add_argument("--copies", type=int, choices=(1, 2), help=_("copies of an agreement (default 2)"))
    printing.add_argument(
        "--notice-on",
        type=date_argument,
        metavar="YYYY-MM-DD",
        help=_("termination: the day the notice was given, when the agreement's record has none"),
    )
    printing.add_argument(
        "--country",
        action="append",
        metavar="NAME",
        help=_(
            "no-record statement: the country whose law gives no criminal-record information "
            "(repeat, or separate with commas: one statement each)"
        ),
    )
    printing.add_argument("--out", type=Path, metavar="FILE.pdf", help=_("where to write the PDF"))


def _need_id(args: argparse.Namespace, message: str) -> int:
    if args.id is None:
        raise CliError(_(message))
    return int(args.id)


def _default_out(kind: str, number: str) -> Path:
    safe = re.sub(r"[^\w.-]+", "-", number).strip("-") if number else ""
    return Path(f"{kind}-{safe}.pdf" if safe else f"{kind}.pdf")


def _check_out(path: Path) -> Path:
    """Refuse, before anything is issued, a PDF that could not be written there."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=folder))
    if path.is_dir():
        raise CliError(_("{path} is a folder; give a file name for the PDF.").format(path=path))
    if len(os.fsencode(path.name)) > _name_max(folder):
        raise CliError(describe_os_error(OSError(errno.ENAMETOOLONG, "", str(path))) or "")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(describe_os_error(OSError(errno.EACCES, "", str(path))) or "")
    return path


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):  # Windows: no pathconf
        return 255


def _write_file(write: Callable[[Path], int], out: Path) -> int:
    """`write` into a work file in the target folder, then renamed to `out`: the PDF is whole or
    absent. Any failure is raised as a `CliError` saying nothing was saved."""
    work = out.with_name(f".{os.getpid()}-{secrets.token_hex(4)}.pdf.part")
    try:
        pages = write(work)
        os.replace(work, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            work.unlink()
        if exc.filename in (str(work), work):
            exc.filename = str(out)
        known = describe_os_error(exc)
        raise CliError(
            known
            or _("The file {path} could not be written: {error}").format(path=out, error=exc.strerror or exc)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            work.unlink()
        raise
    return pages


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        lines = run_print(args, db)
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


def run_print(args: argparse.Namespace, db: Any) -> list[str]:
    """Write the document; returns the lines to print on stdout. Raises CliError."""
    from coordinator_app.core.issuing.service import (
        DocumentRequest,
        PrintableDocument,
        issue,
        latest_issued,
        preview,
        reprint,
    )
    from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused
    from coordinator_app.output.documents.kinds import CliMode
    from coordinator_app.output.documents.registry import by_cli_name
    from coordinator_app.output.documents.render import write_document

    entry = by_cli_name()[args.kind]
    kind, what = entry.kind.value, entry.subject.value
    if args.out is not None:
        _check_out(args.out)
    if entry.cli is CliMode.SHEET and entry.sheet is not None:
        return _sheet(db, entry.sheet, entry.kind.cli_name, _need_id(args, what), args.out)
    if entry.cli is CliMode.SHEET:
        return _attendance_list(db, _need_id(args, what), args.out)
    on = args.date or dt.date.today()
    countries = _countries(args, entry)
    if len(countries) > 1:
        lines: list[str] = []
        for country in countries:
            one = argparse.Namespace(**{**vars(args), "country": [country]})
            if args.out is not None:
                one.out = args.out.with_name(f"{args.out.stem}-{_slug(country)}{args.out.suffix or '.pdf'}")
            lines += run_print(one, db)
        return lines
    args.country = countries or None
    written: list[tuple[Path, int]] = []

    def deliver(document: PrintableDocument) -> None:
        out = _check_out(args.out or _default_out(args.kind, document.number))
        written.append((out, _write_file(lambda work: write_document(document, work), out)))

    try:
        if entry.cli is CliMode.BLANK:
            document = preview(db, DocumentRequest(kind), on)
        elif entry.cli is CliMode.REPRINT:
            volunteer_id = _need_id(args, what)
            found = latest_issued(db, kind, f"{kind}:{volunteer_id}")
            if found is None:
                raise CliError(
                    _(
                        "No opinion was issued for this volunteer; an opinion is written by the "
                        "coordinator in the application."
                    )
                )
            document = reprint(db, found)
        else:
            # The PDF is written inside the issuing transaction: when it cannot be, the number
            # is not used and nothing is registered.
            document = _issue_or_remove(
                lambda: issue(db, _issue_request(args, entry), on, deliver=deliver), written
            )
    except (DocumentRefused, DocumentNotFound) as refusal:
        raise CliError(str(refusal)) from None
    if not written:
        deliver(document)
    ((out, pages),) = written
    lines = [f"{_('Warning')}: {warning}" for warning in document.warnings]
    if not document.number:
        message = ngettext("Written {path} ({n} page).", "Written {path} ({n} pages).", pages)
        lines.append(message.format(path=out, n=pages))
    elif document.reprinted:
        lines.append(
            _("Printed again the document {number} issued before: {path}.").format(
                number=document.number, path=out
            )
        )
    else:
        lines.append(_("Issued document {number}: {path}.").format(number=document.number, path=out))
    return lines


def _issue_or_remove(issue: Callable[[], T], written: list[tuple[Path, int]]) -> T:
    """`issue()`; when its transaction fails after the PDF was written (the commit itself),
    the PDF goes too: a file is there only for a number that was saved."""
    try:
        return issue()
    except BaseException:
        for out, _pages in written:
            with contextlib.suppress(OSError):
                out.unlink()
        written.clear()
        raise


def _slug(text: str) -> str:
    return re.sub(r"[^\w-]+", "-", text).strip("-").lower() or "panstwo"


def _countries(args: argparse.Namespace, entry: PrintedKind) -> list[str]:
    """The countries of `--country` (repeated or comma-separated), required by the no-record
    statement and refused elsewhere."""
    from coordinator_app.core.issuing.catalog import DocumentKind
    from coordinator_app.core.issuing.statement_data import COUNTRY_LENGTH

    given = [" ".join(part.split()) for value in args.country or () for part in value.split(",")]
    countries = list(dict.fromkeys(country for country in given if country))
    if entry.kind is not DocumentKind.NO_RECORD_STATEMENT:
        if args.country:
            raise CliError(_("--country is given only with the no-record statement."))
        return []
    if not countries:
        raise CliError(
            _(
                "Give --country NAME, the country whose law gives no criminal-record information "
                "(repeat it, or separate countries with commas, for one statement each)."
            )
        )
    too_long = [country for country in countries if len(country) > COUNTRY_LENGTH]
    if too_long:
        raise CliError(
            _("A country name is at most {n} characters: {name}").format(n=COUNTRY_LENGTH, name=too_long[0])
        )
    return countries


def _issue_request(args: argparse.Namespace, entry: PrintedKind) -> DocumentRequest:
    """The request of a document issued from the command line."""
    from coordinator_app.core.issuing.catalog import DocumentKind
    from coordinator_app.core.issuing.service import DocumentRequest

    options: dict[str, Any] = {}
    if args.copies is not None:
        options["copies"] = args.copies
    if args.year is not None:
        options["year"] = args.year
    if args.country:
        options["country"] = args.country[0]
    if args.notice_on is not None:
        if entry.kind is not DocumentKind.TERMINATION:
            raise CliError(_("--notice-on is given only with the termination."))
        options["notice_on"] = args.notice_on.isoformat()
    volunteer = None
    if entry.needs_volunteer:
        if args.volunteer is None:
            raise CliError(_("Give --volunteer, the id of the volunteer who attended the training."))
        volunteer = int(args.volunteer)
    if entry.needs_month and args.month is None:
        raise CliError(_("Give --month YYYY-MM, the month of the hours card."))
    record = _need_id(args, entry.subject.value)
    return DocumentRequest(
        entry.kind.value, record, volunteer_id=volunteer, month=args.month, options=options
    )


def _attendance_list(db: Any, session_id: int, out: Path | None) -> list[str]:
    from coordinator_app.core.trainings.data import TrainingNotFound
    from coordinator_app.core.trainings.sheet import attendance_sheet
    from coordinator_app.output.documents.attendance_list import build_attendance_list

    try:
        sheet = attendance_sheet(db, session_id)
    except TrainingNotFound:
        raise CliError(_("There is no training session with id {id}.").format(id=session_id)) from None
    target = _check_out(out or Path(f"attendance-list-{session_id}.pdf"))

    def write(work: Path) -> int:
        build_attendance_list(sheet, work)
        return 0

    _write_file(write, target)
    return [_("Written {path}.").format(path=target)]


def _sheet(
    db: Any, writer: Callable[[Any, int, Path], Path], name: str, record_id: int, out: Path | None
) -> list[str]:
    """A sheet printed by its kind's own writer (an action shift's sign-up or attendance sheet)."""
    target = _check_out(out or Path(f"{name}-{record_id}.pdf"))

    def write(work: Path) -> int:
        try:
            writer(db, record_id, work)
        except LookupError:
            raise CliError(_("There is no record with id {id}.").format(id=record_id)) from None
        return 0

    _write_file(write, target)
    return [_("Written {path}.").format(path=target)]
