"""The card grid for keyboard-only typing: typing overwrites a cell, Tab moves to the next cell,
Enter too in the day and hours; from "what was done" on, Enter goes to the next line (adding
one at the end), because the rest of the line has its defaults (assignment, activity type,
source, status) and a paper card line is day, hours, what was done. When no default activity
type could be found, Enter stops at the assignment instead. Delete clears, Escape undoes the
cell being typed. Choice cells offer their choices as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours import COLUMNS, DESCRIPTION_MAX, SOURCE_LABELS, source_label
from coordinator_app.core.hours.card import (
    ACTIVITY,
    ASSIGNMENT,
    DAY,
    DESCRIPTION,
    HOURS,
    KM,
    PLACE,
    SOURCE,
    STATUS,
)
from coordinator_app.core.hours.data import PLACE_MAX
from coordinator_app.ui.hours.card_model import CardModel

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
WIDTHS = {DAY: 52, HOURS: 110, ASSIGNMENT: 130, ACTIVITY: 120, PLACE: 130, KM: 48, SOURCE: 130, STATUS: 110}
ENTER_TO_NEXT_LINE_FROM = COLUMNS.index(DESCRIPTION)
MAX_LENGTH = {DAY: 12, HOURS: 30, DESCRIPTION: DESCRIPTION_MAX, PLACE: PLACE_MAX, KM: 8}


class CardDelegate(QStyledItemDelegate):
    """A line edit per cell; choice cells get a completer over their choices. Enter commits
    and moves on, like Tab, also when the choices list is open."""

    def __init__(self, model: CardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.card = model
        self.enter_pending = False  # the editor was closed by Enter (not Tab): see CardTable

    def take_enter(self) -> bool:
        pending, self.enter_pending = self.enter_pending, False
        return pending

    def choices(self, name: str) -> list[str]:
        ctx = self.card.ctx
        if ctx is None:
            return []
        if name == ASSIGNMENT:
            running = ctx.in_month()
            return [a.label for a in running] + [a.label for a in ctx.assignments if a not in running]
        if name == ACTIVITY:
            return [a.label for a in ctx.activities if a.active]
        if name == SOURCE:
            return [source_label(code) for code in SOURCE_LABELS]
        if name == STATUS:
            return [s.label for s in HoursStatus]
        return []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = COLUMNS[index.column()]
        editor = QLineEdit(parent)
        editor.setObjectName(f"card_editor_{name}")
        editor.setFrame(False)
        if name in MAX_LENGTH:
            editor.setMaxLength(MAX_LENGTH[name])
        choices = self.choices(name)
        if choices:
            completer = QCompleter(choices, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            popup = completer.popup()
            if popup is not None:
                widest = max(popup.fontMetrics().horizontalAdvance(choice) for choice in choices)
                popup.setMinimumWidth(min(widest + 40, 560))  # the names, not cut to the column
            editor.setCompleter(completer)
        # With the choices open the completer takes Enter and hands it to the line edit
        # directly (past this delegate's filter): returnPressed then commits and moves on.
        editor.returnPressed.connect(lambda e=editor: self._commit_and_move(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()  # typing replaces the cell

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def _commit_and_move(self, editor: QLineEdit) -> None:
        if editor.property("closing"):
            return
        editor.setProperty("closing", True)
        self.enter_pending = True
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._commit_and_move(watched)
            return True
        return super().eventFilter(watched, event)


class CardTable(QTableView):
    def __init__(self, model: CardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hours_card_table")
        self.card = model
        self.setModel(model)
        self.delegate = CardDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column, name in enumerate(COLUMNS):
            if name == DESCRIPTION:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(column, WIDTHS[name])
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(26)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMinimumWidth(48)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # --- moving -----------------------------------------------------------------------------
    def next_index(self, index: QModelIndex) -> QModelIndex:
        """The cell after `index`: to the right, or the first cell of the next row (a new
        empty row is added after the last one)."""
        model = self.card
        if not index.isValid():
            return model.index(0, 0)
        if index.column() < model.columnCount() - 1:
            return model.index(index.row(), index.column() + 1)
        if index.row() == model.rowCount() - 1:
            model.append_blank()
        return model.index(index.row() + 1, 0)

    def after_enter(self, index: QModelIndex) -> QModelIndex:
        """Where Enter goes: the next cell in the day and hours; from "what was done" on, the
        day of the next line, unless the line has no activity type (no default could be
        found: the assignment is to be chosen)."""
        model = self.card
        if not index.isValid() or index.column() < ENTER_TO_NEXT_LINE_FROM:
            return self.next_index(index)
        row = index.row()
        line = model.line(row)
        assignment = model.column_of(ASSIGNMENT)
        if index.column() < assignment and not line.is_blank() and not line.activity:
            return model.index(row, assignment)
        if row == model.rowCount() - 1:
            model.append_blank()
        return model.index(row + 1, 0)

    def previous_index(self, index: QModelIndex) -> QModelIndex:
        model = self.card
        if index.column() > 0:
            return model.index(index.row(), index.column() - 1)
        if index.row() > 0:
            return model.index(index.row() - 1, model.columnCount() - 1)
        return index

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction == QAbstractItemView.CursorAction.MoveNext:
            if self.delegate.take_enter():
                return self.after_enter(self.currentIndex())
            return self.next_index(self.currentIndex())
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious:
            return self.previous_index(self.currentIndex())
        return super().moveCursor(cursorAction, modifiers)

    def go_to(self, row: int, column: int) -> None:
        index = self.card.index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                target = self.after_enter(self.currentIndex())
                self.setCurrentIndex(target)
                self.scrollTo(target)
                event.accept()
                return
            if (
                key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and modifiers == Qt.KeyboardModifier.NoModifier
            ):
                if not self.card.read_only:
                    self.card.clear(self.selectionModel().selectedIndexes() or [self.currentIndex()])
                event.accept()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        self.delegate.enter_pending = False  # used by the move just made, if any
        if hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        ):
            # Qt opened the next cell's editor; make sure it is in view (a new row may be there).
            QTimer.singleShot(0, lambda: self.scrollTo(self.currentIndex()))

    def first_free_cell(self) -> tuple[int, int]:
        """The day cell of the first empty row (where typing a card starts)."""
        for row in range(self.card.rowCount()):
            if self.card.line(row).is_blank():
                return row, 0
        return self.card.append_blank(), 0

    def sizeHintForColumn(self, column: int) -> int:
        return WIDTHS.get(COLUMNS[column], 200)

    def model_changed(self, *_args: Any) -> None:
        self.viewport().update()
