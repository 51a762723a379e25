"""How each document kind is printed: one module per kind declares a `PrintedKind`.

A module names its kind (coordinator_app.core.issuing.catalog.DocumentKind: the stored value,
the command line's KIND), its PDF title, its page content (laid out from the issued document's
snapshot and template with the PDF engine's blocks, output/pdf; the one-page letters share
documents/letter.py), what --id names, how the command line prints it, the choices the print
preview offers and, when it can be printed for many records at once, its batch. What issuing
needs (label, number pattern, data assembly) is declared in core's catalog, which must not
import output.

Adding a kind: a value in DocumentKind and its entry in core's catalog (with its assembler and
default template), a module here, and its line in coordinator_app/output/documents/registry.py.
Qt-free: the preview builds its widgets from the `PrintOption` declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.pdf.writer import Segment

PageContent = Callable[[Snapshot, Mapping[str, str], bytes | None], list[Segment]]
# A sheet written straight from the database: (database, the record's id, the PDF's path);
# raises LookupError with the sentence to show when there is no such record.
SheetWriter = Callable[[Any, int, Path], object]


class Subject(Enum):
    """What `--id` names; the value is the command line's sentence when it is missing."""

    AGREEMENT = N_("Give --id, the id of the agreement.")
    ANNEX = N_("Give --id, the id of the agreement annex.")
    ASSIGNMENT = N_("Give --id, the id of the assignment.")
    VOLUNTEER = N_("Give --id, the id of the volunteer.")
    TRAINING_SESSION = N_("Give --id, the id of the training session.")
    NOTHING = ""
    COALITION_MEETING = N_("Give --id, the id of the coalition meeting.")
    PROGRAMME = N_("Give --id, the id of the yearly programme.")
    ACTION_SHIFT = N_("Give --id, the id of the action shift.")
    PARTNER = N_("Give --id, the id of the partner.")


class CliMode(Enum):
    """How `coordinator-app print KIND` makes the document."""

    ISSUE = "issue"  # issued as in the window: number and register entry
    REPRINT = "reprint"  # the newest one issued, printed again (written in the window)
    BLANK = "blank"  # a form without a number, from today's organisation data
    SHEET = "sheet"  # printed from a training's sheet, never issued


@dataclass(frozen=True)
class PrintOption:
    """A choice the print preview offers before printing; `label` is an English msgid."""

    key: str
    widget: str  # "check", "text", "year", "date" or "choice"
    label: str = ""  # a check's text; for the others a label before the field
    default: Any = None
    on_off: tuple[Any, Any] = (True, False)  # a check's values, ticked and not
    placeholder: str = ""
    max_length: int = 0
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, English msgid)

    def checked(self, value: Any) -> bool:
        """Whether a check starts ticked for the stored `value`."""
        return bool(value) if self.on_off == (True, False) else value != self.on_off[1]

    def initial(self, options: Mapping[str, Any]) -> Any:
        if self.widget == "check":
            return options.get(self.key, self.on_off[0] if self.default else self.on_off[1])
        return options.get(self.key, self.default)


def check(key: str, label: str, default: bool = True, on_off: tuple[Any, Any] = (True, False)) -> PrintOption:
    return PrintOption(key, "check", label, default, on_off)


@dataclass(frozen=True)
class Batch:
    """Printing the kind for many records into one PDF (the batch dialog)."""

    label: str  # English msgid
    file_stem: str  # the suggested file name, before the period
    monthly: bool  # chosen by month (assignments running in it), else by year (active volunteers)
    position: int  # its place in the dialog's list
    options: Callable[[int], dict[str, Any]] = lambda _year: {}


@dataclass(frozen=True)
class PrintedKind:
    kind: DocumentKind
    title: str  # Polish, the PDF's title (with " nr <number>" when numbered)
    subject: Subject
    content: PageContent | None  # None: not printed from a snapshot (the attendance list)
    cli: CliMode = CliMode.ISSUE
    needs_month: bool = False  # --month YYYY-MM (the hours card)
    needs_volunteer: bool = False  # --volunteer ID (the training certificate)
    options: tuple[PrintOption, ...] = ()
    batch: Batch | None = None
    sheet: SheetWriter | None = None  # a SHEET kind's writer; None: the training's attendance list
