"""Everything printed or exported. Qt-free.

- `pdf/`: the one PDF engine (fonts, the one style set, Polish typography, letterhead and other
  blocks, the writer that numbers pages "strona X z Y");
- `documents/`: the printed documents, one module per kind in `documents/kinds/` gathered by
  `documents/registry.py`, their page content, rendering and batch printing;
- `summaries/`: the summaries for management (monthly summary as PDF/XLSX/CSV/HTML) and the
  attendance workbook.

Output gets its data from core (snapshots, sheets, summaries) and never opens a database
session itself; it may import core, app, i18n, ReportLab and openpyxl, never ui or PySide6.
"""
