"""Bringing the coordinator's spreadsheets in (issue #19): volunteers, clients and past hours.

`sources` (file → sheets → rows, hostile files refused in one sentence), `headers` (header row,
automatic column mapping, the remembered mapping), `fields` (names, addresses, dates, phones
as people type them), `preview` (every row validated with the forms' validators, duplicates,
unknown dictionary values), `hours` (the hours history's rows), `service` (the import in one
transaction and its undo), `rejected` (the rejected rows as XLSX), `template` (the blank sheet
to fill in). May import core, db and i18n; reads files with python-calamine and
charset-normalizer and writes them with openpyxl.
"""
