"""Organisation settings: name and identifiers, the head and signatories, the coordinator and the
IOD, the letterhead (logo, footer, place in dates), numbering patterns, NNW insurance, the RODO
clause, and who signs the art. 21 statement on the countries of residence. NIP and REGON are
checked with python-stdnum; every field says what is wrong with it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.dictionaries import list_staff_all
from coordinator_app.core.issuing.catalog import KINDS
from coordinator_app.core.issuing.numbering import DEFAULT_PATTERNS, format_number, pattern_error
from coordinator_app.core.issuing.organisation import (
    ORGANISATION_KINDS,
    OrganisationData,
    clear_logo,
    get_organisation,
    load_logo,
    logo_media_type,
    set_logo,
    signatories,
    update_organisation,
    validate_organisation,
)
from coordinator_app.core.validation import FieldError, format_phone, required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.ui.dictionaries.dialog import signing_period
from coordinator_app.ui.documents.residence_setting import ResidenceStatementTab
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    FieldErrors,
    OptionalDateEdit,
    line_edit,
    save_cancel_buttons,
)
from coordinator_app.ui.widgets.name_forms_dialog import NameFormsDialog, organisation_entries
from coordinator_app.ui.widgets.paged_form import form_page, mark_error_tabs

TEXT_ROWS: dict[str, list[tuple[str, str, int]]] = {
    # tab -> (field, label msgid, max length)
    "identity": [
        ("full_name", N_("Full name *"), 300),
        ("full_name_genitive", N_("Name after “na rzecz” (genitive)"), 300),
        ("short_name", N_("Short name"), 60),
        ("street", N_("Street"), 120),
        ("house_number", N_("House number *"), 20),
        ("postal_code", N_("Postal code"), 6),
        ("locality", N_("Locality *"), 120),
        ("gmina", N_("Gmina *"), 120),
        ("powiat", N_("Powiat *"), 120),
        ("voivodeship", N_("Voivodeship *"), 60),
        ("phone", N_("Phone"), 20),
        ("email", N_("E-mail"), 120),
        ("website", N_("Website"), 120),
        ("epuap", N_("ePUAP inbox"), 120),
        ("nip", N_("NIP *"), 13),
        ("regon", N_("REGON *"), 14),
        ("krs", N_("KRS"), 10),
    ],
    "people": [
        ("manager_name", N_("Head of the centre *"), 200),
        ("manager_position", N_("Position of the head *"), 120),
        ("coordinator_name", N_("Volunteer coordinator *"), 200),
        ("coordinator_phone", N_("Coordinator's phone"), 20),
        ("coordinator_email", N_("Coordinator's e-mail"), 120),
        ("dpo_name", N_("Data protection officer"), 200),
        ("dpo_contact", N_("Contact to the data protection officer *"), 200),
    ],
    "documents": [
        ("place_for_dates", N_("Place used in dates *"), 120),
        ("jrwa_symbol", N_("JRWA symbol"), 20),
        ("gdpr_retention", N_("How long volunteers' data are kept (RODO clause)"), 300),
    ],
    "insurance": [
        ("nnw_insurer", N_("NNW insurer"), 200),
        ("nnw_policy", N_("NNW policy number"), 80),
        ("oc_policy", N_("Liability (OC) policy number"), 80),
    ],
}


class OrganisationDialog(FormDialog[OrganisationData]):
    nnw_valid_from: OptionalDateEdit  # set with the other insurance fields in _insurance_tab
    nnw_valid_to: OptionalDateEdit

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Organisation settings"))
        self.resize(760, 680)
        self.errors = FieldErrors()
        self.errors.cleared.append(lambda: mark_error_tabs(self.tabs, self.errors, self.tab_of))
        self.edits: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.patterns: dict[str, QLineEdit] = {}
        self.examples: dict[str, QLabel] = {}
        self.logo_bytes: bytes | None = None
        self.logo_changed = False
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tab_of: dict[str, int] = {}
        self._identity_tab()
        self._people_tab()
        self._documents_tab()
        self._numbering_tab()
        self._insurance_tab()
        self._gdpr_tab()
        self.child_protection = ResidenceStatementTab()
        self.tabs.addTab(self.child_protection, _("Child protection"))
        self.errors.mark_required(required_fields(lambda: validate_organisation(OrganisationData())))
        layout.addWidget(self.summary)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self._load(get_organisation(db))

    # -- tabs ------------------------------------------------------------------------------

    def _form_tab(self, title: str, key: str) -> QFormLayout:
        page, form = form_page()  # rows at the top, no gaps between them
        index = self.tabs.addTab(page, title)
        for field, label, length in TEXT_ROWS.get(key, []):
            edit = line_edit(length)
            edit.setObjectName(field)
            self.edits[field] = edit
            self.errors.add_row(form, _(label), field, edit)
            self.tab_of[field] = index
        return form

    def _identity_tab(self) -> None:
        form = self._form_tab(_("Centre"), "identity")
        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in ORGANISATION_KINDS:
            self.kind.addItem(kind, kind)
        self.errors.add_row(form, _("Type"), "kind", self.kind)
        self.tab_of["kind"] = 0
        self.edits["full_name_genitive"].setPlaceholderText(_("e.g. Gminnego Ośrodka Pomocy Społecznej w …"))

    def _people_tab(self) -> None:
        form = self._form_tab(_("People"), "people")
        self.signatories = QListWidget()
        self.signatories.setFixedHeight(90)
        staff = {row.id: row for row in list_staff_all(self.db)}
        for person in signatories(self.db):
            period = signing_period(staff[person.id]) if person.id in staff else ""
            parts = (person.name, person.position, person.authorisation, period)
            text = ", ".join(part for part in parts if part)
            self.signatories.addItem(text)
        form.addRow(_("Authorised signatories"), self.signatories)
        note = QLabel(_("Signatories are staff marked as such in Settings → Dictionaries → Staff."))
        note.setWordWrap(True)
        form.addRow("", note)
        names = QPushButton(_("Names in documents…"))
        names.clicked.connect(
            lambda: NameFormsDialog(self.db, organisation_entries(self.db), parent=self).exec()
        )
        form.addRow("", names)

    def _documents_tab(self) -> None:
        form = self._form_tab(_("Letterhead"), "documents")
        index = self.tabs.count() - 1
        for field, label, height in (
            ("letterhead", _("Letterhead text (instead of the name and address)"), 80),
            ("footer", _("Footer of documents"), 50),
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(field)
            edit.setFixedHeight(height)
            edit.setTabChangesFocus(True)
            self.texts[field] = edit
            self.errors.add_row(form, label, field, edit)
            self.tab_of[field] = index
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel(_("no logo"))
        self.logo_label.setFixedSize(160, 80)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.logo_label, "framed")
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(_("Remove"))
        remove.clicked.connect(self.remove_logo)
        row.addWidget(self.logo_label)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        self.errors.add_row(form, _("Logo (PNG or JPEG)"), "logo", logo_row)
        self.tab_of["logo"] = index

    def _numbering_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        index = self.tabs.addTab(page, _("Numbering"))
        hint = QLabel(
            _("Fields: {nr} the next number, {rrrr} the year, {rr} two digits of the year, {mm} the month.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        for kind in DEFAULT_PATTERNS:
            own = {"agreement_confirmation": _("Confirmation of an agreement"), "assignment": _("Assignment")}
            label = KINDS[kind].label if kind in KINDS else own[kind]
            edit = line_edit(30)
            edit.setObjectName(f"numbering.{kind}")
            example = QLabel()
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(example)
            edit.textChanged.connect(lambda text, example=example: self._example(text, example))
            self.patterns[kind] = edit
            self.examples[kind] = example
            self.errors.add_row(form, label, f"numbering.{kind}", box)
            self.tab_of[f"numbering.{kind}"] = index

    def _example(self, text: str, label: QLabel) -> None:
        pattern = text.strip()
        if not pattern or pattern_error(pattern) is not None:
            label.setText("")
            return
        label.setText(_("e.g. {number}").format(number=format_number(pattern, 7, dt.date.today())))

    def _insurance_tab(self) -> None:
        form = self._form_tab(_("Insurance"), "insurance")
        index = self.tabs.count() - 1
        for field, label in (
            ("nnw_valid_from", _("Policy valid from")),
            ("nnw_valid_to", _("Policy valid to")),
        ):
            edit = OptionalDateEdit()
            edit.setObjectName(field)
            setattr(self, field, edit)
            self.errors.add_row(form, label, field, edit)
            self.tab_of[field] = index
        note = QLabel(
            _(
                "Agreements for 30 days or less state this NNW policy; "
                "it is required for them (art. 46 ust. 3)."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)

    def _gdpr_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        index = self.tabs.addTab(page, _("RODO clause"))
        layout.addWidget(
            QLabel(
                _("The information clause printed with agreements and intake forms; empty: the default text.")
            )
        )
        edit = QPlainTextEdit()
        edit.setObjectName("gdpr_clause")
        self.texts["gdpr_clause"] = edit
        error = QLabel()
        set_role(error, "error")
        error.hide()
        layout.addWidget(edit, 1)
        layout.addWidget(error)
        self.errors.register("gdpr_clause", edit, error)
        self.tab_of["gdpr_clause"] = index

    # -- data ------------------------------------------------------------------------------

    def _load(self, data: OrganisationData) -> None:
        self.data = data
        for field, edit in self.edits.items():
            value = getattr(data, field) or ""
            if field in ("phone", "coordinator_phone"):
                value = format_phone(value)
            edit.setText(str(value))
        for field, text in self.texts.items():
            text.setPlainText(getattr(data, field) or "")
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.nnw_valid_from.set_value(data.nnw_valid_from)
        self.nnw_valid_to.set_value(data.nnw_valid_to)
        for kind, edit in self.patterns.items():
            edit.setText(data.numbering.get(kind, DEFAULT_PATTERNS[kind]))
        self._show_logo(load_logo(self.db, data.logo_sha256))
        self.child_protection.load(self.db)

    def collect(self) -> OrganisationData:
        values: dict[str, Any] = {field: edit.text() for field, edit in self.edits.items()}
        values.update({field: text.toPlainText() for field, text in self.texts.items()})
        data = dataclasses.replace(self.data, **values)
        data.kind = self.kind.currentData()
        data.nnw_valid_from = self.nnw_valid_from.value()
        data.nnw_valid_to = self.nnw_valid_to.value()
        data.numbering = {kind: edit.text() for kind, edit in self.patterns.items()}
        return data

    def _show_logo(self, data: bytes | None) -> None:
        self.logo_bytes = data
        if not data:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(_("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_label.setPixmap(
            pixmap.scaled(
                150, 70, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def choose_logo(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _chosen = QFileDialog.getOpenFileName(
            self, _("Choose the logo"), folder, _("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
            logo_media_type(data)
        except FieldError as error:
            self.errors.show({"logo": error.message})
            return False
        except OSError as error:
            self.errors.show({"logo": str(error)})
            return False
        self.errors.show({})
        self.logo_changed = True
        self._show_logo(data)
        return True

    def remove_logo(self) -> None:
        self.logo_changed = True
        self._show_logo(None)

    def failure_title(self) -> str:
        return _("Organisation settings")

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        """Mark the fields and open the tab of the first one."""
        first = self.errors.show(by_field)
        mark_error_tabs(self.tabs, self.errors, self.tab_of)
        if by_field:
            self.tabs.setCurrentIndex(self.tab_of.get(next(iter(by_field)), 0))
        if first is not None:
            first.setFocus()

    def error_summary(self, by_field: dict[str, str]) -> str:
        return _("The settings were not saved: correct the fields marked in red.")

    def write(self, data: OrganisationData) -> None:
        update_organisation(self.db, data)
        self.child_protection.save(self.db)
        if self.logo_changed:
            if self.logo_bytes:
                set_logo(self.db, self.logo_bytes)
            else:
                clear_logo(self.db)


def open_organisation_dialog(parent: QWidget | None, db: Database) -> bool:
    dialog = OrganisationDialog(parent, db)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        QMessageBox.information(parent, _("Organisation settings"), _("The settings were saved."))
    return accepted
