"""RODO outputs (issue 15): the files answering a data subject's request.

`access_files`: the access letter (PDF) with the copy of the data, and the same data as JSON
and XLSX for portability, each marked as containing personal data.

May import: core, app, i18n, ReportLab and openpyxl (as `output` does), never ui or PySide6.
"""
