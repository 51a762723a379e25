"""The monthly hours card: re-typing a volunteer's paper card with the keyboard only.

Choose the volunteer by typing a name and the month with ◀ ▶ (Ctrl+PgUp / Ctrl+PgDown); type
each line (day, hours, what was done; the rest is filled in); Enter moves on and a new row
appears at the end; the running total follows; Ctrl+S saves the whole card in one
transaction, or nothing when a line is wrong (the wrong cells turn red and the line under the
grid says why). New lines are "done"; "Confirm done" (Alt+Z in Polish) confirms them once the
card has been checked, because only confirmed hours count in documents. "The paper card is
the confirmation" saves the done lines from the paper card as confirmed (recorded so in the
audit log); it is ticked for a month that has ended, when signed cards are handed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours import COLUMNS, ClosedMonthError, card_context, card_lines, save_card
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours, format_month
from coordinator_app.ui.hours.card_layout import (
    add_shortcuts,
    build_button_row,
    build_closed_box,
    build_month_row,
    build_total_row,
)
from coordinator_app.ui.hours.card_model import CardModel
from coordinator_app.ui.hours.card_table import CardTable
from coordinator_app.ui.hours.reason import ask_reason
from coordinator_app.ui.hours.volunteer_field import VolunteerNameField
from coordinator_app.ui.style import set_role

SHOWN_ERRORS = 3


CARDS_HANDED_IN_BY = 10  # day of the month until which last month's paper cards come in


def default_card_month(today: dt.date) -> Month:
    """Paper cards are handed in at the start of the next month: until the 10th the card
    opens on the previous month, later on the current one."""
    month = Month.of(today)
    return month.previous() if today.day <= CARDS_HANDED_IN_BY else month


class HoursCardDialog(QDialog):
    """`volunteer_id` and `month` may be None: the name is then typed first; the month
    defaults to `default_card_month`."""

    saved = Signal()

    # Built by `card_layout`: the name field and month row, the closed-month notice, the
    # running total and the buttons.
    volunteer_edit: VolunteerNameField
    prev_button: QPushButton
    next_button: QPushButton
    month_label: QLabel
    closed_label: QLabel
    unlock_button: QPushButton
    total_label: QLabel
    reminder: QLabel
    delete_button: QPushButton
    confirm_button: QPushButton
    paper_confirms: QCheckBox
    save_button: QPushButton
    close_button: QPushButton

    def __init__(
        self,
        db: Database,
        volunteer_id: int | None = None,
        month: Month | dt.date | str | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hours_card_dialog")
        self.db = db
        self.today = today or dt.date.today()
        self.volunteer_id: int | None = None
        self.month = Month.coerce(month) if month is not None else default_card_month(self.today)
        self.reason: str | None = None  # given to change a closed month; kept for this card
        self.month_closed = False
        self.saved_count = 0
        # Hooks a test may replace: ask for a reason, and what to do with unsaved changes.
        self.ask_reason: Callable[[str, str], str | None] = lambda title, prompt: ask_reason(
            self, title, prompt
        )
        self.ask_unsaved: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved

        top = build_month_row(self)
        self.closed_box = build_closed_box(self)
        self.model = CardModel(self)
        self.table = CardTable(self.model)
        self.model.changed.connect(self._update_total)
        self.message = QLabel()
        self.message.setObjectName("card_message")
        self.message.setWordWrap(True)
        under = build_total_row(self)
        buttons = build_button_row(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.closed_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(under)
        layout.addLayout(buttons)
        add_shortcuts(self)
        self.paper_confirms.setChecked(self.month.last < self.today)
        self.resize(1180, 640)
        if volunteer_id is not None:
            self.choose_volunteer(volunteer_id)
        else:
            self.volunteer_edit.load_names()
            self._reload()
            QTimer.singleShot(0, self.volunteer_edit.setFocus)

    # --- choosing the volunteer and the month -----------------------------------------------
    def choose_volunteer(self, volunteer_id: int) -> None:
        if volunteer_id == self.volunteer_id and self.model.ctx is not None:
            self.focus_grid()
            return
        if not self.resolve_unsaved():
            return
        self.volunteer_id = volunteer_id
        self.reason = None
        self._reload()
        self.focus_grid()

    def go_to_month(self, month: Month) -> None:
        if month == self.month or not self.resolve_unsaved():
            return
        self.month = month
        self.reason = None
        self.paper_confirms.setChecked(month.last < self.today)
        self._reload()
        if self.volunteer_id is not None:
            self.focus_grid()

    def _reload(self, message: str = "") -> None:
        """Load the card of the chosen volunteer and month; `message` is shown as done."""
        self.month_label.setText(format_month(self.month.first))
        if self.volunteer_id is None:
            self.model.load(None, [])
            self.setWindowTitle(_("Hours card"))
            self.closed_box.hide()
            self.show_message(message or _("Type the volunteer's surname and press Enter."))
            self._update_buttons()
            return
        try:
            ctx = card_context(self.db, self.volunteer_id, self.month)
        except FieldError as error:  # the volunteer was removed meanwhile
            self.volunteer_id = None
            self.model.load(None, [])
            self.show_message(error.message, error=True)
            return
        self.model.load(ctx, card_lines(ctx))
        self.month_closed = ctx.closed
        self.model.set_read_only(ctx.closed and self.reason is None)
        self.volunteer_edit.show_volunteer(self.volunteer_id, ctx.volunteer_name)
        self.setWindowTitle(
            _("Hours card: {name}, {month}").format(
                name=ctx.volunteer_name, month=format_month(self.month.first)
            )
        )
        self._update_closed()
        self._update_buttons()
        self.show_message(message, ok=True)

    def _update_closed(self) -> None:
        if self.model.ctx is None or not self.month_closed:
            self.closed_box.hide()
            return
        self.closed_box.show()
        if self.reason is None:
            self.closed_label.setText(
                _(
                    "This month is closed: the card is read-only. A change needs a reason, "
                    "which is kept in the audit log."
                )
            )
            self.unlock_button.show()
        else:
            self.closed_label.setText(
                _("Changing a closed month. Reason (kept in the audit log): {reason}").format(
                    reason=self.reason
                )
            )
            self.unlock_button.hide()

    def _update_buttons(self) -> None:
        editable = self.model.ctx is not None and not self.model.read_only
        for button in (self.delete_button, self.confirm_button, self.save_button, self.paper_confirms):
            button.setEnabled(editable)

    def focus_grid(self) -> None:
        if self.model.ctx is None:
            return
        row, column = self.table.first_free_cell()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.go_to(row, column)

    # --- the closed month -------------------------------------------------------------------
    def unlock(self) -> bool:
        """Ask for the reason; with one, the closed month's card can be changed and saved."""
        if self.model.ctx is None or not self.month_closed:
            return True
        reason = self.ask_reason(
            _("Change a closed month"),
            _("{month} is closed. Why must its hours be changed?").format(
                month=format_month(self.month.first)
            ),
        )
        if not reason:
            return False
        self.reason = reason
        self.model.set_read_only(False)
        self._update_closed()
        self._update_buttons()
        self.focus_grid()
        return True

    # --- editing helpers --------------------------------------------------------------------
    def remove_current_row(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.read_only:
            return
        self._finish_editing()
        row = index.row()
        self.model.remove_row(row)
        self.table.go_to(min(row, self.model.rowCount() - 1), index.column())

    def confirm_done(self) -> int:
        self._finish_editing()
        count = self.model.set_status_where(HoursStatus.DONE.value, HoursStatus.CONFIRMED.label)
        if count:
            self.show_message(
                ngettext(
                    "{n} line marked confirmed; save the card to keep it.",
                    "{n} lines marked confirmed; save the card to keep it.",
                    count,
                ).format(n=count),
                ok=True,
            )
        else:
            self.show_message(_("No done lines to confirm."))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # typing can go on
        return count

    def _finish_editing(self) -> None:
        """Write the cell being typed into the model (Ctrl+S does not take the focus away)."""
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and editor.parent() is self.table.viewport():
            self.table.delegate.commitData.emit(editor)
            self.table.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _update_total(self) -> None:
        totals = self.model.totals()
        text = _("Total: {hours}").format(hours=format_hours(totals.worked_minutes))
        if totals.confirmed_minutes != totals.worked_minutes:
            text += "   " + _("(confirmed: {hours})").format(hours=format_hours(totals.confirmed_minutes))
        self.total_label.setText(text)
        self.total_label.setVisible(self.model.ctx is not None)

    def show_message(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok" if ok else None)
        self.message.setVisible(bool(text))

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.model.ctx is None or self.volunteer_id is None:
            return False
        self._finish_editing()
        if self.model.read_only:
            self.show_message(_('This month is closed; click "Change despite the close…" first.'), error=True)
            return False
        try:
            result = save_card(
                self.db,
                self.volunteer_id,
                self.month,
                self.model.lines(),
                deleted_ids=self.model.deleted_ids,
                reason=self.reason,
                today=self.today,
                confirm_paper=self.paper_confirms.isChecked(),
            )
        except ValidationErrors as errors:
            self._show_errors(errors)
            return False
        except ClosedMonthError as error:  # closed in the meantime: the reason is asked first
            self.month_closed = True
            self.model.set_read_only(True)
            self._update_closed()
            self._update_buttons()
            self.show_message(error.message, error=True)
            return False
        except FieldError as error:
            self.show_message(error.message, error=True)
            return False
        except StorageError as error:
            self.show_message(error.message, error=True)
            return False
        self.saved_count += result.changed
        self._reload(
            _("Saved: {created} added, {updated} changed, {deleted} removed.").format(
                created=result.created, updated=result.updated, deleted=result.deleted
            )
            if result.changed
            else _("Nothing to save: the card is as stored.")
        )
        if result.changed:
            self.saved.emit()
        self.focus_grid()
        return True

    def _show_errors(self, errors: ValidationErrors) -> None:
        message, first = self.model.show_refusal(errors, SHOWN_ERRORS)
        self.show_message(message, error=True)
        if first is not None:
            self.table.setFocus()
            self.table.go_to(first[0], COLUMNS.index(first[1]))

    # --- leaving ----------------------------------------------------------------------------
    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _("Unsaved changes"),
            _("The card has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(_("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(_("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_("Cancel"))
        return QMessageBox.StandardButton(box.exec())

    def resolve_unsaved(self) -> bool:
        """True when there is nothing unsaved, or it was saved or discarded."""
        self._finish_editing()
        if not self.model.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.resolve_unsaved():
            super().reject()
