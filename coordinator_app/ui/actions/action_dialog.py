"""Add or edit a one-off action: its details, its shifts and the partners taking part."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.actions import (
    STATUSES,
    ActionData,
    activity_choices,
    create_action,
    get_action,
    partner_choices,
    status_label,
    update_action,
    validate_action,
    village_choices,
)
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.actions.shifts_editor import ShiftsEditor
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    CheckList,
    OptionalDateEdit,
    line_edit,
    save_cancel_buttons,
    text_edit,
)
from coordinator_app.ui.widgets.paged_form import PagedForm
from coordinator_app.ui.widgets.tables import choice_box

PLAIN_FIELDS = (
    "name",
    "date_from",
    "date_to",
    "place",
    "village_id",
    "organiser_partner_id",
    "activity_type_id",
    "status",
    "description",
)


class ActionForm(PagedForm):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        partners = partner_choices(db)
        form = self.add_page(_("Action details"))
        self._add(form, _("Name"), "name", line_edit(200, _("e.g. Christmas food collection")))
        self._add(form, _("From"), "date_from", OptionalDateEdit())
        self._add(form, _("To"), "date_to", OptionalDateEdit())
        self._add(form, _("Place"), "place", line_edit(200, _("e.g. the village hall in Mnichowo")))
        villages = [(None, "—"), *((o.id, o.name) for o in village_choices(db))]
        self._add(form, _("Village"), "village_id", choice_box(villages))
        organisers = [(None, _("the OPS")), *((o.id, o.name) for o in partners)]
        self._add(form, _("Organiser"), "organiser_partner_id", choice_box(organisers))
        activities = [(None, "—"), *((o.id, o.name) for o in activity_choices(db))]
        self._add(form, _("Activity type (for the hours)"), "activity_type_id", choice_box(activities))
        self._add(form, _("Status"), "status", choice_box([(s, status_label(s)) for s in STATUSES]))
        self._add(form, _("Description"), "description", text_edit(height=70))
        shifts_page = self.add_page(_("Shifts"))
        self.shifts = ShiftsEditor()
        self.shifts.setObjectName("shifts")
        shifts_page.addRow(self.shifts)
        self._page_of["shifts"] = self.count() - 1
        partners_page = self.add_page(_("Partners"))
        self.partners = CheckList(partners)
        self._add(partners_page, _("Partners taking part"), "partners", self.partners)
        self._contributions: dict[int, str | None] = {}
        self._loaded = ActionData()
        self.errors.mark_required(required_fields(lambda: _validate_empty()))

    def load(self, data: ActionData) -> None:
        self._loaded = data  # what the form does not show (the programme item, notes) is kept
        for name in PLAIN_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.shifts.load(data.shifts)
        self._contributions = dict(data.partners)
        self.partners.set_checked_ids(data.partners)

    def collect(self) -> ActionData:
        values = {name: get_value(self.fields[name]) for name in PLAIN_FIELDS}
        data = dataclasses.replace(self._loaded, **values)
        data.name = data.name or ""
        data.status = data.status or STATUSES[0]
        data.shifts = self.shifts.shifts()
        data.partners = {pid: self._contributions.get(pid) for pid in sorted(self.partners.checked_ids())}
        return data

    def show_errors(self, errors: dict[str, str]) -> None:
        shift_messages = [message for key, message in sorted(errors.items()) if key.startswith("shift:")]
        self.shifts.show_error("\n".join(shift_messages))
        super().show_errors(errors)
        if shift_messages and not any(not k.startswith("shift:") for k in errors):
            self.setCurrentIndex(self._page_of["shifts"])


def _validate_empty() -> None:
    validate_action(ActionData(status=""))


class ActionDialog(FormDialog[ActionData]):
    def __init__(
        self,
        db: Database,
        action_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.action_id = action_id
        self.saved_id: int | None = None
        self.form = ActionForm(db)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(680, 600)
        if action_id is None:
            self.setWindowTitle(_("New one-off action"))
            self.form.load(ActionData())
        else:
            details = get_action(db, action_id)
            self.setWindowTitle(_("Edit action: {name}").format(name=details.data.name))
            self.form.load(details.data)

    def failure_title(self) -> str:
        return _("The action was not saved")

    def collect(self) -> ActionData:
        return self.form.collect()

    def write(self, data: ActionData) -> None:
        if self.action_id is None:
            self.saved_id = create_action(self.db, data)
        else:
            update_action(self.db, self.action_id, data)
            self.saved_id = self.action_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)
