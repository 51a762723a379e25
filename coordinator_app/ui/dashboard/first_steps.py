"""The first-run checklist on the dashboard: the steps of `core.reports.first_steps`, each a
button that opens its window (`open_step(key, record_id)`, -1 for none, answered by the main
window through `ui.openers.first_step`) and ticked off as soon as it is done.

The panel is empty and hidden until the steps are first given to it: the dashboard reads them
on its loading worker with the rest of its data (`read_steps`, then `show_steps`). They are
read again whenever the panel is shown, after each step's window closes and when trainings
change; the panel hides once every step is done, or when the coordinator hides it
(remembered in the database).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.reports.first_steps import FIRST_STEPS_HIDDEN, FirstStep, first_steps
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.changes import data_changes

COLUMNS = 2
DONE_MARK = "\u2714"  # ✔
PENDING_MARK = "\u25cb"  # ○


def read_steps(db: Database) -> tuple[FirstStep, ...] | None:
    """The steps as they stand, or None when the coordinator has hidden the list: plain reads,
    on any thread."""
    if settings_store.read(db, FIRST_STEPS_HIDDEN):
        return None
    return first_steps(db)


class ShrinkingScrollArea(QScrollArea):
    """The steps at full height where there is room; in a small window they scroll rather
    than make the whole dashboard taller than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        return inner.sizeHint() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class FirstStepsPanel(QFrame):
    open_step = Signal(str, int)  # step key, record id (-1: none)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("first_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.steps: tuple[FirstStep, ...] = ()
        self._just_read = False
        self.title = QLabel(_("First steps"))
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.progress = QLabel()
        self.progress.setObjectName("first_steps_progress")
        set_role(self.progress, "note")
        self.hide_button = QPushButton(_("&Hide the list"))
        self.hide_button.setObjectName("first_steps_hide")
        self.hide_button.setToolTip(_("The list will not be shown again."))
        self.hide_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.progress, 1)
        top.addWidget(self.hide_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.next_hint = QLabel()
        self.next_hint.setObjectName("first_steps_next")
        self.next_hint.setWordWrap(True)
        inner = QWidget()
        steps = QVBoxLayout(inner)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addLayout(self.grid)
        steps.addWidget(self.next_hint)
        self.area = ShrinkingScrollArea()
        self.area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.area)
        data_changes().trainings.connect(self.refresh)
        self.setVisible(False)  # until the steps are read

    # --- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the steps again (on this thread) and show them."""
        self.show_steps(read_steps(self.db))

    def show_steps(self, steps: tuple[FirstStep, ...] | None) -> None:
        """Show `steps` (`read_steps`); hidden when all are done or the coordinator hid the list."""
        if steps is None:
            self.steps = ()
            self.setVisible(False)
            return
        self.steps = steps
        if not self.buttons:
            self._build_rows()
        self._show_steps()

    def _build_rows(self) -> None:
        for index, step in enumerate(self.steps):
            row, column = index // COLUMNS, (index % COLUMNS) * 2
            mark = QLabel()
            mark.setObjectName(f"first_step_{step.key}_mark")
            number = index + 1  # Alt+1 … Alt+9, Alt+0 for the tenth
            button = QPushButton(f"&{number}. {step.title}" if number < 10 else f"1&0. {step.title}")
            button.setObjectName(f"first_step_{step.key}")
            button.setToolTip(step.hint)
            set_role(button, "step")  # the steps read as a list: text at the left
            button.clicked.connect(lambda _checked=False, key=step.key: self._open(key))
            self.grid.addWidget(mark, row, column)
            self.grid.addWidget(button, row, column + 1)
            self.marks[step.key] = mark
            self.buttons[step.key] = button
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column * 2 + 1, 1)

    def _show_steps(self) -> None:
        remaining = [step for step in self.steps if not step.done]
        for step in self.steps:
            self.marks[step.key].setText(DONE_MARK if step.done else PENDING_MARK)
            state = _("done") if step.done else _("to do")
            self.marks[step.key].setAccessibleName(state)
            button = self.buttons[step.key]
            button.setAccessibleName(f"{step.title}: {state}")
            button.setAccessibleDescription(step.hint)
            font = QFont(button.font())
            font.setBold(bool(remaining) and step is remaining[0])
            button.setFont(font)
        done = len(self.steps) - len(remaining)
        self.progress.setText(_("{done} of {total} done").format(done=done, total=len(self.steps)))
        if remaining:
            first = remaining[0]
            self.next_hint.setText(_("Next: {title}. {hint}").format(title=first.title, hint=first.hint))
        self._just_read = True  # shown by what was just read: nothing to read again
        self.setVisible(bool(remaining))
        self._just_read = False

    def step(self, key: str) -> FirstStep:
        return next(step for step in self.steps if step.key == key)

    # --- acting -----------------------------------------------------------------------------
    def _open(self, key: str) -> None:
        self.refresh()  # the record a step names may have come since the list was read
        if not self.steps:
            return
        record_id = self.step(key).record_id
        self.open_step.emit(key, -1 if record_id is None else record_id)
        self.refresh()  # the window has closed (they are modal): tick off what it did

    def dismiss(self) -> None:
        settings_store.write(self.db, FIRST_STEPS_HIDDEN, 1)
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.steps and not self._just_read:  # shown again (the dashboard chosen): read again
            self.refresh()
