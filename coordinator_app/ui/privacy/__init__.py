"""The RODO windows (issue 15), opened from the RODO menu of the main window.

Rights: `access_person` (choosing a volunteer, guardian or client), `access_export` (the answer
to an access or portability request: letter, JSON, XLSX), `access_restriction` (restriction of
processing), `requests_window` and `requests_form` (the requests register), `menu_rights` (their
menu actions). Retention and accountability: `retention_window` (the yearly review with
one-click anonymisation), `accountability_window` (authorisations, image consents, the register
of processing activities), `menu_retention` (their menu actions). Imports core, db, i18n, output (for
writing the files), ui.style and ui.widgets.
"""
