"""Hostile files get nothing (issue #13, points 1 and 7).

Every crafted file of `cases.py` goes through the command line in-process (`check`, `restore`,
`handover import --replace`) and must be refused with one sentence (exit code 1, one line, no
"unexpected error"), leave the live database byte-identical, leave no file anywhere in the test's
folders (beside the database, beside the crafted file, in the temporary folder: no plaintext,
nothing outside its folder), and finish: a check that would run on is cut short by the time
bound, which the refusal then names.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.i18n import _
from tests.storage.hostile.archives import PASSPHRASE
from tests.storage.hostile.cases import CASES, Case, Sources

UNEXPECTED = "Unexpected error; nothing was saved. Details are in the log file {path}."


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """tmp_path with work/, incoming/, data/, tmp/ (the temporary folder) and log/."""
    from coordinator_app.app import logs, paths

    for name in ("work", "incoming", "data", "tmp", "log"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setenv("COORDINATOR_PASSPHRASE", PASSPHRASE)
    yield tmp_path
    logs.remove_logging_handlers()


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` but the builder's work/ and the log/, with its SHA-256."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).parts[0] not in ("work", "log")
    } | {p.relative_to(root).as_posix() + "/": "" for p in root.rglob("*") if p.is_dir()}


def command(case: Case, root: Path, template: Path) -> list[str]:
    """Build the case's file, put it where its route takes it and run the command."""
    crafted = case.build(root / "work", Sources(current=template))
    live = root / "data" / "koordynator.sqlite"
    if case.route == "check":
        shutil.move(crafted, live)
        argv = ["--db", str(live), "check"]
    else:
        shutil.copyfile(template, live)
        file = root / "incoming" / crafted.name
        shutil.move(crafted, file)
        argv = ["--db", str(live), "restore", str(file)]
        if case.route == "handover":
            argv = ["--db", str(live), "handover", "import", str(file), "--replace"]
    return argv


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_file_gets_nothing(
    case: Case,
    folders: Path,
    template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = command(case, folders, template)
    if case.stall:
        from coordinator_app.storage import integrity

        monkeypatch.setattr(integrity, "CHECK_SECONDS", 0.0, raising=False)
    before = snapshot(folders)

    code = main(argv)

    said = capsys.readouterr().err  # issue #13 point 8: `check` writes its problems to stderr
    lines = [line for line in said.splitlines() if line.strip()]
    assert code == 1, said
    assert lines and "Traceback" not in said, said
    assert _(UNEXPECTED).split("{")[0] not in said, said
    if case.route != "check":
        assert len(lines) == 1, said
    assert case.names in lines[0]
    if case.stall:
        assert "zbyt długo" in lines[0], lines[0]
    assert snapshot(folders) == before
    assert not Path("/tmp/koordynator-hostile-absolute.pdf").exists()
