"""Add or edit one need of a client."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QSizePolicy, QVBoxLayout, QWidget

from coordinator_app.core.clients import NEED_PRIORITY_LABELS, NeedData, create_need, get_need, update_need
from coordinator_app.core.clients.data import NEED_FIELDS
from coordinator_app.core.clients.validate import validate_need
from coordinator_app.core.dictionaries import list_activity_types
from coordinator_app.core.enums import NeedStatus
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    FieldErrors,
    OptionalDateEdit,
    line_edit,
    save_cancel_buttons,
    text_edit,
)
from coordinator_app.ui.widgets.tables import choice_box


class NeedDialog(FormDialog[NeedData]):
    def __init__(
        self, db: Database, client_id: int, need_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.need_id = need_id
        self.saved_id: int | None = None
        self.setWindowTitle(_("New need") if need_id is None else _("Edit need"))
        self.errors = FieldErrors()
        self.fields = {
            "activity_type_id": choice_box([(None, "—"), *((o.id, o.name) for o in list_activity_types(db))]),
            "description": text_edit(_("What help is needed, without health details.")),
            "frequency": line_edit(120, _("e.g. once a week")),
            "preferred_times": line_edit(200, _("e.g. Tuesdays and Thursdays after 15:00")),
            "priority": choice_box([(value, _(label)) for value, label in NEED_PRIORITY_LABELS.items()]),
            "reported_by": line_edit(120, _("e.g. social worker, family, village head")),
            "reported_on": OptionalDateEdit(),
            "status": choice_box(NeedStatus.choices()),
        }
        labels = {
            "activity_type_id": _("Kind of help"),
            "description": _("Description"),
            "frequency": _("Frequency"),
            "preferred_times": _("Preferred times"),
            "priority": _("Priority"),
            "reported_by": _("Reported by"),
            "reported_on": _("Reported on"),
            "status": _("Status"),
        }
        form = QFormLayout()
        for key, widget in self.fields.items():
            widget.setObjectName(f"need_{key}")
            self.errors.add_row(form, labels[key], key, widget)
        self.errors.mark_required(required_fields(lambda: validate_need(NeedData(), dt.date.today())))
        # The description keeps its height next to its label; the room left goes below the form.
        self.fields["description"].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        self.buttons = save_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        if need_id is None:
            self.load(NeedData())
        else:
            self.client_id, data = get_need(db, need_id)
            self.load(data)

    def load(self, data: NeedData) -> None:
        for name in NEED_FIELDS:
            set_value(self.fields[name], getattr(data, name))

    def collect(self) -> NeedData:
        data = NeedData(**{name: get_value(self.fields[name]) for name in NEED_FIELDS})
        data.priority = data.priority or 2
        data.status = data.status or NeedStatus.OPEN.value
        return data

    def failure_title(self) -> str:
        return _("The need was not saved")

    def write(self, data: NeedData) -> None:
        if self.need_id is None:
            self.saved_id = create_need(self.db, self.client_id, data)
        else:
            update_need(self.db, self.need_id, data)
            self.saved_id = self.need_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()
