"""Build hook: the wheel carries the fonts and the compiled translation catalogs.

The project is declared in pyproject.toml; this file only adds one step to `build_py`. The
source folders stay at the top of the repository (resources/fonts, translations/*.po) and
the build writes, next to the code it copies:

    coordinator_app/_data/fonts/                 the DejaVu faces and their licence
    coordinator_app/_data/icons/                 the application icon (resources/icons)
    coordinator_app/_data/notices/               the third-party notices and the LICENSE
    coordinator_app/_data/help/                  the manual and its pictures (resources/help)
    coordinator_app/_data/locale/<language>/LC_MESSAGES/coordinator_app.mo

compiled from the .po files by packaging/catalogs.py (the routine bootstrap.sh uses too).
coordinator_app/app/resources.py finds them with importlib.resources and falls back to the
source folders in a checkout. An editable install is left alone: its code is the checkout.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
FONTS = ROOT / "resources" / "fonts"
ICONS = ROOT / "resources" / "icons"
NOTICES = ROOT / "resources" / "notices"
HELP = ROOT / "resources" / "help"
TRANSLATIONS = ROOT / "translations"
DATA = Path("coordinator_app", "_data")


def _catalogs() -> ModuleType:
    """packaging/catalogs.py, loaded by path (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location("_coordinator_catalogs", ROOT / "packaging" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithData(build_py):
    """`build_py` that also ships the fonts and compiles the catalogs into the package."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            self._ship_data(Path(self.build_lib) / DATA)

    def _ship_data(self, target: Path) -> None:
        if target.exists():
            shutil.rmtree(target)  # nothing stale from an earlier build
        (target / "fonts").mkdir(parents=True)
        fonts = sorted(path for path in FONTS.iterdir() if path.is_file())
        if not any(path.suffix == ".ttf" for path in fonts):
            raise RuntimeError(f"no fonts in {FONTS}")
        for path in fonts:
            self.copy_file(str(path), str(target / "fonts" / path.name))
        self._ship_icons_and_notices(target)
        catalogs = _catalogs()
        try:
            written = catalogs.compile_catalogs(TRANSLATIONS, target / "locale")
        except catalogs.CatalogError as exc:
            raise RuntimeError(f"a translation catalog cannot be compiled:\n{exc}") from None
        for mo in written:
            self.announce(f"compiled {mo}", level=2)

    def _ship_icons_and_notices(self, target: Path) -> None:
        (target / "icons").mkdir()
        for path in sorted(ICONS.glob("koordynator*")):
            if path.suffix in (".png", ".ico"):
                self.copy_file(str(path), str(target / "icons" / path.name))
        (target / "notices").mkdir()
        for path in sorted(NOTICES.glob("*.txt")):
            self.copy_file(str(path), str(target / "notices" / path.name))
        self.copy_file(str(ROOT / "LICENSE"), str(target / "notices" / "LICENSE"))
        for path in sorted(HELP.rglob("*")):
            if path.suffix in (".html", ".png"):
                (target / "help" / path.relative_to(HELP)).parent.mkdir(parents=True, exist_ok=True)
                self.copy_file(str(path), str(target / "help" / path.relative_to(HELP)))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / DATA
        if target.is_dir():
            outputs += [str(path) for path in sorted(target.rglob("*")) if path.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithData})
