"""What the window has loaded when it first paints (issue #16, point 1): the real start-up
(`coordinator-app --db FILE`, through the command line) in a child process, offscreen, which
records `sys.modules` at the first paint of its main window and exits there.

Everything not needed to paint the empty window waits until after it: SQLAlchemy and the
database, ReportLab, Babel (the compiled catalog is read without it), the sub-commands, the
tabs, the log's rotation, and the enum types of Qt's `Qt` namespace (PySide6 makes all ~120 of
them on the first touch). The test asserts what is absent, never how long anything took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

AT_FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app.removeEventFilter(self)
            report = {"window": type(watched).__name__, "modules": sorted(sys.modules)}
            report["qt_namespace"] = "Qt" in sys.modules["PySide6.QtCore"].__dict__
            report["watched"] = app.property("windows_watched")  # not yet: after the paint

            def painted():
                report["watched_after"] = app.property("windows_watched")
                print(json.dumps(report), flush=True)
                os._exit(0)

            watched.first_painted.connect(painted)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
from coordinator_app.cli.main import main

main(["--db", sys.argv[1], "--lang", sys.argv[2]])
print(json.dumps({"window": None, "modules": [], "qt_namespace": None, "watched": None,
                  "watched_after": None}), flush=True)
"""

DEFERRED = ("sqlalchemy", "alembic", "babel", "reportlab", "openpyxl", "python_calamine", "morfeusz2")
DEFERRED_OWN = (
    "coordinator_app.db.engine",
    "coordinator_app.db.models",
    "coordinator_app.storage.opening",
    "coordinator_app.ui.tabs",
    "coordinator_app.ui.dashboard",
    "coordinator_app.output",
    "coordinator_app.cli.print_document",
    "coordinator_app.i18n.formatting",
    "coordinator_app.ui.about",
    "coordinator_app.ui.help",  # with the accessibility filter, installed after the first paint
    "coordinator_app.ui.widgets.accessibility",
    "coordinator_app.ui.safety.passphrase_dialog",
)
# Standard modules nothing before the paint needs (each is milliseconds of a start).
DEFERRED_STANDARD = (
    "importlib.resources", "secrets", "hmac", "platform", "logging.handlers", "socket", "locale",
    "datetime", "sqlite3",
)  # fmt: skip


def _isolated_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PYTHONPATH": str(ROOT)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def modules_at_first_paint(
    tmp_path: Path, language: str
) -> tuple[str | None, set[str], tuple[object, object], object]:
    from coordinator_app.i18n import current_language, set_language
    from coordinator_app.storage.opening import open_database

    db_path = tmp_path / "koordynator.sqlite"
    open_database(db_path).dispose()  # the window would ask before creating one
    chosen = current_language()
    set_language(language)  # a stale .mo is compiled once, as any start would
    set_language(chosen)
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, str(db_path), language],
        capture_output=True,
        text=True,
        env=_isolated_env(tmp_path / "home"),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(lines[0])
    watched = (report["watched"], report["watched_after"])
    return report["window"], set(report["modules"]), watched, report["qt_namespace"]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_window_paints_before_the_heavy_modules_are_imported(tmp_path: Path, language: str) -> None:
    window, modules, watched, qt_namespace = modules_at_first_paint(tmp_path, language)
    assert window == "MainWindow"
    assert "coordinator_app.ui.main_window" in modules  # the probe saw the real window
    loaded = sorted(
        name
        for name in modules
        if name.split(".")[0] in DEFERRED
        or any(name == own or name.startswith(own + ".") for own in DEFERRED_OWN)
        or name in DEFERRED_STANDARD
    )
    assert loaded == []
    assert qt_namespace is False
    # The application-wide filters (dialogs kept on screen, F1 and names for screen readers)
    # come once the window has painted: none before, both after.
    assert watched == (None, True)


def test_a_sub_command_still_finds_its_modules(tmp_path: Path) -> None:
    """The sub-commands are imported only when the parser needs them, and then all of them."""
    from coordinator_app.cli.main import build_parser, window_arguments

    assert window_arguments(["--db", str(tmp_path / "x.sqlite")]) is not None
    assert window_arguments(["--db", "x.sqlite", "check"]) is None
    assert window_arguments(["--lang", "xx"]) is None  # the whole parser explains the mistake
    assert window_arguments(["--help"]) is None
    args = build_parser().parse_args(["--db", "x.sqlite", "check"])
    assert args.command == "check"
