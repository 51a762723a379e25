"""argparse's own words (usage, option titles, its error messages) through our catalogs.

argparse translates its messages with the standard `gettext` of the "messages" domain, which
this application does not install; without this, a command-line mistake read "Błędne argumenty
wiersza poleceń: the following arguments are required: KIND." The msgids below are argparse's
own, with its %-placeholders kept; `install` makes argparse look them up here.
"""

from __future__ import annotations

import argparse

from coordinator_app.i18n import N_, _, ngettext

# The messages a user of this program can meet (those about misuse of the argparse API by a
# programmer are left in English, and never reach a user).
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def install() -> None:
    """Make argparse translate through the application's language (call before parsing)."""
    argparse._ = _  # type: ignore[attr-defined]
    # No option here takes N values, so argparse's one plural message stays as it is.
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
