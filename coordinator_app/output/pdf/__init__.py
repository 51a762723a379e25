"""The one PDF engine of every printed page (DESIGN.md §4). Qt-free.

- `fonts`: the embedded DejaVu family (ReportLab's Helvetica cannot print Polish letters);
- `styles`: the page geometry and the one set of paragraph styles (documents, sheets, summaries);
- `typography`: Polish typography (no one-letter word at a line end, `5 marca 2025 r.`),
  markup-safe paragraphs, bullet lists, table styles in the family;
- `blocks`: the letterhead, titles, numbered sections, statements, signatures;
- `writer`: one or many documents into one file, "strona X z Y" and the organisation's footer
  on each document's pages (the only place page numbers are drawn).

May import ReportLab, core (read-only data types), app (the fonts) and i18n; never db, ui or PySide6.
"""
