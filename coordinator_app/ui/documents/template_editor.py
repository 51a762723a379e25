"""The wording of documents, edited by the OPS: every block of a kind's template, with its
fields and conditions listed, saved as a new version (issued documents keep theirs)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.issuing.catalog import KINDS, spec
from coordinator_app.core.issuing.templates import (
    TemplateVersion,
    default_body,
    history,
    load_current,
    restore_default,
    save_template,
    validate_body,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.saving import SaveFailed, save_or_explain


class TemplateEditor(QDialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Wording of documents"))
        self.resize(1000, 700)
        self.body: dict[str, str] = {}
        self.current: TemplateVersion | None = None
        self.key: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Document:")))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_("Document"))
        for kind, kind_spec in KINDS.items():
            self.kind.addItem(kind_spec.label, kind)
        self.kind.currentIndexChanged.connect(lambda _index: self._load_kind())
        top.addWidget(self.kind, 1)
        self.version = QLabel()
        top.addWidget(self.version)
        layout.addLayout(top)
        splitter = QSplitter()
        self.blocks = QListWidget()
        self.blocks.currentItemChanged.connect(self._select_block)
        splitter.addWidget(self.blocks)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("block_text")
        self.editor.setAccessibleName(_("Text of the selected block"))
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        self.editor.setFont(font)
        self.editor.textChanged.connect(self._edited)
        right_layout.addWidget(self.editor, 3)
        self.error = QLabel()
        self.error.setObjectName("template_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        right_layout.addWidget(self.error)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.help, 1)
        splitter.addWidget(right)
        splitter.setSizes([260, 740])
        layout.addWidget(splitter, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(_("Note to the version:")))
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(_("e.g. wording approved by the legal adviser"))
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        buttons = QHBoxLayout()
        self.history_button = QPushButton(_("Versions…"))
        self.history_button.clicked.connect(self.show_history)
        self.default_button = QPushButton(_("Restore default wording"))
        self.default_button.clicked.connect(self.restore)
        self.preview_button = QPushButton(_("Preview…"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(_("Save as a new version"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        for button in (self.history_button, self.default_button, self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._load_kind()

    @property
    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def _load_kind(self) -> None:
        self.current = load_current(self.db, self.kind_key)
        self.body = dict(self.current.body)
        self._fill_blocks()
        stored = self.current.stored
        self.version.setText(
            _("version {version}").format(version=self.current.version)
            + ("" if stored else " " + _("(default, not changed yet)"))
        )
        kind_spec = spec(self.kind_key)
        fields = ", ".join("{" + name + "}" for name in sorted(kind_spec.fields))
        flags = ", ".join("[" + name + "]" for name in sorted(kind_spec.flags)) or "—"
        self.help.setText(
            _(
                "Fields: {fields}\nConditions (a line starting with [condition] is printed only when "
                "it holds, [!condition] when it does not): {flags}\nForms for the person's sex: "
                "{example}. In a section the first line is its heading and every further line one "
                "numbered point."
            ).format(fields=fields, flags=flags, example="{wykonywał/wykonywała}")
        )

    def _fill_blocks(self) -> None:
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for key, text in self.body.items():
            first = text.strip().splitlines()[0] if text.strip() else ""
            item = QListWidgetItem(f"{key} – {first[:40]}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.blocks.addItem(item)
        self.blocks.blockSignals(False)
        self.key = None
        self.blocks.setCurrentRow(0)

    def _select_block(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        self.key = str(item.data(Qt.ItemDataRole.UserRole))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.body.get(self.key, ""))
        self.editor.blockSignals(False)
        self._check_block()

    def _edited(self) -> None:
        if self.key is not None:
            self.body[self.key] = self.editor.toPlainText()
            self._check_block()

    def _check_block(self) -> None:
        try:
            validate_body(self.kind_key, self.body)
        except ValidationErrors as errors:
            message = errors.by_field().get(self.key or "", "")
            self.error.setText(message)
            self.error.setVisible(bool(message))
            return
        self.error.hide()

    def save(self) -> None:
        try:
            saved = save_or_explain(
                self,
                _("Wording of documents"),
                lambda: save_template(self.db, self.kind_key, self.body, self.note.text()),
            )
        except ValidationErrors as errors:
            key = next(iter(errors.by_field()))
            for row in range(self.blocks.count()):
                if self.blocks.item(row).data(Qt.ItemDataRole.UserRole) == key:
                    self.blocks.setCurrentRow(row)
            self.error.setText(errors.by_field()[key])
            self.error.show()
            return
        except SaveFailed:
            return
        self.note.clear()
        self._load_kind()
        QMessageBox.information(
            self, _("Wording of documents"), _("Saved as version {version}.").format(version=saved.version)
        )

    def restore(self) -> None:
        answer = QMessageBox.question(
            self,
            _("Wording of documents"),
            _("Restore the default wording of this document as a new version? Earlier versions are kept."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            save_or_explain(self, _("Wording of documents"), lambda: restore_default(self.db, self.kind_key))
        except SaveFailed:
            return
        self._load_kind()

    def show_history(self) -> None:
        versions = history(self.db, self.kind_key)
        lines = []
        for version in versions:
            when = _("default wording")
            if version.created_at:
                when = version.created_at.strftime("%d.%m.%Y %H:%M")
            lines.append(
                f"v{version.version} – {when} – {version.created_by or ''} {version.note or ''}".strip()
            )
        QMessageBox.information(self, _("Versions"), "\n".join(lines))

    def preview(self) -> None:
        """The latest issued document of this kind printed with the wording being edited."""
        from coordinator_app.core.issuing.service import latest_of_kind, reprint
        from coordinator_app.ui.documents.preview import build_pdf, show_pdf

        try:
            validate_body(self.kind_key, self.body)
        except ValidationErrors:
            self._check_block()
            return
        found = latest_of_kind(self.db, self.kind_key)
        if found is None:
            QMessageBox.information(
                self,
                _("Preview"),
                _("Issue a document of this kind first; the preview shows it with this wording."),
            )
            return
        document = dataclasses.replace(
            reprint(self.db, found), template={**default_body(self.kind_key), **self.body}
        )
        show_pdf(self, build_pdf(document), _("Preview of the wording"))
