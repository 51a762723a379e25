"""The assignment form: who, for whom and what; when (with the schedule); agreements with the
family and the social worker. The gates' refusals appear in a box at the top of the first page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coordinator_app.core.assignments import ASSIGNMENT_FORM_LABELS, AssignmentData
from coordinator_app.core.assignments.data import ASSIGNMENT_FIELDS
from coordinator_app.core.assignments.queries import need_activity
from coordinator_app.core.dictionaries import need_options
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.core.options import Option
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.assignments.schedule_editor import ScheduleEditor
from coordinator_app.ui.assignments.training_offer import record_training
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm
from coordinator_app.ui.widgets.tables import choice_box

GATE_KEYS = ("agreement", "vetting", "training")
_WIDGET_FIELDS = tuple(f for f in ASSIGNMENT_FIELDS if f != "planned_minutes_per_month")


def searchable_choice(options: list[Option], empty: str = "—") -> QComboBox:
    """A pick-list you can type into: the typed text filters the list (for long lists)."""
    combo = choice_box([(None, empty), *((o.id, o.name) for o in options)])
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:  # an editable combo box has one
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(completer.completionMode().PopupCompletion)
    return combo


class AssignmentForm(PagedForm):
    def __init__(
        self,
        db: Database,
        volunteers: list[Option],
        clients: list[Option],
        activities: list[Option],
        workers: list[Option],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._minors_activities = {o.id for o in activities if o.flag}
        self._children_clients = {o.id for o in clients if o.flag}
        self._current_need: int | None = None
        self._build_main(volunteers, clients, activities)
        self._build_schedule()
        self._build_contacts(workers)

    # --- building ---------------------------------------------------------------------------
    def _build_main(self, volunteers: list[Option], clients: list[Option], activities: list[Option]) -> None:
        form = self.add_page(_("Assignment"))
        self.gates_label = QLabel()
        self.gates_label.setObjectName("gates")
        self.gates_label.setWordWrap(True)
        set_role(self.gates_label, "refusal")
        self.gates_label.hide()
        form.addRow(self.gates_label)
        self.training_button = QPushButton(_("Record the &training…"))
        self.training_button.setObjectName("record_training")
        self.training_button.setToolTip(
            _("Enter the training session and mark the volunteer present; then save again.")
        )
        self.training_button.clicked.connect(self._record_training)
        self.training_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.training_button)
        row.addStretch(1)
        form.addRow(row)
        for key in GATE_KEYS:
            self._page_of[key] = 0
        self._add(form, _("Volunteer"), "volunteer_id", searchable_choice(volunteers))
        self._add(
            form,
            _("Form"),
            "form",
            choice_box([(k, _(label)) for k, label in ASSIGNMENT_FORM_LABELS.items()]),
        )
        client = self._add(
            form, _("Client"), "client_id", searchable_choice(clients, _("— none (group or event)"))
        )
        need = self._add(form, _("Need"), "need_id", choice_box([(None, "—")]))
        activity = self._add(
            form,
            _("Activity"),
            "activity_type_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in activities)]),
        )
        self.minors_label = QLabel()
        self.minors_label.setObjectName("minors_label")
        self.minors_label.setWordWrap(True)
        form.addRow(_("Involves minors"), self.minors_label)
        override = self._add(
            form,
            "",
            "involves_minors_override",
            QCheckBox(_("Mark as involving minors (e.g. visiting grandchildren)")),
        )
        self._add(form, _("From"), "date_from", OptionalDateEdit())
        self._add(form, _("To"), "date_to", OptionalDateEdit())
        hours = QDoubleSpinBox()
        hours.setRange(0, 300)
        hours.setSingleStep(0.5)
        hours.setDecimals(1)
        hours.setSuffix(" " + _("h a month"))
        self._add(form, _("Planned hours"), "planned_minutes_per_month", hours)
        self._add(form, _("Place"), "place", line_edit(200, _("e.g. client's home, day room, OPS")))
        self._add(form, _("Status"), "status", choice_box(AssignmentStatus.choices()))
        self._add(form, _("Reason for ending"), "end_reason", line_edit(300))
        self._add(
            form,
            _("Override reason"),
            "vetting_override_reason",
            line_edit(300, _("only when the vetting is incomplete and you take responsibility")),
        )
        self._override_row = form.rowCount() - 1
        self._main_form = form
        assert (
            isinstance(client, QComboBox) and isinstance(need, QComboBox) and isinstance(activity, QComboBox)
        )
        assert isinstance(override, QCheckBox)
        client.currentIndexChanged.connect(lambda _i: self._client_changed())
        need.currentIndexChanged.connect(lambda _i: self._need_changed())
        activity.currentIndexChanged.connect(lambda _i: self._update_minors())
        override.toggled.connect(lambda _on: self._update_minors())

    def _build_schedule(self) -> None:
        form = self.add_page(_("Schedule"))
        note = QLabel(
            _("Regular times of the help. Overlaps with the volunteer's other assignments are warned about.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.schedule = ScheduleEditor()
        self._page_of["schedule"] = self.count() - 1
        self.errors.add_row(form, "", "schedule", self.schedule)

    def _build_contacts(self, workers: list[Option]) -> None:
        form = self.add_page(_("Arrangements"))
        self._add(
            form,
            _("Social worker consulted"),
            "social_worker_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in workers)]),
        )
        self._add(form, _("Consulted on"), "social_worker_consulted_on", OptionalDateEdit())
        self._add(form, _("Referral issued on"), "referral_issued_on", OptionalDateEdit())
        self._add(form, _("Family informed on"), "family_informed_on", OptionalDateEdit())
        self._add(
            form,
            _("Cooperation rating"),
            "cooperation_rating",
            choice_box([(None, "—"), *((n, str(n)) for n in range(1, 6))]),
        )
        self._add(
            form,
            _("Comment on the cooperation"),
            "cooperation_comment",
            text_edit(_("Used for the opinion.")),
        )

    # --- behaviour --------------------------------------------------------------------------
    def _client_changed(self) -> None:
        client_id = get_value(self.fields["client_id"])
        need = self.fields["need_id"]
        assert isinstance(need, QComboBox)
        need.blockSignals(True)
        need.clear()
        need.addItem("—", None)
        if isinstance(client_id, int):
            for option in need_options(self.db, client_id, self._current_need):
                need.addItem(option.name, option.id)
        need.blockSignals(False)
        set_value(need, self._current_need)
        self._update_minors()

    def _need_changed(self) -> None:
        need_id = get_value(self.fields["need_id"])
        if need_id is not None and need_id != self._current_need:
            activity = need_activity(self.db, need_id)
            if activity is not None:
                set_value(self.fields["activity_type_id"], activity)
        self._current_need = need_id

    def _update_minors(self) -> None:
        reasons = []
        if get_value(self.fields["activity_type_id"]) in self._minors_activities:
            reasons.append(_("the activity works with children"))
        if get_value(self.fields["client_id"]) in self._children_clients:
            reasons.append(_("children live in the client's household"))
        if get_value(self.fields["involves_minors_override"]):
            reasons.append(_("marked by the coordinator"))
        self._main_form.setRowVisible(self._override_row, bool(reasons))
        if reasons:
            self.minors_label.setText(
                _("yes — {reasons}; a complete vetting record is required").format(reasons="; ".join(reasons))
            )
            set_role(self.minors_label, "caution")
        else:
            self.minors_label.setText(_("no"))
            set_role(self.minors_label, None)

    def begin_ending(self) -> None:
        """Set the status to ended with today's date and put the cursor on the reason."""
        set_value(self.fields["status"], AssignmentStatus.ENDED.value)
        if get_value(self.fields["date_to"]) is None or get_value(self.fields["date_to"]) > dt.date.today():
            set_value(self.fields["date_to"], dt.date.today())
        self.setCurrentIndex(0)
        self.fields["end_reason"].setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        gates = [errors[key] for key in GATE_KEYS if key in errors]
        self.gates_label.setText("\n".join(gates))
        self.gates_label.setVisible(bool(gates))
        self.training_button.setVisible("training" in errors)
        super().show_errors({k: m for k, m in errors.items() if k not in GATE_KEYS})
        if gates:
            self.setCurrentIndex(0)

    def _record_training(self) -> None:
        volunteer = get_value(self.fields["volunteer_id"])
        if record_training(self, self.db, volunteer if isinstance(volunteer, int) else None):
            self.training_button.hide()
            self.gates_label.setText(_("Training recorded: save the assignment again."))

    # --- data -------------------------------------------------------------------------------
    def load(self, data: AssignmentData) -> None:
        self._current_need = data.need_id
        for name in _WIDGET_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self._client_changed()
        minutes = data.planned_minutes_per_month
        hours = self.fields["planned_minutes_per_month"]
        assert isinstance(hours, QDoubleSpinBox)
        hours.setValue((minutes or 0) / 60)
        set_value(self.fields["vetting_override_reason"], data.vetting_override_reason)
        self.schedule.set_slots(data.schedule)
        self._update_minors()

    def collect(self) -> AssignmentData:
        values = {name: get_value(self.fields[name]) for name in _WIDGET_FIELDS}
        for key in ("volunteer_id", "client_id"):
            if not isinstance(values[key], int):
                values[key] = None  # text typed into the box that names no one
        data = AssignmentData(**values)
        hours = self.fields["planned_minutes_per_month"]
        assert isinstance(hours, QDoubleSpinBox)
        data.planned_minutes_per_month = round(hours.value() * 60) or None
        data.vetting_override_reason = get_value(self.fields["vetting_override_reason"])
        data.schedule = self.schedule.slots()
        data.form = data.form or "individual"
        data.status = data.status or AssignmentStatus.PLANNED.value
        return data
