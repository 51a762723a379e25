"""Write the summary of a period as PDF, XLSX or CSV: one entry point for the window and the
command line. ReportLab and openpyxl are imported only for the format asked for."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.core.calendar import Period
from coordinator_app.core.issuing.letterhead import ReportHeader
from coordinator_app.core.reports.figures import Summary
from coordinator_app.output.summaries.monthly_model import ReportDocument
from coordinator_app.output.summaries.monthly_sections import build_document

FORMATS = ("pdf", "xlsx", "csv")


def suggested_name(period: Period, fmt: str) -> str:
    """`podsumowanie-wolontariatu-2026-10.pdf` (ISO period key, no Polish letters)."""
    return f"podsumowanie-wolontariatu-{period.key}.{fmt}"


def write_summary(summary: Summary, fmt: str, out: Path, header: ReportHeader | None = None) -> Path:
    """Write `summary` at `out` in `fmt` ("pdf", "xlsx" or "csv"); returns `out`."""
    return write_document(build_document(summary), fmt, out, header)


def write_document(document: ReportDocument, fmt: str, out: Path, header: ReportHeader | None = None) -> Path:
    if fmt == "pdf":
        from coordinator_app.output.summaries.monthly_pdf import write_monthly_pdf

        return write_monthly_pdf(document, header or ReportHeader({"name": document.organisation}), out)
    if fmt == "xlsx":
        from coordinator_app.output.summaries.monthly_xlsx import write_monthly_xlsx

        return write_monthly_xlsx(document, out)
    if fmt == "csv":
        from coordinator_app.output.summaries.monthly_csv import write_monthly_csv

        return write_monthly_csv(document, out)
    raise ValueError(f"unknown format: {fmt}")
