"""The RODO windows (issue 15), opened from the RODO menu of the main window.

r1: `access_person` (choosing a volunteer, guardian or client), `access_export` (the answer to
an access or portability request: letter, JSON, XLSX), `access_restriction` (restriction of
processing), `requests_window` and `requests_form` (the requests register), `menu_r1` (the
menu's actions). Imports core, db, i18n, output (for writing the files), ui.style and
ui.widgets.
"""
