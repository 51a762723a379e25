"""The embedded font family for printed documents.

ReportLab's built-in Helvetica prints ą ć ę ł ń ś ź ż as black boxes without any warning, so
every document uses DejaVu Sans (vendored with its licence under resources/fonts/), registered
as one family so that <b> and <i> in paragraphs pick the right face.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coordinator_app.app.resources import fonts_dir

FONTS_DIR = fonts_dir()
FAMILY = "DejaVuSans"
FACES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


def register_fonts() -> str:
    """Register the family once (idempotent); returns the family name to use in styles."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FACES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, f"{FAMILY}-Bold")
    addMapping(FAMILY, 0, 1, f"{FAMILY}-Oblique")
    addMapping(FAMILY, 1, 1, f"{FAMILY}-BoldOblique")
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=FAMILY,
        bold=f"{FAMILY}-Bold",
        italic=f"{FAMILY}-Oblique",
        boldItalic=f"{FAMILY}-BoldOblique",
    )
    return FAMILY
