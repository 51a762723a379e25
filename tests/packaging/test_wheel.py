"""A plain install works: the wheel carries the fonts and the Polish catalogs.

The project is copied, built into a source distribution and that into a wheel, the way
`python -m build` does (so a file the source distribution forgets is missed here too). The
wheel is installed without its dependencies into a fresh virtual environment; a .pth file
there then appends the running environment's site-packages, so the dependencies are reused
but coordinator_app can only come from the wheel. The program runs from a temporary folder,
never the checkout, with no PYTHONPATH.

Nothing is downloaded when the running environment has the build requirements (bootstrap.sh
installs them with the test extra); otherwise pip installs them into a throwaway build
environment first.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.documents_helpers import flat, pdf_text

ROOT = Path(__file__).resolve().parents[2]
FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
# Not copied for the build: version control, environments, caches, earlier builds, the tests.
NOT_SHIPPED = (
    ".git",
    ".venv",
    "*_cache",
    "__pycache__",
    "build",
    "dist",
    ".build",
    "*.egg-info",
    "*.mo",
    "tests",
    "benchmarks",
)

pytestmark = pytest.mark.wheel


def _without_checkout() -> dict[str, str]:
    """This process's environment without what would point Python at the checkout."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=_without_checkout() if env is None else env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _build_python(tmp: Path) -> Path:
    """An interpreter that has the build requirements: this one, or a throwaway environment."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"][
        "requires"
    ]

    def present(text: str) -> bool:
        requirement = Requirement(text)
        try:
            version = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            return False
        return requirement.specifier.contains(version, prereleases=True)

    if all(present(text) for text in requires):
        return Path(sys.executable)
    env_dir = tmp / "build-env"
    _run(sys.executable, "-m", "venv", "--without-pip", env_dir)
    python = _env_paths(env_dir)["scripts"] / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", *requires)
    return python


def _env_paths(env_dir: Path) -> dict[str, Path]:
    python = env_dir / "bin" / "python"
    if not python.exists():
        python = env_dir / "Scripts" / "python.exe"
    code = "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"
    return {key: Path(value) for key, value in json.loads(_run(python, "-c", code)).items()}


def _backend(python: Path, hook: str, project: Path, out: Path) -> Path:
    """Call a PEP 517 hook of the project's backend; returns the file it built."""
    code = f"import sys; from setuptools import build_meta; print(build_meta.{hook}(sys.argv[1]))"
    name = _run(python, "-c", code, out, cwd=project).strip().splitlines()[-1]
    return out / name


@dataclass
class Installed:
    sdist: Path
    wheel: Path
    scripts: Path
    site_packages: Path
    work: Path

    def environment(self) -> dict[str, str]:
        """Offscreen Qt, the user folders in the work folder, no trace of the checkout."""
        env = _without_checkout()
        env.pop("COORDINATOR_PASSPHRASE", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(self.work / "data"),
            XDG_STATE_HOME=str(self.work / "state"),
            XDG_CONFIG_HOME=str(self.work / "config"),
        )
        return env

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`coordinator-app ARGS` from the installed environment, in the work folder."""
        return subprocess.run(
            [str(self.scripts / "coordinator-app"), *args],
            capture_output=True,
            text=True,
            cwd=self.work,
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            check=False,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    project = tmp / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    python = _build_python(tmp)
    dist = tmp / "dist"
    dist.mkdir()
    sdist = _backend(python, "build_sdist", project, dist)
    with tarfile.open(sdist) as archive:
        # The "data" filter exists from Python 3.11.4 on (Debian 12 has 3.11.2).
        if hasattr(tarfile, "data_filter"):
            archive.extractall(tmp / "unpacked", filter="data")
        else:
            archive.extractall(tmp / "unpacked")
    wheel = _backend(python, "build_wheel", tmp / "unpacked" / sdist.name.removesuffix(".tar.gz"), dist)

    env_dir = tmp / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", env_dir)
    paths = _env_paths(env_dir)
    target = paths["scripts"] / "python"
    _run(sys.executable, "-m", "pip", "--python", target, "install", "-q", "--no-deps", "--no-index", wheel)
    # The running environment's packages, after the wheel's own site-packages on sys.path.
    dependencies = sorted({sysconfig.get_paths()[key] for key in ("purelib", "platlib")})
    (paths["purelib"] / "zz_dependencies.pth").write_text("\n".join(dependencies) + "\n", encoding="utf-8")
    work = tmp / "work"
    work.mkdir()
    return Installed(sdist, wheel, paths["scripts"], paths["purelib"], work)


def test_wheel_carries_fonts_catalogs_and_licences(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        info = "-".join(installed.wheel.name.split("-")[:2]) + ".dist-info"
        metadata = wheel.read(f"{info}/METADATA").decode()
        licence = wheel.read(f"{info}/licenses/LICENSE").decode()
    data = "coordinator_app/_data"
    for face in (*FACES, "LICENSE-DejaVu.txt"):
        assert f"{data}/fonts/{face}" in names
    for language in ("pl", "en"):
        assert f"{data}/locale/{language}/LC_MESSAGES/coordinator_app.mo" in names
    assert "coordinator_app/db/migrations/script.py.mako" in names
    for name in ("icons/koordynator.png", "icons/koordynator.ico", "icons/koordynator-16.png"):
        assert f"{data}/{name}" in names
    assert {f"{data}/notices/THIRD-PARTY-NOTICES.txt", f"{data}/notices/LICENSE"} <= names
    assert {f"{data}/help/index.html", f"{data}/help/img/karta-godzin.png"} <= names
    assert not [name for name in names if name.endswith(".po") or name.startswith(("tests/", "resources/"))]
    assert f"{info}/licenses/resources/fonts/LICENSE-DejaVu.txt" in names
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence


def test_source_distribution_can_rebuild_the_wheel(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {
        "setup.py",
        "LICENSE",
        "packaging/catalogs.py",
        "translations/pl/LC_MESSAGES/coordinator_app.po",
    } <= names
    assert {f"resources/fonts/{face}" for face in FACES} <= names
    assert {"resources/icons/koordynator.ico", "resources/notices/THIRD-PARTY-NOTICES.txt"} <= names


def test_the_program_comes_from_the_wheel(installed: Installed) -> None:
    code = (
        "import coordinator_app; from coordinator_app.app.resources import catalogs_dir, fonts_dir; "
        "print(coordinator_app.__file__); print(fonts_dir()); print(catalogs_dir())"
    )
    python = installed.scripts / "python"
    output = _run(python, "-c", code, cwd=installed.work, env=installed.environment())
    module, fonts, catalogs = output.splitlines()
    package = installed.site_packages / "coordinator_app"
    assert Path(module) == package / "__init__.py"
    assert Path(fonts) == package / "_data" / "fonts"
    assert Path(catalogs) == package / "_data" / "locale"


def test_installed_program_prints_and_speaks_polish(installed: Installed) -> None:
    db = str(installed.work / "koordynator.sqlite")
    result = installed.run("--db", db, "demo", "--volunteers", "5", "--clients", "3", "--hours", "50")
    assert result.returncode == 0, result.stderr

    agreement = installed.work / "porozumienie.pdf"
    result = installed.run("--db", db, "print", "agreement", "--id", "1", "--out", str(agreement))
    assert result.returncode == 0, result.stderr
    text = flat(pdf_text(agreement))
    assert "POROZUMIENIE" in text.upper() and "wolontari" in text
    assert b"DejaVuSans" in agreement.read_bytes()

    report = installed.work / "raport.pdf"
    result = installed.run(
        "--db", db, "report", "monthly", "--month", "2026-03", "--format", "pdf", "--out", str(report)
    )
    assert result.returncode == 0, result.stderr
    assert report.read_bytes().startswith(b"%PDF") and b"DejaVuSans" in report.read_bytes()
    assert "marzec 2026" in flat(pdf_text(report))

    result = installed.run("check", "--colour")
    assert result.returncode == 2
    assert result.stderr.strip() == "Błędne argumenty wiersza poleceń: nierozpoznane argumenty: --colour."
