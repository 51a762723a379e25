"""Console-safe output: a console that cannot encode Polish gets replacements, not a crash."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator_app.app.console import make_console_safe

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_command_prints_with_replacements_and_succeeds(tmp_path: Path, encoding: str) -> None:
    db = tmp_path / "demo.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("PYTHONUTF8", None)
    result = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--db", str(db), "--lang", "pl", "--help"],
        env=env,
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(encoding, "replace")
    text = result.stdout.decode(encoding)
    assert "?" in text  # the Polish letters the code page lacks were replaced


def test_demo_finishes_and_reports_on_an_ascii_console(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("PYTHONUTF8", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coordinator_app",
            "--db",
            str(db),
            "--lang",
            "pl",
            "demo",
            "--volunteers",
            "3",
            "--clients",
            "2",
            "--hours",
            "5",
        ],
        env=env,
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("ascii", "replace")
    assert db.is_file()
    assert result.stdout.decode("ascii").strip()


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_streams_that_would_fail_get_replacements(monkeypatch: pytest.MonkeyPatch, errors: str) -> None:
    out = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors=errors)
    err = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    make_console_safe()
    out.write("Zapisano umowę nr 1, Kraków\n")
    out.flush()
    assert out.buffer.getvalue() == "Zapisano umow? nr 1, Krak\xf3w\n".encode("cp1252")
    assert (out.encoding, err.errors) == ("cp1252", "backslashreplace")
