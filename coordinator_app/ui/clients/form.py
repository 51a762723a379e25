"""The client form: five pages of fields bound by name to `ClientData`.

Health notes (art. 9 RODO) stay hidden until the coordinator asks to see them; the asking is
written to the audit log by the core before the text reaches this form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coordinator_app.core import validation as v
from coordinator_app.core.clients import CLIENT_TYPE_LABELS, ClientData
from coordinator_app.core.clients.data import CLIENT_FIELDS
from coordinator_app.core.enums import ClientStatus, Sex
from coordinator_app.core.options import Option
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value, spin_box
from coordinator_app.ui.widgets.forms import CheckList, OptionalDateEdit, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm
from coordinator_app.ui.widgets.tables import choice_box

# Client types are codes, not ids: the check list keys them by position.
_TYPE_CODES = list(CLIENT_TYPE_LABELS)


class ClientForm(PagedForm):
    def __init__(
        self,
        villages: list[Option],
        workers: list[Option],
        reveal_health: Callable[[], str | None] | None,
        parent: QWidget | None = None,
        *,
        add_workers: Callable[[], list[Option]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._reveal_health = reveal_health
        self._add_workers = add_workers  # opens the staff list, returns the social workers after
        self._health_loaded = reveal_health is None  # a new client has nothing to hide yet
        self._build_client()
        self._build_address(villages)
        self._build_support(workers)
        self._build_health()
        self._build_status()

    # --- building ---------------------------------------------------------------------------
    def _build_client(self) -> None:
        form = self.add_page(_("Client"))
        self.code_label = QLabel()
        self.code_label.setObjectName("client_code")
        form.addRow(_("Code"), self.code_label)
        self._add(form, _("First name *"), "first_name", line_edit(80))
        self._add(form, _("Surname *"), "last_name", line_edit(120))
        self._add(form, _("Sex"), "sex", choice_box([(None, "—"), *Sex.choices()]))
        self._add(form, _("Year of birth"), "birth_year", spin_box(2100))
        self.types = CheckList(Option(i, _(CLIENT_TYPE_LABELS[code])) for i, code in enumerate(_TYPE_CODES))
        self.types.setMinimumHeight(110)
        self._add(form, _("Type *"), "type_codes", self.types)

    def _build_address(self, villages: list[Option]) -> None:
        form = self.add_page(_("Address and contact"))
        self._add(form, _("Street"), "street", line_edit(120, _("empty in a village without streets")))
        self._add(form, _("House number *"), "house_number", line_edit(20))
        self._add(form, _("Flat number"), "flat_number", line_edit(20))
        self._add(form, _("Postal code *"), "postal_code", line_edit(6, "00-000"))
        self._add(form, _("Locality *"), "locality", line_edit(120))
        self._add(form, _("Post office"), "post_office", line_edit(120))
        self._add(
            form,
            _("Village (sołectwo)"),
            "village_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in villages)]),
        )
        self._add(form, _("Phone"), "phone", line_edit(20, "600 123 456"))
        self._add(
            form,
            _("Directions"),
            "directions",
            text_edit(_("How to get there: landmarks, the gate, the dog…")),
        )
        self._add(form, _("Contact person"), "contact_name", line_edit(200))
        self._add(form, _("Relationship"), "contact_relation", line_edit(60, _("e.g. daughter, neighbour")))
        self._add(form, _("Contact person's phone"), "contact_phone", line_edit(20))
        for key, check in (("postal_code", v.postal_code), ("phone", v.phone), ("contact_phone", v.phone)):
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            widget.editingFinished.connect(lambda k=key, c=check, w=widget: self._check_field(k, c, w))

    def _build_support(self, workers: list[Option]) -> None:
        form = self.add_page(_("Support"))
        self._add(
            form,
            _("Social worker *"),
            "social_worker_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in workers)]),
        )
        self._build_no_workers(form, workers)
        self._add(form, _("Needs assessment valid until *"), "assessment_valid_until", OptionalDateEdit())
        self._add(form, _("Consent to volunteer visits: date"), "visit_consent_date", OptionalDateEdit())
        self._add(
            form,
            _("How the consent was given"),
            "visit_consent_how",
            line_edit(120, _("e.g. in writing, orally")),
        )
        children = self._add(form, "", "children_in_household", QCheckBox(_("Children in the household")))
        assert isinstance(children, QCheckBox)
        self.children_note = QLabel(_("Assignments to this client will involve minors: vetting is required."))
        self.children_note.setWordWrap(True)
        set_role(self.children_note, "caution")
        form.addRow(self.children_note)
        self._add(form, _("Number of children"), "children_count", spin_box(20))
        self._add(form, _("Age bands"), "children_age_bands", line_edit(120, _("e.g. 0–6, 7–12")))
        children.toggled.connect(self._update_children)
        self._add(
            form,
            _("Notes for the volunteer"),
            "notes_for_volunteer",
            text_edit(_("Only what the volunteer needs to know. No health data here.")),
        )

    def _build_no_workers(self, form: QFormLayout, workers: list[Option]) -> None:
        """With no social worker on the staff list, say where they are added, and offer it."""
        self.no_workers_note = QLabel(
            _(
                "The list is empty: social workers are added in Settings → Dictionaries → Staff"
                " (tick “social worker”)."
            )
        )
        self.no_workers_note.setObjectName("no_social_workers")
        self.no_workers_note.setWordWrap(True)
        set_role(self.no_workers_note, "caution")
        self.add_workers_button = QPushButton(_("Open the &staff list…"))
        self.add_workers_button.setObjectName("add_social_worker")
        self.add_workers_button.clicked.connect(self._open_staff)
        self.add_workers_button.setVisible(self._add_workers is not None)
        self.no_workers = QWidget()
        row = QHBoxLayout(self.no_workers)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_workers_note, 1)
        row.addWidget(self.add_workers_button)
        form.addRow(self.no_workers)
        self.no_workers.setVisible(not workers)

    def _show_no_workers(self, empty: bool) -> None:
        self.no_workers.setVisible(empty)

    def _open_staff(self) -> None:
        """The staff list, then the social workers again; a single one is chosen at once."""
        if self._add_workers is None:
            return
        workers = self._add_workers()
        combo = self.fields["social_worker_id"]
        assert isinstance(combo, QComboBox)
        chosen = get_value(combo)
        combo.clear()
        combo.addItem("—", None)
        for option in workers:
            combo.addItem(option.name, option.id)
        if chosen is None and len(workers) == 1:
            chosen = workers[0].id
        set_value(combo, chosen)
        self._show_no_workers(not workers)

    def _build_health(self) -> None:
        form = self.add_page(_("Health (restricted)"))
        note = QLabel(
            _(
                "Health limitations relevant to the help (e.g. mobility, hearing). Special-category data: "
                "each showing is recorded in the audit log."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.reveal_button = QPushButton(_("Show health information"))
        self.reveal_button.setObjectName("reveal_health")
        self.reveal_button.clicked.connect(self.reveal_health)
        form.addRow(self.reveal_button)
        notes = self._add(form, _("Health notes"), "health_notes", text_edit(height=120))
        assert isinstance(notes, QPlainTextEdit)
        notes.setVisible(self._health_loaded)
        self.reveal_button.setVisible(not self._health_loaded)

    def _build_status(self) -> None:
        form = self.add_page(_("Status"))
        self._add(form, _("Status *"), "status", choice_box(ClientStatus.choices()))
        self._add(form, _("Support ended on"), "support_ended_on", OptionalDateEdit())

    # --- behaviour --------------------------------------------------------------------------
    def reveal_health(self) -> None:
        if self._reveal_health is None or self._health_loaded:
            return
        set_value(self.fields["health_notes"], self._reveal_health())
        self._health_loaded = True
        self.fields["health_notes"].setVisible(True)
        self.reveal_button.setVisible(False)

    def _update_children(self, on: bool) -> None:
        for key in ("children_count", "children_age_bands"):
            self.fields[key].setEnabled(on)
        self.children_note.setVisible(on)

    def _check_field(self, key: str, check: Callable[[str, str], object], widget: QLineEdit) -> None:
        errors = {k: self.errors.message(k) for k in self.errors.field_keys() if self.errors.message(k)}
        errors.pop(key, None)
        try:
            if widget.text().strip():
                check(widget.text(), key)
        except v.FieldError as error:
            errors[key] = error.message
        self.errors.show(errors)

    # --- data -------------------------------------------------------------------------------
    def load(self, data: ClientData, code: str | None) -> None:
        self.code_label.setText(code or _("given when saved"))
        for name in CLIENT_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.types.set_checked_ids(i for i, c in enumerate(_TYPE_CODES) if c in data.type_codes)
        self._update_children(data.children_in_household)

    def collect(self) -> ClientData:
        values = {name: get_value(self.fields[name]) for name in CLIENT_FIELDS}
        for name in ("first_name", "last_name", "house_number", "postal_code", "locality"):
            values[name] = values[name] or ""
        data = ClientData(**values)
        data.type_codes = {_TYPE_CODES[i] for i in self.types.checked_ids()}
        if self._health_loaded:
            data.health_notes = get_value(self.fields["health_notes"])
            data.health_notes_edited = True
        return data
