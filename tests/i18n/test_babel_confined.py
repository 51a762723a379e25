"""Babel is imported only inside `coordinator_app/i18n/` (issue #11, point 2): every other module
formats through `i18n.formatting` (the screen) or `i18n.polish` (documents). Ruff's TID251 ban
says the same at lint time; this test proves it on the code as it is."""

from __future__ import annotations

import ast
from pathlib import Path

import coordinator_app

ROOT = Path(coordinator_app.__file__).resolve().parent
HOME = ROOT / "i18n"


def _babel_imports(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id in ("__import__", "import_module"))
            )
        ):
            names = [node.args[0].value]
        else:
            continue
        found += [f"{path.relative_to(root)}:{node.lineno} {name}" for name in names if _is_babel(name)]
    return found


def _is_babel(name: str) -> bool:
    return name == "babel" or name.startswith("babel.")


def test_nothing_outside_i18n_imports_babel() -> None:
    modules = [path for path in sorted(ROOT.rglob("*.py")) if HOME not in path.parents]
    assert len(modules) > 100, "the walk must really find the code"
    offenders = [hit for path in modules for hit in _babel_imports(path)]
    assert offenders == []


def test_the_scan_sees_every_way_of_importing(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import babel\n"
        "from babel.dates import format_date\n"
        "import importlib\n"
        "importlib.import_module('babel.numbers')\n"
        "from babelfish import x\n"
        "from .babel import y\n",
        encoding="utf-8",
    )
    hits = sorted(_babel_imports(sample, tmp_path), key=lambda hit: int(hit.split(":")[1].split()[0]))
    hits = [hit.rpartition(" ")[2] for hit in hits]
    assert hits == ["babel", "babel.dates", "babel.numbers"]


def test_i18n_is_where_babel_lives() -> None:
    inside = [hit for path in sorted(HOME.rglob("*.py")) for hit in _babel_imports(path)]
    assert any("formatting.py" in hit for hit in inside)
