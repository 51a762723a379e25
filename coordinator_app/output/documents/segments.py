"""A document laid out as one or more segments (each numbered "strona X z Y" on its own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable


@dataclass
class Segment:
    story: list[Flowable]
    number_label: str = ""  # e.g. "Porozumienie nr W/12/2025", beside the page numbers
    footer: str = ""  # the organisation's footer text
    decorate: Callable[[canvas.Canvas, int], None] | None = None
    margins: tuple[float, float, float, float] | None = None
    copies: list[str] = field(default_factory=list)  # labels; the pages are printed once per copy
