"""The agreement form: four pages of fields bound by name to `AgreementData`, with the
insurance clause and the minor's situation shown as the dates change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from coordinator_app.core.agreements import AgreementData, FormContext, insurance_clause
from coordinator_app.core.agreements.rules import preferred_signatory, signs_on
from coordinator_app.core.options import Option
from coordinator_app.core.rules import AgeGroup, age_on
from coordinator_app.core.text import polish_sort_key
from coordinator_app.i18n import _, pgettext
from coordinator_app.i18n.formatting import format_age, format_date
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value, spin_box
from coordinator_app.ui.widgets.forms import CheckList, OptionalDateEdit, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm

PLAIN_FIELDS = (
    "number",
    "concluded_on",
    "concluded_in",
    "period_from",
    "period_to",
    "representative_id",
    "written_form",
    "signed_by_volunteer_on",
    "signed_by_ops_on",
    "notes",
    "scope",
    "manner",
    "time_commitment",
    "termination_terms",
    "cost_rules",
    "nnw_policy",
    "oc_policy",
    "guardian_consent_on",
    "notice_period_days",
    "minor_escort",
    "minor_travel",
)


def clause_edit(placeholder: str = "", height: int = 60) -> QPlainTextEdit:
    """A multi-line field of fixed height: extra room in the page goes to no text field, so each
    stays next to its label."""
    edit = text_edit(placeholder, height)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    set_role(label, "note")
    return label


class AgreementForm(PagedForm):
    """All fields of an agreement; `errors` shows validation messages beside each field."""

    def __init__(self, context: FormContext, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.new = new
        self._build_agreement()
        self._build_scope()
        self._build_terms()
        self._build_insurance()
        for key in ("period_from", "period_to", "concluded_on"):
            date = self.fields[key]
            assert isinstance(date, OptionalDateEdit)
            date.dateChanged.connect(lambda _d: self.update_notes())
            if key != "period_to":
                date.dateChanged.connect(lambda _d: self.refresh_signatories())
        self.refresh_signatories()
        self.nnw_policy.textChanged.connect(lambda _t: self.update_notes())

    # --- pages ------------------------------------------------------------------------------
    def _build_agreement(self) -> None:
        form = self.add_page(_("Agreement"))
        placeholder = (
            _("given when saved: {number}").format(number=self.context.proposed_number) if self.new else ""
        )
        self._add(form, _("Number"), "number", line_edit(40, placeholder))
        self._add(form, _("Concluded on"), "concluded_on", OptionalDateEdit())
        self._add(form, _("Concluded in (place)"), "concluded_in", line_edit(120))
        self._add(form, _("Period from"), "period_from", OptionalDateEdit())
        self._add(form, _("Period to"), "period_to", OptionalDateEdit())
        self.period_note = _note("period_note")
        form.addRow("", self.period_note)
        self.representative = QComboBox()
        self.representative.addItem("—", None)
        self._stored_representative: int | None = None
        self._add(form, _("Signed for the OPS by"), "representative_id", self.representative)
        self.signatory_note = _note("signatory_note")
        set_role(self.signatory_note, "warning")
        self.signatory_note.hide()
        form.addRow("", self.signatory_note)
        self._add(form, "", "written_form", QCheckBox(_("Written form (required for more than 30 days)")))
        self._add(form, _("Signed by the volunteer on"), "signed_by_volunteer_on", OptionalDateEdit())
        self._add(form, _("Signed by the OPS on"), "signed_by_ops_on", OptionalDateEdit())
        self._add(form, _("Notes"), "notes", clause_edit(height=50))
        if self.context.terminated_on is not None:
            ended = _note("terminated_note")
            set_role(ended, "warning")
            ended.setText(
                _("Terminated with effect from {date}; the period can no longer be changed.").format(
                    date=format_date(self.context.terminated_on)
                )
            )
            form.addRow("", ended)

    def _build_scope(self) -> None:
        form = self.add_page(_("Scope and manner"))
        self.activities = CheckList(Option(c.id, c.name, c.flag) for c in self.context.activities)
        self.activities.setMinimumHeight(200)
        self._add(form, _("Activity types"), "activity_ids", self.activities)
        self._add(form, _("Scope (description)"), "scope", clause_edit(height=60))
        self._add(
            form, _("Manner"), "manner", clause_edit(_("where, how, under whose supervision"), height=100)
        )
        self._add(
            form,
            pgettext("agreement", "Time"),
            "time_commitment",
            clause_edit(_("e.g. on average 4 hours a week, at agreed times"), height=50),
        )

    def _build_terms(self) -> None:
        form = self.add_page(_("Termination and costs"))
        self._add(form, _("Termination terms"), "termination_terms", clause_edit(height=150))
        self._add(form, _("Notice period"), "notice_period_days", spin_box(365, _(" days")))
        self._add(
            form,
            _("Costs"),
            "cost_rules",
            clause_edit(_("travel costs and per-diems (art. 45), or the volunteer's waiver"), height=110),
        )

    def _build_insurance(self) -> None:
        form = self._insurance_form = self.add_page(_("Insurance and consent"))
        self.insurance_note = _note("insurance_note")
        form.addRow(_("Insurance"), self.insurance_note)
        insurance = self.context.insurance
        nnw_hint = (
            _("if empty, 30 days or fewer: the OPS policy {policy}").format(policy=insurance.nnw_policy)
            if insurance.nnw_policy
            else _("required for 30 days or fewer")
        )
        self.nnw_policy = line_edit(80, nnw_hint)
        self._add(form, _("NNW policy"), "nnw_policy", self.nnw_policy)
        oc_hint = (
            _("optional, e.g. the OPS policy {policy}").format(policy=insurance.oc_policy)
            if insurance.oc_policy
            else ""
        )
        self._add(form, _("OC policy"), "oc_policy", line_edit(80, oc_hint))
        self.age_note = _note("age_note")
        form.addRow(_("Volunteer"), self.age_note)
        self.guardian_label = QLabel()
        self._add(form, _("Legal guardian"), "guardian", self.guardian_label)
        self._add(form, _("Guardian's consent given on"), "guardian_consent_on", OptionalDateEdit())
        self._add(
            form,
            _("Adult present on site"),
            "minor_escort",
            line_edit(200, _("under 13: who accompanies the child where the services are done")),
        )
        self._add(
            form,
            _("Getting there and back"),
            "minor_travel",
            line_edit(300, _("under 13: how the child gets there and back, and with whom")),
        )

    # --- behaviour --------------------------------------------------------------------------
    def update_notes(self) -> None:
        """The insurance clause of the period, and what the volunteer's age requires."""
        start = get_value(self.fields["period_from"])
        end = get_value(self.fields["period_to"])
        if end is None:
            self.period_note.setText(_("No end date: the agreement is for an indefinite period."))
        else:
            self.period_note.setText("")
        self.period_note.setVisible(end is None)
        if start is None or (end is not None and end < start):
            self.insurance_note.setText(_("Enter the period to see the insurance clause."))
        else:
            policy = self.nnw_policy.text().strip() or None
            insurance = self.context.insurance
            clause = insurance_clause(start, end, nnw_policy=policy, insurer=None)
            if clause.nnw_required and policy is None and insurance.nnw_policy:
                clause = insurance_clause(
                    start, end, nnw_policy=insurance.nnw_policy, insurer=insurance.nnw_insurer
                )
            self.insurance_note.setText(clause.summary())
            set_role(self.insurance_note, "warning" if clause.missing_policy else "note")
        self._update_age(get_value(self.fields["concluded_on"]) or dt.date.today())

    def _update_age(self, on: dt.date) -> None:
        volunteer = self.context.volunteer
        age = age_on(volunteer.birth_date, on)
        group = volunteer.age_group(on)
        texts = {
            AgeGroup.ADULT: _("{name}, {age} on the date of conclusion: an adult."),
            AgeGroup.MINOR: _(
                "{name}, {age} on the date of conclusion: concludes the agreement with the legal "
                "guardian's consent, which is part of the agreement."
            ),
            AgeGroup.CHILD: _(
                "{name}, {age} on the date of conclusion: the legal guardian concludes the agreement "
                "in the child's name."
            ),
        }
        self.age_note.setText(texts[group].format(name=volunteer.full_name, age=format_age(age)))
        self.guardian_label.setText(volunteer.guardian_name or _("none recorded in the volunteer's data"))
        for widget, visible in (
            (self.guardian_label, group is not AgeGroup.ADULT),
            (self.fields["guardian_consent_on"], group is AgeGroup.MINOR),
            (self.fields["minor_escort"], group is AgeGroup.CHILD),
            (self.fields["minor_travel"], group is AgeGroup.CHILD),
        ):
            box = widget.parentWidget()  # the field with its error line: the row's field
            assert box is not None
            self._insurance_form.setRowVisible(box, visible)

    def signing_date(self) -> dt.date:
        """The day the signatory must hold the role: the conclusion, else the start, else today."""
        return (
            get_value(self.fields["concluded_on"]) or get_value(self.fields["period_from"]) or dt.date.today()
        )

    def signs_on(self, staff_id: int, on: dt.date) -> bool:
        return signs_on(self.context.signatory_terms, staff_id, on)

    def refresh_signatories(self, choose: int | None = None) -> None:
        """Offer the signatories holding the role on the signing date, those still holding it
        today first; the stored representative of an agreement stays listed, marked, if not."""
        combo = self.representative
        chosen = choose if choose is not None else combo.currentData()
        on, today = self.signing_date(), dt.date.today()
        present = [c for c in self.context.signatories if self.signs_on(c.id, on)]
        present.sort(key=lambda c: (not self.signs_on(c.id, today), polish_sort_key(c.name)))
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for choice in present:
            combo.addItem(choice.name, choice.id)
        stored = self._stored_representative
        if stored is not None and all(c.id != stored for c in present):
            name = next((c.name for c in self.context.signatories if c.id == stored), "?")
            label = _("{name} (does not sign on {date})").format(name=name, date=format_date(on))
            combo.addItem(label, stored)
        index = combo.findData(chosen)
        if index < 0:  # the chosen person does not sign on this date: the head if in office
            index = combo.findData(preferred_signatory(present, None)) if present else 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self.signatory_note.setText(
            _(
                "Nobody signs for the centre on {date}: check the signing roles in Dictionaries → Staff."
            ).format(date=format_date(on))
        )
        self.signatory_note.setVisible(not present)

    # --- data -------------------------------------------------------------------------------
    def load(self, data: AgreementData) -> None:
        self._stored_representative = None if self.new else data.representative_id
        for name in PLAIN_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.refresh_signatories(choose=data.representative_id)
        self.activities.set_checked_ids(data.activity_ids)
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)
            if isinstance(widget, QPlainTextEdit):
                widget.verticalScrollBar().setValue(0)
        self.update_notes()

    def collect(self) -> AgreementData:
        values = {name: get_value(self.fields[name]) for name in PLAIN_FIELDS}
        data = AgreementData(**values)
        for name in ("concluded_in", "scope", "manner", "time_commitment", "termination_terms"):
            setattr(data, name, getattr(data, name) or "")
        data.activity_ids = self.activities.checked_ids()
        return data
