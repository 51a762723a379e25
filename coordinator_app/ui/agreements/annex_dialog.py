"""Record an annex (aneks) to an agreement: the date, and the clauses it changes.

The clause fields start with the agreement's current wording; what the coordinator changes is
what the annex amends (the core compares with the stored text and ignores what is unchanged).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from coordinator_app.core.agreements import (
    AffectedAssignment,
    AgreementData,
    AnnexData,
    AnnexResult,
    FormContext,
    check_annex,
    form_context,
    get_agreement,
    proposed_number,
    record_annex,
    termination_preview,
)
from coordinator_app.core.options import Option
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext, pgettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.agreements.form import clause_edit
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    CheckList,
    OptionalDateEdit,
    line_edit,
    save_cancel_buttons,
)
from coordinator_app.ui.widgets.paged_form import PagedForm

TEXT_FIELDS = (
    ("new_scope", "scope"),
    ("new_manner", "manner"),
    ("new_time_commitment", "time_commitment"),
    ("new_termination_terms", "termination_terms"),
    ("new_cost_rules", "cost_rules"),
)


class AnnexForm(PagedForm):
    """The annex's date and number, the period change, and the clauses with their current text."""

    def __init__(self, stored: AgreementData, context: FormContext, proposed: str) -> None:
        super().__init__()
        self.stored = stored
        page = self.add_page(_("Annex"))
        self._add(
            page,
            _("Number"),
            "number",
            line_edit(40, _("given when saved: {number}").format(number=proposed)),
        )
        self.signed_on = OptionalDateEdit()
        self.signed_on.set_value(dt.date.today())
        self._add(page, _("Signed on"), "signed_on", self.signed_on)
        current_end = format_date(stored.period_to) if stored.period_to else _("indefinite")
        self.change_period = QCheckBox(
            _("Change the end of the period (now: {date})").format(date=current_end)
        )
        self.change_period.setObjectName("change_period_to")
        page.addRow("", self.change_period)
        self.new_period_to = OptionalDateEdit()
        self.new_period_to.set_value(stored.period_to)
        self.new_period_to.setEnabled(False)
        self._add(page, _("New end of the period"), "new_period_to", self.new_period_to)
        self.change_period.toggled.connect(self.new_period_to.setEnabled)
        self.affected = QLabel()
        self.affected.setObjectName("affected_assignments")
        self.affected.setWordWrap(True)
        page.addRow("", self.affected)
        self.end_assignments = QCheckBox(_("End these assignments on the new last day"))
        self.end_assignments.setObjectName("end_assignments")
        page.addRow("", self.end_assignments)
        self._add(
            page,
            _("Other changes"),
            "other_changes",
            clause_edit(_("printed as the last point of the annex"), height=80),
        )
        # Carries the message "the annex changes nothing" under the fields.
        hint = QLabel(_("Change at least one clause on the next pages, or describe the change above."))
        hint.setWordWrap(True)
        set_role(hint, "note")
        self._add(page, "", "changes", hint)

        scope = self.add_page(_("Scope and manner"))
        self.activities = CheckList(Option(c.id, c.name, c.flag) for c in context.activities)
        self.activities.set_checked_ids(stored.activity_ids)
        self.activities.setMinimumHeight(150)
        self._add(scope, _("Activity types"), "new_activity_ids", self.activities)
        self._add(scope, _("Scope (description)"), "new_scope", clause_edit(height=60))
        self._add(scope, _("Manner"), "new_manner", clause_edit(height=100))
        self._add(scope, pgettext("agreement", "Time"), "new_time_commitment", clause_edit(height=50))
        terms = self.add_page(_("Termination and costs"))
        self._add(terms, _("Termination terms"), "new_termination_terms", clause_edit(height=150))
        self._add(terms, _("Costs"), "new_cost_rules", clause_edit(height=110))
        for field, source in TEXT_FIELDS:
            set_value(self.fields[field], getattr(stored, source))

    def collect(self) -> AnnexData:
        data = AnnexData(
            number=get_value(self.fields["number"]),
            signed_on=self.signed_on.value(),
            change_period_to=self.change_period.isChecked(),
            new_period_to=self.new_period_to.value(),
            new_activity_ids=self.activities.checked_ids(),
            other_changes=get_value(self.fields["other_changes"]),
            end_assignments=not self.end_assignments.isHidden() and self.end_assignments.isChecked(),
        )
        for field, _source in TEXT_FIELDS:
            setattr(data, field, get_value(self.fields[field]) or "")
        return data


# An annex that empties every clause it may change: what it refuses is what must not be emptied.
EMPTIED = AnnexData(
    new_activity_ids=set(),
    new_scope="",
    new_manner="",
    new_time_commitment="",
    new_termination_terms="",
    new_cost_rules="",
)


class AnnexDialog(FormDialog[AnnexData]):
    def __init__(self, db: Database, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.agreement_id = agreement_id
        self.result_: AnnexResult | None = None
        stored = get_agreement(db, agreement_id)
        self.stored = stored.data
        context = form_context(db, stored.volunteer_id, agreement_id)
        proposed = proposed_number(db, "annex", dt.date.today())
        self.setWindowTitle(
            _("Annex to agreement {number}: {name}").format(
                number=self.stored.number, name=context.volunteer.full_name
            )
        )
        self.form = AnnexForm(self.stored, context, proposed)
        self.form.errors.mark_required(required_fields(lambda: check_annex(db, agreement_id, EMPTIED)))
        self.form.change_period.toggled.connect(lambda _on: self._update_affected())
        self.form.new_period_to.dateChanged.connect(lambda _d: self._update_affected())
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self._update_affected()

    def _update_affected(self) -> None:
        """When the period is shortened: the assignments that would run past the new end."""
        form = self.form
        new_end = form.new_period_to.value()
        start, end = self.stored.period_from, self.stored.period_to
        shortened = (
            form.change_period.isChecked()
            and new_end is not None
            and start is not None
            and start <= new_end
            and (end is None or new_end < end)
        )
        affected: tuple[AffectedAssignment, ...] = ()
        if shortened and new_end is not None:
            affected = termination_preview(self.db, self.agreement_id, new_end).affected
        if affected:
            names = ", ".join(a.number or f"#{a.id}" for a in affected)
            form.affected.setText(
                ngettext(
                    "{n} assignment continues after the new end: {names}.",
                    "{n} assignments continue after the new end: {names}.",
                    len(affected),
                ).format(n=len(affected), names=names)
            )
        form.affected.setVisible(bool(affected))
        form.end_assignments.setVisible(bool(affected))

    def failure_title(self) -> str:
        return _("The annex was not saved")

    def collect(self) -> AnnexData:
        return self.form.collect()

    def write(self, data: AnnexData) -> None:
        self.result_ = record_annex(self.db, self.agreement_id, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)

    def error_summary(self, by_field: dict[str, str]) -> str:
        # Terminated meanwhile: nothing to correct in the form.
        return by_field.get("agreement") or super().error_summary(by_field)
