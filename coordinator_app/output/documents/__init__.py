"""The printed documents. Qt-free.

`kinds/` declares how each DocumentKind is printed (one module per kind) and `registry.py`
gathers them; `agreement_pdf`, `letters_pdf` and `forms_pdf` lay out the page content of the
kinds that share a layout, from an issued document's snapshot and template (`fill.py`);
`render.py` writes one document or a stream of them through the PDF engine (output/pdf);
`batch.py` writes a batch issued by core.issuing.batch; `attendance_list.py` prints a
training's attendance sheet. May import core, i18n, output.pdf and ReportLab.
"""
