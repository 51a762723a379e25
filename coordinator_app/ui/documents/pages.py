"""PDF pages as images, rendered with PDFium (pypdfium2), for the preview and for printing.

PySide6-Essentials has no QtPdf module; PDFium is the engine QtPdf itself is built on.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from PySide6.QtGui import QImage


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float, first: int = 0, last: int | None = None) -> Iterator[QImage]:
    """Pages `first`..`last` (0-based, inclusive) as RGB images at `dpi`, one at a time."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        end = len(document) - 1 if last is None else min(last, len(document) - 1)
        for index in range(first, end + 1):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
            yield qimage.copy()  # own the pixels: `data` goes away
            bitmap.close()
            page.close()
    finally:
        document.close()
