"""The attendance list (lista obecności) of a training session, to be signed: printed from the
session's sheet (core.trainings.sheet) by attendance_list.py, never numbered or issued."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject

KIND = PrintedKind(
    kind=DocumentKind.ATTENDANCE_LIST,
    title="Lista obecności",
    subject=Subject.TRAINING_SESSION,
    content=None,
    cli=CliMode.SHEET,
)
