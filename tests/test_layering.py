"""Nothing outside `coordinator_app/ui/` may import PySide6 (DESIGN.md §2).

A fresh interpreter with PySide6 and shiboken6 made unimportable imports every non-UI module;
any module that reaches for Qt, directly or through another module, fails the test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
