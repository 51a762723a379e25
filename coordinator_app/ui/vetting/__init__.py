"""The vetting (weryfikacja) window and the short status shown in the volunteer view.

`dialog`, `form`, `panel` and `status`, over `core.vetting`; imports core, db, i18n, ui.style
and ui.widgets.
"""
