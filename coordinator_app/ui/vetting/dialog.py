"""The vetting window of one volunteer: restricted criminal-record data (art. 10 RODO).

Opening the window shows only the verdict. The record itself appears after "Pokaż dane
weryfikacji"; each showing goes through `get_vetting`, which writes it to the audit log. The
form then shows, live, what is still missing for work with minors, checks every field on
saving and saves in one transaction with every change audited. Below it, the statements of
art. 21 ust. 5 and 6 issued for the volunteer (and linked to the record), each with Print.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.vetting import (
    VettingData,
    VettingRefused,
    VettingView,
    evaluate,
    get_vetting,
    issued_statements,
    save_vetting,
    vetting_summary,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import set_role
from coordinator_app.ui.vetting.form import VettingForm
from coordinator_app.ui.vetting.status import live_status_html, summary_role
from coordinator_app.ui.widgets.form_dialog import FormDialog, SaveCancelled
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.geometry import fit_to_screen

STATEMENT_LABELS = {
    "residence_statement": N_("Statement on the countries of residence"),
    "no_record_statement": N_("Statement on a country without records"),
}
STATEMENT_BUTTONS = (
    ("residence_statement", N_("Print the residence statement…")),
    ("no_record_statement", N_("Print the no-record statement…")),
)
FORM_SIZE = (980, 680)  # fits a 1366 × 768 office screen with the taskbar


class VettingDialog(FormDialog[VettingData]):
    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.today = dt.date.today()
        self.view: VettingView | None = None
        self.new_check = False
        self.saved_id: int | None = None
        summary = vetting_summary(db, volunteer_id, today=self.today)
        self.setWindowTitle(_("Vetting for work with minors: {name}").format(name=summary.volunteer_name))

        notice = QLabel(
            _(
                "Criminal-record data (art. 10 GDPR), kept because the act of 13 May 2016 requires it, "
                "not on the basis of consent. Only the coordinator and the head of the centre may see it; "
                "every showing is written to the audit log."
            )
        )
        notice.setWordWrap(True)
        set_role(notice, "note")
        self.status = QLabel(summary.text)
        self.status.setObjectName("vetting_live_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        set_role(self.status, summary_role(summary, self.today))

        self.stack = QStackedWidget()
        self.stack.addWidget(self._locked_page())
        self.stack.addWidget(self._form_page())

        self.new_button = QPushButton(_("New check (periodic review)"))
        self.new_button.setObjectName("new_check")
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.start_new_check)
        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._statements_row())
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(720, 300)  # small while locked; `reveal` makes room for the form

    # --- pages ------------------------------------------------------------------------------
    def _locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(_("The vetting data are hidden. Showing them is recorded in the audit log."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.reveal_button = QPushButton(_("Show vetting data"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setDefault(True)
        self.reveal_button.clicked.connect(self.reveal)
        layout.addWidget(text)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _form_page(self) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.mode = QLabel()
        self.mode.setObjectName("vetting_mode")
        self.mode.setWordWrap(True)
        set_role(self.mode, "note")
        self.form = VettingForm()
        self.form.changed.connect(self.update_status)
        self.history = QLabel()
        self.history.setObjectName("vetting_history")
        self.history.setWordWrap(True)
        set_role(self.history, "note")
        layout.addWidget(self.mode)
        layout.addWidget(self.form)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        return self.scroll_area

    def _statements_row(self) -> QHBoxLayout:
        """The issued statements (art. 21 ust. 5 and 6) and a Print button for each kind."""
        row = QHBoxLayout()
        self.statements = QLabel()
        self.statements.setObjectName("vetting_statements")
        self.statements.setWordWrap(True)
        set_role(self.statements, "note")
        row.addWidget(self.statements, 1)
        for kind, label in STATEMENT_BUTTONS:
            button = QPushButton(_(label))
            button.setObjectName(f"print_{kind}")
            button.clicked.connect(lambda _checked=False, kind=kind: self.print_statement(kind))
            row.addWidget(button)
        self.refresh_statements()
        return row

    def refresh_statements(self) -> None:
        lines = [
            _("{kind} {number} of {date}").format(
                kind=_(STATEMENT_LABELS[item.kind]), number=item.number, date=format_date(item.issued_on)
            )
            + ("" if item.linked else " " + _("(not linked to this record)"))
            for item in issued_statements(self.db, self.volunteer_id)
        ]
        self.statements.setText("; ".join(lines) or _("No statement under art. 21 issued yet."))

    def print_statement(self, kind: str) -> None:
        from coordinator_app.ui.documents import open_document_preview

        open_document_preview(self, self.db, kind, id=self.volunteer_id)
        self.refresh_statements()

    # --- behaviour --------------------------------------------------------------------------
    def reveal(self) -> None:
        """Read the record (the reading is written to the audit log) and show the form."""
        try:
            view = get_vetting(self.db, self.volunteer_id, today=self.today)
        except StorageError as error:
            QMessageBox.critical(self, _("The vetting data cannot be shown"), error.message)
            return
        self.view = view
        self.form.set_context(
            view.citizenship,
            view.validity_months,
            view.standards_training_suggestion,
            everyone=view.statement_from_everyone,
        )
        self.form.load(view.data)
        self.mode.setText(self._mode_text(view))
        self.history.setText(self._history_text(view))
        self.history.setVisible(bool(view.earlier))
        self.stack.setCurrentIndex(1)
        self.resize(max(self.width(), FORM_SIZE[0]), max(self.height(), FORM_SIZE[1]))
        fit_to_screen(self)  # grown in place: moved up if its bottom left the screen
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        blocked = evaluate(
            view.data, view.citizenship, self.today, view.statement_from_everyone
        ).blocks_absolutely
        self.new_button.setEnabled(view.record_id is not None and not blocked)
        if blocked:
            self.new_button.setToolTip(_("A record with an entry found cannot be replaced by a new check."))
        self.update_status()
        self.form.date_field("rspts_date").setFocus()

    def _mode_text(self, view: VettingView) -> str:
        if view.record_id is None:
            return _(
                "Nothing recorded yet. Fill in what you have; the list above says what is still missing."
            )
        changed = view.updated_at.date() if view.updated_at else None
        return _("Last change: {date}, {user}.").format(
            date=format_date(changed), user=view.updated_by or "?"
        )

    def _history_text(self, view: VettingView) -> str:
        lines = [
            _("{checked} (valid until {until})").format(
                checked=format_date(earlier.checked_on), until=format_date(earlier.valid_until) or "—"
            )
            for earlier in view.earlier
        ]
        return _("Earlier checks: {list}").format(list="; ".join(lines))

    def update_status(self) -> None:
        if self.view is None:
            return
        data = self.form.collect()
        check = evaluate(data, self.view.citizenship, self.today, self.view.statement_from_everyone)
        set_role(self.status, None)
        self.status.setText(live_status_html(check, self.today, data.valid_until))

    def start_new_check(self) -> None:
        """Start a new record for a periodic review; the current one stays as history. The
        familiarisation with the standards is carried over."""
        current = self.form.collect()
        self.form.load(
            VettingData(
                standards_training_date=current.standards_training_date,
                standards_trained_by=current.standards_trained_by,
            )
        )
        self.new_check = True
        self.new_button.setEnabled(False)
        self.mode.setText(_("A new check: the current vetting stays in the history when you save."))
        self.update_status()
        self.form.date_field("rspts_date").setFocus()

    def failure_title(self) -> str:
        return _("The vetting was not saved")

    def collect(self) -> VettingData:
        if self.view is None:  # still locked: nothing to save
            raise SaveCancelled
        return self.form.collect()

    def write(self, data: VettingData) -> None:
        try:
            self.saved_id = save_vetting(
                self.db, self.volunteer_id, data, new_check=self.new_check, today=self.today
            )
        except VettingRefused as refusal:
            QMessageBox.warning(self, self.failure_title(), str(refusal))
            raise SaveCancelled from refusal

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.form.errors.show(by_field)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()
