"""Write the annual summary as PDF, XLSX or CSV with the monthly summary's writers (the same
`ReportDocument` model, so the three files and the preview cannot disagree)."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.core.issuing.letterhead import ReportHeader
from coordinator_app.core.reports.annual import AnnualSummary
from coordinator_app.output.summaries.annual_model import build_annual_document
from coordinator_app.output.summaries.monthly import write_document


def suggested_annual_name(year: int, fmt: str) -> str:
    """`podsumowanie-roczne-wolontariatu-2026.pdf` (no Polish letters)."""
    return f"podsumowanie-roczne-wolontariatu-{year}.{fmt}"


def write_annual(annual: AnnualSummary, fmt: str, out: Path, header: ReportHeader | None = None) -> Path:
    """Write `annual` at `out` in `fmt` ("pdf", "xlsx" or "csv"); returns `out`."""
    return write_document(build_annual_document(annual), fmt, out, header)
