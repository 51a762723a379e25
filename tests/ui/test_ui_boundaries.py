"""What the Qt shell may not do, read from its source with `ast`: import SQLAlchemy, open a
database session, or write the "not saved, correct the marked fields" line more than once (the
form-dialog base writes it; services and `StorageError` do the rest)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coordinator_app.ui

UI = Path(coordinator_app.ui.__file__).parent
ROOT = UI.parent.parent


def ui_modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(UI.parent)), ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(UI.rglob("*.py"))
    ]


def imported_modules(tree: ast.Module) -> set[str]:
    """Every module named by an import anywhere in the file (also inside functions)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_ui_modules_are_found() -> None:
    names = [name for name, _tree in ui_modules()]
    assert "ui/widgets/form_dialog.py" in names and len(names) > 50


def test_no_ui_module_imports_sqlalchemy() -> None:
    offenders = {
        name: sorted(m for m in imported_modules(tree) if m == "sqlalchemy" or m.startswith("sqlalchemy."))
        for name, tree in ui_modules()
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_no_ui_module_opens_a_database_session() -> None:
    """`db.session()` belongs to the core services; a dialog calls a service instead."""
    offenders = [
        f"{name}:{node.lineno}"
        for name, tree in ui_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "session"
    ]
    assert offenders == []


def test_the_correct_the_marked_fields_message_is_written_once() -> None:
    places = [
        f"{name}:{node.lineno}"
        for name, tree in ui_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and "correct the marked fields" in node.value.lower()
    ]
    assert places == [places[0]] and places[0].startswith("ui/widgets/form_dialog.py:")


def test_the_storage_error_comes_without_sqlalchemy() -> None:
    """ui and core catch `StorageError` and never need SQLAlchemy for it."""
    check = (
        "import sys\n"
        "from coordinator_app.db.errors import StorageError\n"
        "from coordinator_app.ui.widgets.form_dialog import FormDialog\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
