"""The printing dialogs through qtbot: preview and issue, print, save; organisation settings;
the wording editor; batch printing with progress; the register; the opinion editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.core.issuing.organisation import get_organisation
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.db.engine import Database
from coordinator_app.db.models import DocumentTemplate, IssuedDocument
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text
from tests.helpers import widget_as


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(*args: object, **kw: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, show)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    return shown


def issued(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def test_preview_shows_the_number_and_saving_issues_it(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog

    dialog = DocumentPreviewDialog(None, db, request=DocumentRequest("certificate", world.adult))
    qtbot.addWidget(dialog)
    assert dialog.load()
    assert "Z/1/" in dialog.status.text() and dialog.pages_layout.count() == 1
    assert dialog.notice.isVisible() or not dialog.notice.isHidden()
    assert issued(db) == 0  # a preview issues nothing
    target = tmp_path / "zaswiadczenie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    dialog.save_pdf()
    assert issued(db) == 1 and dialog.register_id is not None
    assert "Żaneta Żółć" in pdf_text(target)
    # changing an option rebuilds the preview
    dialog.register_id = None
    widget_as(QCheckBox, dialog.options._widgets["hours"]).setChecked(False)
    assert "Łączna liczba godzin" not in flat(pdf_text(dialog.pdf))
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.documents import preview as preview_module

    output = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview_module, "QPrintDialog", FakePrintDialog)
    dialog = preview_module.DocumentPreviewDialog(
        None, db, request=DocumentRequest("agreement", world.agreement)
    )
    qtbot.addWidget(dialog)
    assert dialog.load()
    dialog.print_document()
    assert output.exists() and output.stat().st_size > 10_000
    assert issued(db) == 1


def test_refused_document_says_why_and_opens_nothing(
    qtbot: QtBot, db: Database, world: World, quiet_boxes: list[str]
) -> None:
    from coordinator_app.ui.documents import open_document_preview

    assert open_document_preview(None, db, "certificate", id=world.minor) is None
    assert quiet_boxes and issued(db) == 0


def test_organisation_settings_field_errors_then_save(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from PIL import Image

    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog

    dialog = OrganisationDialog(None, db)
    qtbot.addWidget(dialog)
    dialog.edits["nip"].setText("1234567890")
    dialog.patterns["certificate"].setText("Z/{rrrr}")
    dialog.save()
    assert dialog.errors.message("nip") and dialog.errors.message("numbering.certificate")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert get_organisation(db).nip == "6891331953"
    dialog.edits["nip"].setText("689-133-19-53")
    dialog.patterns["certificate"].setText("ZAŚ/{nr}/{rrrr}")
    assert "ZAŚ/7/" in dialog.examples["certificate"].text()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "green").save(logo)
    assert dialog.set_logo_file(logo)
    dialog.grab().save(str(tmp_path / "organisation.png"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_organisation(db)
    assert saved.numbering["certificate"] == "ZAŚ/{nr}/{rrrr}" and saved.logo_sha256


def test_template_editor_checks_and_saves_a_new_version(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from coordinator_app.ui.documents.template_editor import TemplateEditor

    editor = TemplateEditor(None, db)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("certificate"))
    for row in range(editor.blocks.count()):
        if editor.blocks.item(row).text().startswith("closing"):
            editor.blocks.setCurrentRow(row)
    editor.editor.setPlainText("Wydano na prośbę {zainteresowanego/zainteresowanej} {nieznane_pole}.")
    assert "{nieznane_pole}" in editor.error.text() and not editor.error.isHidden()
    editor.editor.setPlainText("Zaświadczenie wydano na prośbę {zainteresowanego/zainteresowanej}.")
    assert editor.error.isHidden()
    editor.note.setText("radca prawny")
    editor.grab().save(str(tmp_path / "templates.png"))
    editor.save()
    with db.session() as s:
        versions = s.execute(
            select(DocumentTemplate.version, DocumentTemplate.note).where(
                DocumentTemplate.kind == "certificate"
            )
        ).all()
    assert sorted(versions) == [(1, "treść domyślna"), (2, "radca prawny")]
    document = issue(db, DocumentRequest("certificate", world.adult), TODAY)
    assert document.template_version == 2


def test_batch_dialog_prints_in_the_background(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog

    dialog = BatchPrintDialog(None, db)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.out.setText(str(tmp_path / "dyplomy.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None or "nothing" in dialog.message.text(), timeout=30_000)
    assert dialog.result.documents == 2
    assert (tmp_path / "dyplomy.pdf").exists() and issued(db) == 2
    dialog.grab().save(str(tmp_path / "batch.png"))


def test_register_lists_documents_and_prints_again(
    qtbot: QtBot, db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.documents import preview as preview_module
    from coordinator_app.ui.documents.register_dialog import RegisterDialog

    issue(db, DocumentRequest("certificate", world.adult), TODAY)
    issue(db, DocumentRequest("referral", world.assignment), TODAY)
    dialog = RegisterDialog(None, db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.search.setText("zolc")
    assert dialog.count.text().startswith("2")
    opened: list[int | None] = []

    def exec_preview(self: preview_module.DocumentPreviewDialog) -> int:
        opened.append(self.register_id)
        return 0

    monkeypatch.setattr(preview_module.DocumentPreviewDialog, "exec", exec_preview)
    dialog.table.setCurrentCell(0, 0)
    dialog.print_again()
    assert opened and opened[0] is not None


def test_opinion_editor_requires_the_coordinators_assessment(
    qtbot: QtBot, db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.documents import preview as preview_module
    from coordinator_app.ui.documents.opinion_editor import OpinionEditor

    editor = OpinionEditor(None, db, world.adult, "Żaneta Żółć")
    qtbot.addWidget(editor)
    shown: list[bytes] = []

    def exec_preview(self: preview_module.DocumentPreviewDialog) -> int:
        shown.append(self.pdf)
        return 0

    monkeypatch.setattr(preview_module.DocumentPreviewDialog, "exec", exec_preview)
    editor.open_preview()
    assert not shown and editor.errors.message("assessment")
    editor.criteria["punctuality"].setChecked(True)
    editor.assessment.setPlainText("Sumienna i życzliwa.")
    editor.open_preview()
    assert shown
    text = flat(pdf_text(shown[0]))
    assert "punktualnością" in text and "Sumienna i życzliwa." in text and "rzetelnością" not in text
