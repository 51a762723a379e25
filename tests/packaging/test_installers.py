"""The installers' definitions keep their promises (the builds themselves run in CI:
packaging/ci-smoke.sh builds them and tries them under wine and with apt-get)."""

from __future__ import annotations

import configparser
import fnmatch
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
DEB = ROOT / "packaging" / "deb"


def _prepare() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_windows_prepare", WINDOWS / "prepare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_modules_the_application_imports() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "coordinator_app").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_trimming_keeps_every_qt_module_the_application_imports() -> None:
    trimmed = _prepare().PYSIDE_TRIM
    modules = _qt_modules_the_application_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules
    for module in modules:
        for name in (f"{module}.pyd", f"Qt6{module.removeprefix('Qt')}.dll"):
            assert not any(fnmatch.fnmatch(name, pattern) for pattern in trimmed), name


def test_trimming_keeps_the_languages_of_the_application() -> None:
    from coordinator_app.i18n import LANGUAGES

    prepare = _prepare()
    for language in LANGUAGES:
        assert any(fnmatch.fnmatch(f"{language}.dat", keep) for keep in prepare.BABEL_KEEP_LOCALES)
        assert f"qtbase_{language}.qm" in prepare.PYSIDE_KEEP_TRANSLATIONS
    assert "pl_PL" in prepare.FAKER_KEEP_LOCALES


def test_portable_marker_is_the_one_the_application_looks_for() -> None:
    from coordinator_app.app.paths import PORTABLE_MARKER

    assert f'"{{folder}}/{PORTABLE_MARKER}"' in (WINDOWS / "prepare.py").read_text(encoding="utf-8")


def test_windows_installer_is_per_user_polish_and_keeps_the_data() -> None:
    script = (WINDOWS / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in script
    assert '!insertmacro MUI_LANGUAGE "Polish"' in script
    assert "$SMPROGRAMS\\" in script and "$DESKTOP\\" in script and "koordynator.ico" in script
    uninstall = script.split('Section "Uninstall"', 1)[1]
    assert "koordynator-wolontariatu" not in uninstall.replace("${DATA_DIR}", "")
    assert "zostaną zachowane" in script  # the uninstaller says the data stays


def test_windows_build_runs_the_gui_with_pythonw_and_the_cli_with_a_console() -> None:
    config = configparser.ConfigParser(interpolation=None)
    config.read(WINDOWS / "installer.cfg.in", encoding="utf-8")
    assert config["Application"]["entry_point"] == "coordinator_app.__main__:main"
    assert config["Application"]["console"] == "false"
    assert config["Command coordinator-app"]["entry_point"] == "coordinator_app.__main__:main"
    assert "pythonw.exe" in (WINDOWS / "installer.nsi").read_text(encoding="utf-8")


class _CaseKeepingParser(configparser.ConfigParser):
    """A .desktop file's keys are case-sensitive (Exec, Icon)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def test_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = _CaseKeepingParser(interpolation=None)
    entry.read(DEB / "koordynator-wolontariatu.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"]) == (
        "Application",
        "coordinator-app",
        "koordynator-wolontariatu",
    )
    assert section["Name"] == "Koordynator Wolontariatu"


def test_debian_package_scripts_remove_the_private_environment() -> None:
    assert "python3 -m venv" in (DEB / "postinst").read_text(encoding="utf-8")
    assert "--no-index" in (DEB / "postinst").read_text(encoding="utf-8")
    for script in ("prerm", "postrm"):
        assert "rm -rf /opt/koordynator-wolontariatu/venv" in (DEB / script).read_text(encoding="utf-8")


def test_faker_is_loaded_only_by_the_demo_command() -> None:
    """Faker ships (the installed `demo` needs it) but the window and the other commands
    never import it."""
    code = (
        "import sys, coordinator_app.cli.main, coordinator_app.ui.main_window, coordinator_app.ui.tabs; "
        "assert 'faker' not in sys.modules and 'coordinator_app.demo' not in sys.modules"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)
