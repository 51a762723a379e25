"""The layers of DESIGN.md §2, proved.

Nothing outside `coordinator_app/ui/` may import PySide6: a fresh interpreter with PySide6 and
shiboken6 made unimportable imports every non-UI module; any module that reaches for Qt,
directly or through another module, fails the test.

Each package imports only the packages below it: every import statement of every module (at
the top, inside functions, under TYPE_CHECKING) is read with `ast` and checked against the
rules each package's docstring states.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

import coordinator_app

CHILD = textwrap.dedent(
    """
    import importlib
    import sys
    from pathlib import Path

    BLOCKED = {"PySide6", "shiboken6"}
    SKIPPED = {
        "coordinator_app.ui",  # the Qt shell itself
        "coordinator_app.db.migrations.env",  # runs Alembic on import
    }

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked outside coordinator_app.ui")
            return None

    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        sys.exit("the PySide6 blocker does not work")

    import coordinator_app

    def skipped(name):
        return any(name == s or name.startswith(s + ".") for s in SKIPPED)

    # Every .py file, found on disk rather than through pkgutil, so that a folder that lacks
    # its __init__.py (a namespace package) is not silently left out.
    root = Path(coordinator_app.__file__).resolve().parent
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = ("coordinator_app", *path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if not skipped(name):
            names.append(name)
    for name in names:
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if m.partition(".")[0] in BLOCKED)
    if leaked:
        sys.exit(f"Qt modules were imported: {leaked}")
    print(len(names))
    print("\\n".join(names))
    """
)


def test_non_ui_packages_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
    count_line, *names = result.stdout.splitlines()
    assert int(count_line) == len(names)
    # The walk must really have found the code, or the test would pass by testing nothing.
    assert len(names) > 10, names
    for expected in ("coordinator_app.cli.main", "coordinator_app.app.logs", "coordinator_app.db.engine"):
        assert expected in names
    assert not any(name.startswith("coordinator_app.ui") for name in names)


PACKAGE_ROOT = Path(coordinator_app.__file__).resolve().parent

# package -> the packages of the application it must never import (its docstring says so).
FORBIDDEN: dict[str, set[str]] = {
    "app": {"core", "db", "storage", "cli", "output", "ui", "demo", "i18n"},
    "db": {"storage", "cli", "output", "ui", "demo"},
    "core": {"storage", "cli", "output", "ui", "demo"},
    "storage": {"ui", "cli", "output", "demo"},
    "demo": {"ui", "cli", "storage", "output"},
    "output": {"ui", "cli"},
}


def _imported_modules(path: Path) -> set[str]:
    """Every `coordinator_app…` module named by an import statement anywhere in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("coordinator_app.")}


def _module_name(path: Path) -> str:
    parts = ("coordinator_app", *path.relative_to(PACKAGE_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_by_module() -> dict[str, set[str]]:
    return {_module_name(path): _imported_modules(path) for path in sorted(PACKAGE_ROOT.rglob("*.py"))}


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_each_package_imports_only_the_layers_below_it() -> None:
    imports = _imports_by_module()
    assert len(imports) > 100  # the walk found the code
    broken = sorted(
        f"{module} imports {target}"
        for module, targets in imports.items()
        for target in targets
        if _package(target) in FORBIDDEN.get(_package(module), set())
    )
    assert broken == []


def test_only_the_entry_point_imports_the_command_line() -> None:
    importers = sorted(
        module
        for module, targets in _imports_by_module().items()
        if _package(module) != "cli" and any(_package(target) == "cli" for target in targets)
    )
    assert importers == ["coordinator_app.__main__"]


def test_the_command_line_modules_import_one_another_without_a_cycle() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for module, targets in _imports_by_module().items():
        if _package(module) == "cli":
            graph[module] = {target for target in targets if _package(target) == "cli" and target != module}
    state: dict[str, str] = {}

    def visit(module: str, trail: tuple[str, ...]) -> None:
        if state.get(module) == "open":
            raise AssertionError("import cycle: " + " -> ".join((*trail, module)))
        if state.get(module) == "done":
            return
        state[module] = "open"
        for target in graph.get(module, set()):
            visit(target, (*trail, module))
        state[module] = "done"

    for module in list(graph):
        visit(module, ())
    assert "coordinator_app.cli.main" in graph


def test_every_sub_command_follows_the_convention() -> None:
    from coordinator_app.cli import main

    parser = main.build_parser()
    names = {command.NAME for command in main.COMMANDS}
    assert names == {"demo", "backup", "restore", "check", "print", "handover", "report", "import", "rodo"}
    for command in main.COMMANDS:
        assert callable(command.add_parser) and callable(command.run), command.NAME
        assert parser.parse_args(_example_arguments(command.NAME)).command == command.NAME


def _example_arguments(name: str) -> list[str]:
    return {
        "restore": [name, "backup.sqlite"],
        "print": [name, "agreement"],
        "handover": [name, "export", "--to", "x"],
        "report": [name, "monthly", "--month", "2026-03", "--format", "pdf", "--out", "x.pdf"],
        "import": [name, "volunteers", "lista.xlsx"],
        "rodo": [name, "due"],
    }.get(name, [name])
