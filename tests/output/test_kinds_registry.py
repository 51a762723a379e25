"""The registry of document kinds is complete, and every place that offers or handles a kind
reads it: the command line's KIND, the print preview's options and titles, batch printing, the
numbering defaults and the templates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from coordinator_app.core.issuing.catalog import DEFAULT_TEMPLATES, KINDS, DocumentKind, spec
from coordinator_app.core.issuing.numbering import DEFAULT_PATTERNS, RECORD_PATTERNS
from coordinator_app.output.documents import kinds as kinds_package
from coordinator_app.output.documents.kinds import CliMode
from coordinator_app.output.documents.registry import REGISTRY, batches, by_cli_name, printed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

KINDS_DIR = Path(kinds_package.__file__).parent


def test_every_kind_has_its_module_and_registry_line() -> None:
    modules = {path.stem for path in KINDS_DIR.glob("*.py") if path.stem != "__init__"}
    assert modules == {kind.value for kind in DocumentKind}
    assert list(REGISTRY) == list(DocumentKind)
    for kind in DocumentKind:
        assert printed(kind).kind is kind
        assert printed(kind.value) is printed(kind)
        assert printed(kind).title


def test_issued_kinds_are_in_the_catalog_with_templates() -> None:
    """Every kind but the attendance list (printed from a training's sheet) is issued."""
    issued = {kind for kind in DocumentKind if printed(kind).cli is not CliMode.SHEET}
    assert set(KINDS) == {kind.value for kind in issued}
    assert set(DEFAULT_TEMPLATES) == set(KINDS)
    for kind in issued:
        assert spec(kind).kind is kind
        assert printed(kind).content is not None
    assert printed(DocumentKind.ATTENDANCE_LIST).content is None


def test_numbering_defaults_come_from_the_catalog() -> None:
    numbered = {kind: kind_spec.pattern for kind, kind_spec in KINDS.items() if kind_spec.numbered}
    assert {kind: DEFAULT_PATTERNS[kind] for kind in numbered} == numbered
    assert set(DEFAULT_PATTERNS) == set(numbered) | set(RECORD_PATTERNS)
    assert not spec(DocumentKind.INTAKE_FORM).numbered and not spec(DocumentKind.INTAKE_FORM).pattern


def test_command_line_kinds_come_from_the_registry() -> None:
    from coordinator_app.cli.main import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    kind_argument = next(a for a in commands.choices["print"]._actions if a.dest == "kind")
    assert list(kind_argument.choices or ()) == [kind.cli_name for kind in DocumentKind]
    assert list(by_cli_name()) == [kind.cli_name for kind in DocumentKind]
    assert "training-certificate" in by_cli_name() and "intake-form" in by_cli_name()


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_preview_options_come_from_the_registry(qapp: QApplication, kind: DocumentKind) -> None:
    from coordinator_app.ui.documents.preview import OptionsPanel

    panel = OptionsPanel(kind.value, {}, lambda: None)
    declared = [option.key for option in printed(kind).options]
    assert list(panel.values()) == declared
    assert (not panel.isHidden()) == bool(declared)


READERS = (
    "cli/print_document.py",
    "ui/documents/preview.py",
    "ui/documents/batch_dialog.py",
    "output/documents/render.py",
    "output/documents/batch.py",
    "core/issuing/service.py",
    "core/issuing/numbering.py",
)


@pytest.mark.parametrize("module", READERS)
def test_readers_of_the_registry_name_no_kind(module: str) -> None:
    """The command line, the preview (its titles are the catalog's labels), batch printing,
    rendering, issuing and numbering look kinds up; none spells a kind out."""
    import coordinator_app

    source = (Path(coordinator_app.__file__).parent / module).read_text(encoding="utf-8")
    for kind in DocumentKind:
        for spelling in {kind.value, kind.cli_name}:
            assert f'"{spelling}"' not in source, f"{module} names the kind {spelling}"


def test_batch_dialog_offers_the_registry_batches(qapp: QApplication) -> None:
    from coordinator_app.db.engine import Database
    from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog

    dialog = BatchPrintDialog(None, Database.__new__(Database))
    offered = [dialog.kind.itemData(index) for index in range(dialog.kind.count())]
    assert offered == [entry.kind.value for entry in batches()]
    assert offered == ["thanks", "timesheet", "certificate"]
    dialog.deleteLater()
