"""packaging/catalogs.py: every catalog compiles, and a faulty one stops before anything is written."""

from __future__ import annotations

import gettext
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "catalogs.py"


@pytest.fixture(scope="module")
def catalogs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_coordinator_catalogs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sources(tmp_path: Path) -> Path:
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", copy, ignore=shutil.ignore_patterns("*.mo"))
    return copy


def test_compiles_every_language_where_asked(catalogs: ModuleType, tmp_path: Path) -> None:
    written = catalogs.compile_catalogs(ROOT / "translations", tmp_path / "locale")
    assert sorted(path.relative_to(tmp_path).as_posix() for path in written) == [
        "locale/en/LC_MESSAGES/coordinator_app.mo",
        "locale/pl/LC_MESSAGES/coordinator_app.mo",
    ]
    polish = gettext.translation("coordinator_app", tmp_path / "locale", languages=["pl"])
    assert polish.gettext("Interrupted.") != "Interrupted."


FAULTS = {
    "malformed": ("\nnot a keyword\n", "misformatted"),
    "placeholders": ('\n#, python-format\nmsgid "%(count)d left"\nmsgstr "%(liczba)d"\n', "placeholder"),
}


@pytest.mark.parametrize("fault", [*FAULTS, "fuzzy catalog"])
def test_a_faulty_catalog_stops_everything(tmp_path: Path, fault: str) -> None:
    source = sources(tmp_path)
    po = source / "pl" / "LC_MESSAGES" / "coordinator_app.po"
    text = po.read_text(encoding="utf-8")
    if fault == "fuzzy catalog":
        text, expected = text.replace('msgid ""\nmsgstr ""', '#, fuzzy\nmsgid ""\nmsgstr ""', 1), "fuzzy"
    else:
        added, expected = FAULTS[fault]
        text += added
    po.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(source)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert str(po) in result.stderr and expected in result.stderr, result.stderr
    assert not list(source.rglob("*.mo"))  # the sound English catalog is not written either
