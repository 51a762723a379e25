"""Słowniki: the dictionaries the coordinator edits (activity types, villages, staff).

`dialog`, `forms` and `distances`, over `core.dictionaries`; imports core, db, i18n, ui.style
and ui.widgets.
"""

from coordinator_app.ui.dictionaries.dialog import DictionariesDialog

__all__ = ["DictionariesDialog"]
