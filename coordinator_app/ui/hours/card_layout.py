"""The hours card dialog's window: the rows above and under the grid and the keyboard
shortcuts, built onto a `HoursCardDialog` and wired to its slots (the behaviour stays in
`card_dialog`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from coordinator_app.i18n import _
from coordinator_app.ui.hours.volunteer_field import VolunteerNameField
from coordinator_app.ui.style import set_role

if TYPE_CHECKING:
    from coordinator_app.ui.hours.card_dialog import HoursCardDialog


def build_month_row(dialog: HoursCardDialog) -> QHBoxLayout:
    """The volunteer typed by name, then ◀ month ▶."""
    dialog.volunteer_edit = VolunteerNameField(dialog.db)
    dialog.volunteer_edit.chosen.connect(dialog.choose_volunteer)
    dialog.volunteer_edit.problem.connect(lambda text: dialog.show_message(text, error=True))
    volunteer_label = QLabel(_("&Volunteer:"))
    volunteer_label.setBuddy(dialog.volunteer_edit)
    dialog.prev_button = QPushButton("◀")
    dialog.prev_button.setObjectName("card_prev_month")
    dialog.prev_button.setToolTip(_("Previous month (Ctrl+PgUp)"))
    dialog.prev_button.clicked.connect(lambda: dialog.go_to_month(dialog.month.previous()))
    dialog.next_button = QPushButton("▶")
    dialog.next_button.setObjectName("card_next_month")
    dialog.next_button.setToolTip(_("Next month (Ctrl+PgDown)"))
    dialog.next_button.clicked.connect(lambda: dialog.go_to_month(dialog.month.next()))
    for button in (dialog.prev_button, dialog.next_button):
        button.setFixedWidth(36)
        button.setAutoDefault(False)
    dialog.month_label = QLabel()
    dialog.month_label.setObjectName("card_month")
    dialog.month_label.setMinimumWidth(150)
    dialog.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = dialog.month_label.font()
    font.setBold(True)
    dialog.month_label.setFont(font)
    top = QHBoxLayout()
    top.addWidget(volunteer_label)
    top.addWidget(dialog.volunteer_edit, 1)
    top.addSpacing(16)
    top.addWidget(dialog.prev_button)
    top.addWidget(dialog.month_label)
    top.addWidget(dialog.next_button)
    return top


def build_closed_box(dialog: HoursCardDialog) -> QWidget:
    """The notice of a closed month, with the button that asks for the reason to change it."""
    dialog.closed_label = QLabel()
    dialog.closed_label.setObjectName("card_closed")
    set_role(dialog.closed_label, "closed_month")
    dialog.closed_label.setWordWrap(True)
    dialog.unlock_button = QPushButton(_("C&hange despite the close…"))
    dialog.unlock_button.setObjectName("card_unlock")
    dialog.unlock_button.setAutoDefault(False)
    dialog.unlock_button.clicked.connect(dialog.unlock)
    closed_row = QHBoxLayout()
    closed_row.addWidget(dialog.closed_label, 1)
    closed_row.addWidget(dialog.unlock_button)
    box = QWidget()
    box.setLayout(closed_row)
    closed_row.setContentsMargins(0, 0, 0, 0)
    return box


def build_total_row(dialog: HoursCardDialog) -> QHBoxLayout:
    """The running total, and the reminder to keep "what was done" short."""
    dialog.total_label = QLabel()
    dialog.total_label.setObjectName("card_total")
    total_font = dialog.total_label.font()
    total_font.setBold(True)
    dialog.total_label.setFont(total_font)
    dialog.reminder = QLabel(
        _(
            "What was done: keep it short and leave out sensitive details about the client "
            "(health, family matters)."
        )
    )
    dialog.reminder.setObjectName("card_reminder")
    set_role(dialog.reminder, "note")
    dialog.reminder.setWordWrap(True)
    under = QHBoxLayout()
    under.addWidget(dialog.total_label)
    under.addSpacing(24)
    under.addWidget(dialog.reminder, 1)
    return under


def build_button_row(dialog: HoursCardDialog) -> QHBoxLayout:
    """Remove row, Confirm done, the paper card confirms | Save, Close."""
    dialog.delete_button = QPushButton(_("&Remove row"))
    dialog.delete_button.setObjectName("card_remove_row")
    dialog.delete_button.setToolTip(
        _("Remove the current row (Ctrl+Delete); a saved entry is deleted on saving.")
    )
    dialog.delete_button.clicked.connect(dialog.remove_current_row)
    dialog.confirm_button = QPushButton(_("Confirm &done"))
    dialog.confirm_button.setObjectName("card_confirm_done")
    dialog.confirm_button.setToolTip(_("Mark every done line as confirmed (saved with the card)."))
    dialog.confirm_button.clicked.connect(dialog.confirm_done)
    dialog.paper_confirms = QCheckBox(_("&Paper card confirms (save as confirmed)"))
    dialog.paper_confirms.setObjectName("card_paper_confirms")
    dialog.paper_confirms.setToolTip(
        _(
            "The card signed on paper confirms the hours: done lines whose source is the paper "
            "card are saved as confirmed, and the audit log says so. Lines told by phone stay done."
        )
    )
    dialog.save_button = QPushButton(_("&Save"))
    dialog.save_button.setObjectName("card_save")
    dialog.save_button.setToolTip(_("Save the whole card (Ctrl+S)"))
    dialog.save_button.clicked.connect(dialog.save)
    dialog.close_button = QPushButton(_("Close"))
    dialog.close_button.setObjectName("card_close")
    dialog.close_button.clicked.connect(dialog.reject)
    buttons = QHBoxLayout()
    for button in (dialog.delete_button, dialog.confirm_button, dialog.save_button, dialog.close_button):
        button.setAutoDefault(False)
    buttons.addWidget(dialog.delete_button)
    buttons.addWidget(dialog.confirm_button)
    buttons.addSpacing(12)
    buttons.addWidget(dialog.paper_confirms)
    buttons.addStretch(1)
    buttons.addWidget(dialog.save_button)
    buttons.addWidget(dialog.close_button)
    return buttons


def add_shortcuts(dialog: HoursCardDialog) -> None:
    """Ctrl+S saves, Ctrl+PgUp / Ctrl+PgDown change the month, Ctrl+Del removes the row."""
    for keys, slot in (
        ("Ctrl+S", dialog.save),
        ("Ctrl+PgUp", lambda: dialog.go_to_month(dialog.month.previous())),
        ("Ctrl+PgDown", lambda: dialog.go_to_month(dialog.month.next())),
        ("Ctrl+Del", dialog.remove_current_row),
    ):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(slot)
