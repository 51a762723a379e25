"""The monthly summary as CSV for Polish Excel (reports.csv_excel: UTF-8 with BOM, `;`,
decimal comma). Each table is a block: its title, the column headers, the rows and the total,
then an empty line; the file opens with the title, the notice of a period not closed (if
any), the organisation and the period, and ends with the approval block."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from coordinator_app.output.pdf.writer import PERSONAL_DATA_MARK
from coordinator_app.output.summaries.csv_excel import write_excel_csv
from coordinator_app.output.summaries.monthly_model import ReportDocument, hidden_note
from coordinator_app.output.summaries.monthly_values import csv_value

PERSONAL_DATA_NOTE = f"plik {PERSONAL_DATA_MARK}"


def _rows(document: ReportDocument) -> Iterator[Sequence[object]]:
    for line in document.notice:
        yield ["UWAGA", line]
    if document.names_people:
        yield ["RODO", PERSONAL_DATA_NOTE]
    yield ["Organizacja", document.organisation]
    yield ["Okres", document.period_label]
    yield ["Porównanie z okresem", document.previous_label]
    yield ["Data sporządzenia", document.generated_on]
    yield []
    for section in document.sections:
        yield [section.title.upper()]
        for table in section.tables:
            yield [table.title]
            yield list(table.columns)
            for row in table.rows:
                yield [csv_value(value) for value in row]
            if table.total is not None:
                yield [csv_value(value) for value in table.total]
            if table.has_hidden:
                yield [hidden_note(document.threshold)]
            yield []
        for note in section.notes:
            if note != hidden_note(document.threshold):  # printed under each table it concerns
                yield [note]
        if section.notes:
            yield []
    for label, name in document.approval:
        yield [f"{label}:", name, "data:", "", "podpis:", ""]


def write_monthly_csv(document: ReportDocument, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    write_excel_csv(out, [document.title], _rows(document))
    return out
