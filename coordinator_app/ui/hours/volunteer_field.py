"""The hours card's name field: type a volunteer's surname, pick from the list or press Enter.

The names (10,000 of them in a large office) are loaded the first time the field is used, so a
card opened on a known volunteer appears at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from coordinator_app.core.hours import VolunteerChoice, volunteer_choices
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext


class VolunteerNameField(QLineEdit):
    """`chosen(volunteer_id)` when a name was picked or typed unambiguously; `problem(text)`
    when Enter matched no one or several."""

    chosen = Signal(int)
    problem = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._choices: list[VolunteerChoice] | None = None
        self.setObjectName("card_volunteer")
        self.setPlaceholderText(_("Type the volunteer's surname…"))
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self._typed)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.load_names()
        super().focusInEvent(event)

    def choices(self) -> list[VolunteerChoice]:
        if self._choices is None:
            self._choices = volunteer_choices(self.db)
        return self._choices

    def load_names(self) -> None:
        """Load the names and offer them as the user types (once)."""
        if self.completer() is not None:
            return
        completer = QCompleter([c.label for c in self.choices()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)

    def show_volunteer(self, volunteer_id: int, name: str) -> None:
        """Show the chosen volunteer: their list label once the names are loaded, else `name`."""
        label = name
        if self._choices is not None:
            label = next((c.label for c in self._choices if c.id == volunteer_id), self.text())
        if self.text() != label:
            self.setText(label)

    def _picked(self, label: str) -> None:
        match = next((c for c in self.choices() if c.label == label), None)
        if match is not None:
            self.chosen.emit(match.id)

    def _typed(self) -> None:
        """Enter: the volunteer whose name (ignoring case and Polish letters) contains every
        typed word, when there is exactly one."""
        text = self.text().strip()
        if not text:
            return
        exact = [c for c in self.choices() if c.label == text]
        words = fold(text).split()
        found = exact or [
            c for c in self.choices() if all(w in c.search_text or w in fold(c.label) for w in words)
        ]
        if len(found) == 1:
            self.chosen.emit(found[0].id)
        elif not found:
            self.problem.emit(_('No volunteer matches "{text}".').format(text=text))
        else:
            self.problem.emit(
                ngettext(
                    "{n} volunteer matches; type more of the name or choose from the list.",
                    "{n} volunteers match; type more of the name or choose from the list.",
                    len(found),
                ).format(n=len(found))
            )
