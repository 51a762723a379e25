"""`rodo anonymise --volunteer ID|--client ID --reason TEXT [--force-after-review]`."""

from __future__ import annotations

import argparse

from coordinator_app.cli.arguments import Subparsers, positive_int
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

NAME = "anonymise"


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help=_("anonymise a volunteer or a client (refused while retention periods run)")
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--volunteer", type=positive_int, metavar="ID", help=_("the volunteer's number"))
    who.add_argument("--client", type=positive_int, metavar="ID", help=_("the client's number"))
    parser.add_argument(
        "--reason", required=True, metavar="TEXT", help=_("why (written in the anonymisation log)")
    )
    parser.add_argument(
        "--force-after-review",
        action="store_true",
        help=_("anonymise even though retention periods still run, after reviewing them"),
    )


def run(args: argparse.Namespace) -> int:
    from coordinator_app.core.privacy import anonymise_service as service
    from coordinator_app.core.privacy.retention import CLIENT, VOLUNTEER

    kind, subject_id = (VOLUNTEER, args.volunteer) if args.volunteer else (CLIENT, args.client)
    db = open_database(args)
    try:
        done = service.anonymise(
            db, kind, subject_id, args.reason, force_after_review=args.force_after_review
        )
    except service.AnonymisationError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(_("Anonymised; entry {number} of the anonymisation log.").format(number=done.log_id))
    for hold in done.overridden:
        print(_("Retention overridden after review: {what}").format(what=hold.what))
    if not done.wiped:
        print(_("The database is open elsewhere: its free space will be wiped when it is closed."))
    print(_(service.BACKUPS_NOTE))
    return 0
