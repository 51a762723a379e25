"""`rodo export --volunteer ID | --guardian ID | --client ID --out DIR`: the access letter (PDF)
and the person's data as JSON and XLSX, written into DIR."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.errors import CliError, describe_os_error
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

NAME = "export"


def add_parser(subparsers: Subparsers) -> None:
    export = subparsers.add_parser(NAME, help=_("write everything about one person (access, portability)"))
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--volunteer", type=int, metavar="ID", help=_("the volunteer's number"))
    who.add_argument(
        "--guardian", type=int, metavar="ID", help=_("the guardian of the volunteer with this number")
    )
    who.add_argument("--client", type=int, metavar="ID", help=_("the client's number"))
    export.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=_("the folder to write the files into")
    )


def run(args: argparse.Namespace) -> int:
    from coordinator_app.core.privacy.access import PersonNotFound, PersonRef, PersonRole

    if args.volunteer is not None:
        person = PersonRef(PersonRole.VOLUNTEER, args.volunteer)
    elif args.guardian is not None:
        person = PersonRef(PersonRole.GUARDIAN, args.guardian)
    else:
        person = PersonRef(PersonRole.CLIENT, args.client)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CliError(_("{path} is a file; give a folder.").format(path=out))
    db = open_database(args)
    try:
        from coordinator_app.output.privacy.access_files import export_person

        paths = export_person(db, person, out)
    except PersonNotFound:
        messages = {
            PersonRole.VOLUNTEER: _("There is no volunteer number {id}."),
            PersonRole.GUARDIAN: _("The volunteer number {id} does not exist or has no guardian recorded."),
            PersonRole.CLIENT: _("There is no client number {id}."),
        }
        raise CliError(messages[person.role].format(id=person.record_id)) from None
    except OSError as exc:
        raise CliError(
            describe_os_error(exc)
            or _("The files could not be written: {error}").format(error=exc.strerror or exc)
        ) from None
    finally:
        db.dispose()
    for path in paths:
        print(_("Written: {path}").format(path=path))
    print(_("The files contain personal data: hand them only to the person they concern."))
    return 0
