"""Agreements (porozumienia): the form, annex and termination dialogs, the volunteer panel."""
