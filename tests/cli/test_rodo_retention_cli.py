"""`rodo anonymise` and `rodo due` (issue 15, point 7)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.storage.opening import open_database
from tests.factories import agreement_row, volunteer_row
from tests.factories.records import save


def _database(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    try:
        fields = {"status": "ended", "archived": True, "application_date": dt.date(2015, 1, 1)}
        old = save(db, volunteer_row("Źdźbło Ewa", end_date=dt.date(2015, 3, 1), **fields))
        recent = save(db, volunteer_row("Żuraw Piotr", end_date=dt.date(2025, 3, 1), **fields))
        save(
            db,
            agreement_row(recent, "7/2025", period_from=dt.date(2025, 1, 1), period_to=dt.date(2025, 3, 1)),
        )
    finally:
        db.dispose()
    return path, old, recent


def test_due_lists_what_ran_out_and_a_later_year_previews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _old, _recent = _database(tmp_path)
    assert main(["--db", str(path), "rodo", "due"]) == 0
    out = capsys.readouterr().out
    assert "Źdźbło Ewa" in out and "Żuraw" not in out
    assert main(["--db", str(path), "rodo", "due", "--year", "2031"]) == 0
    assert "Żuraw Piotr" in capsys.readouterr().out
    with pytest.raises(SystemExit) as wrong:
        main(["--db", str(path), "rodo", "due", "--year", "dwa"])
    assert wrong.value.code == 2
    assert "dwa nie jest rokiem" in capsys.readouterr().err


def test_anonymise_refuses_naming_the_holds_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, recent = _database(tmp_path)
    args = ["--db", str(path), "rodo", "anonymise", "--volunteer", str(recent), "--reason", "żądanie"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "7/2025" in err and "31.12.2030" in err
    assert main([*args, "--force-after-review"]) == 0
    out = capsys.readouterr().out
    assert "7/2025" in out
    assert (
        main(["--db", str(path), "rodo", "anonymise", "--volunteer", str(old), "--reason", "przegląd"]) == 0
    )
    assert "kopie" in capsys.readouterr().out.lower()
    connection = sqlite3.connect(path)
    try:
        names = connection.execute("SELECT last_name FROM volunteers ORDER BY id").fetchall()
        log = connection.execute("SELECT subject_id, forced FROM anonymisation_log ORDER BY id").fetchall()
    finally:
        connection.close()
    assert names == [("[zanonimizowano]",), ("[zanonimizowano]",)]
    assert log == [(recent, 1), (old, 0)]
    assert b"Ewa" not in path.read_bytes() and "Żuraw".encode() not in path.read_bytes()
