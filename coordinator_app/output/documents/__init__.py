"""The printed documents. Qt-free.

`kinds/` holds one module per DocumentKind (its page content and how it is printed) and
`registry.py` gathers them; `fill.py` fills a template from a snapshot, `letter.py` holds what
the one-page letters share; `render.py` writes one document or a stream of them through the PDF
engine (output/pdf); `batch.py` writes a batch issued by core.issuing.batch;
`attendance_list.py` lays out a training's attendance sheet. May import core, i18n, output.pdf
and ReportLab; never a database session, ui or PySide6.
"""
