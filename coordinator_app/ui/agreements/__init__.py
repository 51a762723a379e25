"""Agreements (porozumienia): the form, annex and termination dialogs, the volunteer panel.

Qt widgets over the `core.agreements` services; imports core, db, i18n, ui.style and ui.widgets.
"""
