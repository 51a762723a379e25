"""Słowniki: the dictionaries the coordinator edits (activity types, villages, staff)."""

from coordinator_app.ui.dictionaries.dialog import DictionariesDialog

__all__ = ["DictionariesDialog"]
