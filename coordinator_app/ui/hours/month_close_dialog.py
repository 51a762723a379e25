"""Month close: pick a month, see what it holds (entries, confirmed hours, what is still not
confirmed, and by whom), close it or reopen it with a reason. With done hours awaiting
confirmation the close offers "confirm them all and close" (one transaction) before "close
anyway". Double-clicking an unsettled entry opens that volunteer's card for the month, to
confirm or correct it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours import (
    MonthCloseError,
    MonthSummary,
    UnsettledEntries,
    close_month,
    confirm_done_and_close,
    month_summary,
    reopen_month,
)
from coordinator_app.core.hours.months import PENDING_LIMIT
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date, format_hours, format_month
from coordinator_app.ui.hours.reason import ask_reason
from coordinator_app.ui.style import set_role

# What `ask_proceed` answers when the month still has unsettled entries (None: do not close).
CONFIRM_AND_CLOSE = "confirm"
CLOSE_ANYWAY = "anyway"


class MonthCloseDialog(QDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        month: Month | dt.date | str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("month_close_dialog")
        self.setWindowTitle(_("Month close"))
        self.db = db
        self.today = today or dt.date.today()
        # By default the month a coordinator usually closes: the previous one.
        self.month = Month.coerce(month) if month is not None else Month.of(self.today).previous()
        self.summary: MonthSummary | None = None
        self.changed = False
        # Hooks a test may replace.
        self.ask_reason: Callable[[str, str], str | None] = lambda title, prompt: ask_reason(
            self, title, prompt
        )
        self.ask_proceed: Callable[[MonthSummary], str | None] = self._ask_proceed

        top = self._build_month_row()
        form = self._build_figures()
        self._build_pending()
        self.notes = QLineEdit()
        self.notes.setObjectName("close_notes")
        self.notes.setMaxLength(200)
        self.notes.setPlaceholderText(_("Note to the close (optional), e.g. all cards collected"))
        self.message = QLabel()
        self.message.setObjectName("close_message")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = self._build_button_row()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.pending, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self.refresh()

    # --- building the window ----------------------------------------------------------------
    def _build_month_row(self) -> QHBoxLayout:
        """◀ month ▶, centred."""
        self.prev_button = QPushButton("◀")
        self.prev_button.setObjectName("close_prev_month")
        self.prev_button.setToolTip(_("Previous month (Ctrl+PgUp)"))
        self.prev_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.prev_button.clicked.connect(lambda: self.go_to_month(self.month.previous()))
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("close_next_month")
        self.next_button.setToolTip(_("Next month (Ctrl+PgDown)"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_button.clicked.connect(lambda: self.go_to_month(self.month.next()))
        self.month_label = QLabel()
        self.month_label.setObjectName("close_month")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setMinimumWidth(170)
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.month_label.setFont(font)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        return top

    def _build_figures(self) -> QFormLayout:
        """What the month holds: one selectable value per line, filled by `refresh`."""
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("state", _("State")),
            ("entries", _("Entries")),
            ("volunteers", _("Volunteers")),
            ("confirmed", _("Confirmed hours")),
            ("unsettled", _("Not confirmed")),
            ("other", _("Cancelled / no-show")),
        ):
            value = QLabel()
            value.setObjectName(f"close_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label + ":", value)
        return form

    def _build_pending(self) -> None:
        """The entries not confirmed yet; double-clicking one opens that volunteer's card."""
        self.pending_label = QLabel(_("Entries not confirmed (double-click opens the volunteer's card):"))
        self.pending = QTableWidget(0, 4)
        self.pending.setObjectName("close_pending")
        self.pending.setHorizontalHeaderLabels([_("Volunteer"), _("Date"), _("Status"), _("Hours")])
        self.pending.verticalHeader().hide()
        self.pending.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.pending.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.pending.activated.connect(lambda index: self.open_card(index.row()))

    def _build_button_row(self) -> QHBoxLayout:
        """Close the month, Reopen… | Close the window."""
        self.close_month_button = QPushButton(_("&Close the month"))
        self.close_month_button.setObjectName("close_month_button")
        self.close_month_button.clicked.connect(self.close_chosen_month)
        self.reopen_button = QPushButton(_("&Reopen…"))
        self.reopen_button.setObjectName("reopen_month_button")
        self.reopen_button.clicked.connect(self.reopen_chosen_month)
        self.done_button = QPushButton(_("Close the window"))
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_month_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        for button in (
            self.prev_button,
            self.next_button,
            self.close_month_button,
            self.reopen_button,
            self.done_button,
        ):
            button.setAutoDefault(False)
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        return buttons

    # --- showing ----------------------------------------------------------------------------
    def go_to_month(self, month: Month) -> None:
        self.month = month
        self.show_message("")
        self.refresh()

    def refresh(self) -> None:
        # A month of a large office is about a twelfth of the table: a fraction of a second.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = self.summary = month_summary(self.db, self.month, today=self.today)
        finally:
            QApplication.restoreOverrideCursor()
        self.month_label.setText(format_month(self.month.first))
        if summary.closed:
            assert summary.closed_at is not None
            state = _("closed on {date} by {who}").format(
                date=format_date(summary.closed_at.date()), who=summary.closed_by or "?"
            )
            if summary.notes:
                state += f" ({summary.notes})"
        elif self.month.last >= self.today:
            state = _("open (the month has not ended)")
        else:
            state = _("open, not closed yet")
        self.values["state"].setText(state)
        self.values["entries"].setText(str(summary.entries))
        self.values["volunteers"].setText(str(summary.volunteers))
        self.values["confirmed"].setText(format_hours(summary.confirmed_minutes))
        unsettled = _("{done} done awaiting confirmation ({hours}), {planned} planned for a past day").format(
            done=summary.done_entries,
            hours=format_hours(summary.done_minutes),
            planned=summary.planned_past_entries,
        )
        self.values["unsettled"].setText(unsettled)
        set_role(self.values["unsettled"], "error" if summary.unsettled_entries else None)
        self.values["other"].setText(f"{summary.cancelled_entries} / {summary.no_show_entries}")
        self.pending.setRowCount(len(summary.pending))
        for row, entry in enumerate(summary.pending):
            cells = (
                entry.volunteer_name,
                format_date(entry.work_date),
                HoursStatus(entry.status).label,
                format_hours(entry.minutes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.pending.setItem(row, column, item)
        more = summary.unsettled_entries - len(summary.pending)
        self.pending_label.setText(
            _("Entries not confirmed (double-click opens the volunteer's card):")
            + (" " + _("the first {n} are listed.").format(n=PENDING_LIMIT) if more > 0 else "")
        )
        self.pending_label.setVisible(bool(summary.pending))
        self.pending.setVisible(bool(summary.pending))
        ended = self.month.last < self.today
        self.close_month_button.setEnabled(not summary.closed and ended)
        self.close_month_button.setToolTip("" if ended else _("The month can be closed once it has ended."))
        self.reopen_button.setEnabled(summary.closed)
        self.notes.setEnabled(not summary.closed and ended)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")
        self.message.setVisible(bool(text))

    # --- acting -----------------------------------------------------------------------------
    def _ask_proceed(self, summary: MonthSummary) -> str | None:
        """Confirm the done hours and close, close anyway, or not close (None)."""
        text = ngettext(
            "{n} entry of {month} is not confirmed. Closing locks it as it is, and it will not count "
            "in documents.",
            "{n} entries of {month} are not confirmed. Closing locks them as they are, and they will not "
            "count in documents.",
            summary.unsettled_entries,
        ).format(n=summary.unsettled_entries, month=format_month(summary.month.first))
        box = QMessageBox(
            QMessageBox.Icon.Warning, _("Month close"), text, QMessageBox.StandardButton.NoButton, self
        )
        answers: dict[object, str] = {}
        if summary.done_entries:
            confirm = box.addButton(
                ngettext(
                    "Confirm {n} done entry and close",
                    "Confirm {n} done entries and close",
                    summary.done_entries,
                ).format(n=summary.done_entries),
                QMessageBox.ButtonRole.AcceptRole,
            )
            confirm.setObjectName("close_confirm_and_close")
            answers[confirm] = CONFIRM_AND_CLOSE
            box.setDefaultButton(confirm)
            if summary.planned_past_entries:
                box.setInformativeText(
                    _("Entries still planned for a past day are not confirmed; they stay planned.")
                )
        anyway = box.addButton(_("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        answers[anyway] = CLOSE_ANYWAY
        cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if not summary.done_entries:
            box.setDefaultButton(cancel)
        box.exec()
        return answers.get(box.clickedButton())

    def close_chosen_month(self) -> bool:
        notes = self.notes.text()
        confirmed = 0
        try:
            try:
                close_month(self.db, self.month, notes=notes, today=self.today)
            except UnsettledEntries as unsettled:
                answer = self.ask_proceed(unsettled.summary)
                if answer == CONFIRM_AND_CLOSE:
                    confirmed, _summary = confirm_done_and_close(
                        self.db, self.month, proceed=True, notes=notes, today=self.today
                    )
                elif answer == CLOSE_ANYWAY:
                    close_month(self.db, self.month, proceed=True, notes=notes, today=self.today)
                else:
                    self.show_message(str(unsettled), error=True)
                    return False
        except MonthCloseError as error:
            self.show_message(str(error), error=True)
            return False
        except StorageError as error:
            self.show_message(error.message, error=True)
            return False
        self.changed = True
        self.notes.clear()
        self.refresh()
        message = _("{month} is closed; its entries are locked.").format(month=format_month(self.month.first))
        if confirmed:
            message += " " + ngettext(
                "{n} done entry was confirmed.", "{n} done entries were confirmed.", confirmed
            ).format(n=confirmed)
        self.show_message(message)
        return True

    def reopen_chosen_month(self) -> bool:
        reason = self.ask_reason(
            _("Reopen the month"),
            _("Why must {month} be reopened? The reason is kept in the audit log.").format(
                month=format_month(self.month.first)
            ),
        )
        if not reason:
            return False
        try:
            reopen_month(self.db, self.month, reason)
        except (MonthCloseError, FieldError) as error:
            self.show_message(str(error), error=True)
            return False
        except StorageError as error:
            self.show_message(error.message, error=True)
            return False
        self.changed = True
        self.refresh()
        self.show_message(_("{month} is open again.").format(month=format_month(self.month.first)))
        return True

    def open_card(self, row: int) -> None:
        from coordinator_app.ui.hours.actions import open_hours_card

        if self.summary is None or not 0 <= row < len(self.summary.pending):
            return
        entry = self.summary.pending[row]
        if open_hours_card(self, self.db, entry.volunteer_id, self.month):
            self.changed = True
        self.refresh()
