"""The vetting form: grouped fields (RSPTS, Commission, KRK, foreign, standards, validity) bound
by name to `VettingData`, with an error line under every field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coordinator_app.core.settings import VETTING_VALIDITY_MONTHS
from coordinator_app.core.vetting import (
    KRK_SCOPE_DEFAULT,
    VETTING_FIELDS,
    VettingData,
    citizenship_is_polish,
    suggest_valid_until,
)
from coordinator_app.core.vetting.data import TEXT_LIMITS
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.forms import FieldErrors, OptionalDateEdit, line_edit, text_edit

RESULT_FIELDS = ("rspts_entry_found", "commission_entry_found", "krk_has_entries")
_NOT_RECORDED, _CLEAR, _ENTRY = "", "clear", "entry"
_TO_VALUE = {_NOT_RECORDED: None, _CLEAR: False, _ENTRY: True}


def result_combo(clear_label: str, entry_label: str) -> QComboBox:
    """Not recorded / no entry / entry found (kept as None / False / True)."""
    combo = QComboBox()
    combo.addItem(_("— not recorded —"), _NOT_RECORDED)
    combo.addItem(clear_label, _CLEAR)
    combo.addItem(entry_label, _ENTRY)
    return combo


def _set_result(combo: QComboBox, value: bool | None) -> None:
    key = _NOT_RECORDED if value is None else (_ENTRY if value else _CLEAR)
    combo.setCurrentIndex(combo.findData(key))


class VettingForm(QWidget):
    """`fields` maps each `VettingData` name to its widget; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        self.validity_months = VETTING_VALIDITY_MONTHS.default
        self._standards_suggestion: tuple[dt.date, str | None] | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        top = Qt.AlignmentFlag.AlignTop  # a group keeps its height when its neighbour grows
        grid.addWidget(self._rspts_group(), 0, 0, top)
        grid.addWidget(self._commission_group(), 1, 0, top)
        grid.addWidget(self._krk_group(), 2, 0, top)
        grid.addWidget(self._foreign_group(), 0, 1, top)
        grid.addWidget(self._standards_group(), 1, 1, top)
        grid.addWidget(self._validity_group(), 2, 1, top)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for widget in self.fields.values():
            self._watch(widget)

    # --- building ---------------------------------------------------------------------------
    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.errors.add_row(form, label, key, widget)
        return widget

    def _add_with_button(
        self, form: QFormLayout, label: str, key: str, widget: QWidget, button: QPushButton
    ) -> None:
        """A field with a helper button beside it; the red frame marks the field only."""
        widget.setObjectName(key)
        self.fields[key] = widget
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        layout.addWidget(button)
        box = self.errors.add_row(form, label, key, row)
        error = box.findChild(QLabel, f"error_{key}")
        assert error is not None  # add_row made it
        self.errors.register(key, widget, error)

    def _rspts_group(self) -> QGroupBox:
        box, form = self._group(_("RSPTS — restricted-access register"))
        self._add(form, _("Checked on"), "rspts_date", OptionalDateEdit())
        self._add(form, _("Result"), "rspts_entry_found", result_combo(_("no entry"), _("entry found")))
        self._add(form, _("Printout no. / ID"), "rspts_reference", line_edit(80))
        self._add(form, _("Checked by"), "rspts_checked_by", line_edit(120, _("name and surname")))
        return box

    def _commission_group(self) -> QGroupBox:
        box, form = self._group(_("State Commission register"))
        self._add(form, _("Checked on"), "commission_date", OptionalDateEdit())
        self._add(form, _("Result"), "commission_entry_found", result_combo(_("no entry"), _("entry found")))
        return box

    def _krk_group(self) -> QGroupBox:
        box, form = self._group(_("KRK — National Criminal Register"))
        self._add(form, _("Issued on"), "krk_issue_date", OptionalDateEdit())
        self._add(form, _("Presented on"), "krk_presented_on", OptionalDateEdit())
        scope = self._add(form, _("Scope"), "krk_scope", line_edit(200, KRK_SCOPE_DEFAULT))
        scope.setToolTip(_("Left empty, the default scope is saved with the KRK dates."))
        self._add(
            form,
            _("Result"),
            "krk_has_entries",
            result_combo(_("no convictions in the scope"), _("contains entries")),
        )
        return box

    def _foreign_group(self) -> QGroupBox:
        box, form = self._group(_("Foreigners and residence abroad (art. 21 sec. 4–7)"))
        self.foreign_hint = QLabel()
        self.foreign_hint.setObjectName("foreign_hint")
        self.foreign_hint.setWordWrap(True)
        form.addRow(self.foreign_hint)
        self._add(form, _("Statement dated"), "residence_statement_date", OptionalDateEdit())
        records = text_edit(
            _("Country, document, date — one a line; or the statement that such a register does not exist."),
            height=64,
            max_length=TEXT_LIMITS["foreign_records"],
        )
        self._add(form, _("Foreign records"), "foreign_records", records)
        return box

    def _standards_group(self) -> QGroupBox:
        box, form = self._group(_("Child-protection standards"))
        self._add(form, _("Familiarised on"), "standards_training_date", OptionalDateEdit())
        self._add(form, _("Trained by"), "standards_trained_by", line_edit(120, _("name and surname")))
        self.take_training = QPushButton()
        self.take_training.setObjectName("take_training")
        self.take_training.clicked.connect(self._take_training)
        self.take_training.hide()
        form.addRow("", self.take_training)
        return box

    def _validity_group(self) -> QGroupBox:
        box, form = self._group(_("Validity and notes"))
        self.suggest = QPushButton(_("Suggest"))
        self.suggest.setObjectName("suggest_validity")
        self.suggest.clicked.connect(self._suggest_validity)
        self._add_with_button(form, _("Valid until"), "valid_until", OptionalDateEdit(), self.suggest)
        notes = text_edit(
            _("Do not copy the content of the documents here."), height=56, max_length=TEXT_LIMITS["notes"]
        )
        self._add(form, _("Notes"), "notes", notes)
        return box

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(lambda _d: self._edited())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self._edited())
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self._edited())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self._update_suggest()
        self.changed.emit()

    # --- helpers ----------------------------------------------------------------------------
    def set_context(
        self,
        citizenship: str | None,
        validity_months: int,
        training: tuple[dt.date, str | None] | None,
        *,
        everyone: bool = False,
    ) -> None:
        """What the form needs to know about the volunteer: citizenship (which foreign items
        apply), the standards' validity period, a completed standards training, if any, and
        whether the centre asks everyone for the residence statement (a setting)."""
        self.validity_months = validity_months
        polish = citizenship_is_polish(citizenship)
        if polish is False:
            hint = _("Required: the volunteer's citizenship is “{citizenship}”.").format(
                citizenship=citizenship
            )
        elif polish and everyone:
            hint = _(
                "The centre asks every volunteer working with minors for the statement on the "
                "countries of residence (Settings → Organisation); foreign records only if the "
                "volunteer lived abroad in the last 20 years."
            )
        elif polish:
            hint = _("Polish citizen: fill in only if the volunteer lived abroad in the last 20 years.")
        else:
            hint = _("Citizenship is not recorded in the volunteer's data: complete it there first.")
        self.foreign_hint.setText(hint)
        self._standards_suggestion = training
        if training is not None:
            self.take_training.setText(
                _("Take from the training register ({date})").format(date=format_date(training[0]))
            )
        self.take_training.setVisible(training is not None)
        self.suggest.setToolTip(
            ngettext(
                "{count} month after the oldest check (RSPTS, Commission, KRK issue date).",
                "{count} months after the oldest check (RSPTS, Commission, KRK issue date).",
                validity_months,
            ).format(count=validity_months)
        )
        self._update_suggest()

    def _take_training(self) -> None:
        if self._standards_suggestion is None:
            return
        day, trainer = self._standards_suggestion
        self.date_field("standards_training_date").set_value(day)
        trained_by = self.fields["standards_trained_by"]
        assert isinstance(trained_by, QLineEdit)
        if trainer and not trained_by.text().strip():
            trained_by.setText(trainer)

    def _update_suggest(self) -> None:
        self.suggest.setEnabled(suggest_valid_until(self.collect(), self.validity_months) is not None)

    def _suggest_validity(self) -> None:
        day = suggest_valid_until(self.collect(), self.validity_months)
        if day is not None:
            self.date_field("valid_until").set_value(day)

    def date_field(self, key: str) -> OptionalDateEdit:
        widget = self.fields[key]
        assert isinstance(widget, OptionalDateEdit)
        return widget

    # --- data -------------------------------------------------------------------------------
    def load(self, data: VettingData) -> None:
        for name in VETTING_FIELDS:
            widget = self.fields[name]
            value = getattr(data, name)
            if isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                _set_result(widget, value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
                widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
        self.errors.show({})
        self._update_suggest()

    def collect(self) -> VettingData:
        """The data as typed; an empty KRK scope takes the default once KRK dates are given
        (as saving does), so the live status matches what will be saved."""
        values: dict[str, Any] = {}
        for name in VETTING_FIELDS:
            widget = self.fields[name]
            if isinstance(widget, OptionalDateEdit):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = _TO_VALUE[widget.currentData()]
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip() or None
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip() or None
        data = VettingData(**values)
        if not data.krk_scope and (data.krk_issue_date or data.krk_presented_on):
            data.krk_scope = KRK_SCOPE_DEFAULT
        return data
