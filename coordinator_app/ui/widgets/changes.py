"""Tell other tabs that data they show has changed (e.g. attendance changes readiness).

A tab that shows derived data connects to a signal here and reloads when it is next shown;
the tab that changed the data emits it after saving.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataChanges(QObject):
    trainings = Signal()  # sessions, attendance or readiness rules changed


_hub: DataChanges | None = None


def data_changes() -> DataChanges:
    global _hub
    if _hub is None:
        _hub = DataChanges()
    return _hub
