"""`rodo due [--year YYYY]`: what is past its retention period ("do przeglądu")."""

from __future__ import annotations

import argparse
import datetime as dt

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

NAME = "due"
FIRST_YEAR, LAST_YEAR = 2000, 2200


def _year(text: str) -> int:
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(_("{value} is not a year").format(value=text))
    return int(text)


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=_("list what is past its retention period"))
    parser.add_argument(
        "--year", type=_year, metavar="YYYY", help=_("the review's year (default: this year, as of today)")
    )


def run(args: argparse.Namespace) -> int:
    from coordinator_app.core.privacy.retention_queries import due_records, review_date
    from coordinator_app.core.privacy.retention_view import kind_label

    today = dt.date.today()
    on = review_date(args.year or today.year, today)
    db = open_database(args)
    try:
        rows = due_records(db, on)
    finally:
        db.dispose()
    print(_("Past retention on {date}: {count}").format(date=f"{on:%d.%m.%Y}", count=len(rows)))
    for row in rows:
        print(
            "\t".join(
                (
                    kind_label(row.kind),
                    str(row.subject_id),
                    row.name,
                    _("closed {date}").format(date=f"{row.closed_on:%d.%m.%Y}"),
                    _("may go from {date}").format(date=f"{row.free_from:%d.%m.%Y}"),
                )
            )
        )
    return 0
