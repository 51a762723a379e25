"""Batch printing: many documents into one PDF, skipped records named, cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.batch import BatchCancelled, thanks_targets, timesheet_targets
from coordinator_app.db.engine import Database
from coordinator_app.db.models import IssuedDocument
from coordinator_app.output.documents.batch import run_batch
from tests.documents_helpers import TODAY, build_world, flat, pdf_text


def registered(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def test_thanks_for_everyone_active_in_a_year(db: Database, tmp_path: Path) -> None:
    world = build_world(db)
    ids = thanks_targets(db, 2025)
    assert ids == [world.man, world.adult]  # Łukasiewicz before Żółć
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    result = run_batch(
        db,
        "thanks",
        ids,
        tmp_path / "dyplomy.pdf",
        options={"year": 2025},
        on=TODAY,
        progress=progress,
    )
    assert (result.documents, result.pages, result.skipped) == (2, 2, [])
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    text = flat(pdf_text(tmp_path / "dyplomy.pdf"))
    assert text.index("Mirosław Łukasiewicz") < text.index("Żaneta Żółć")
    assert "PD/1/2025" in text and "PD/2/2025" in text
    assert registered(db) == 2


def test_monthly_cards_for_all_assignments_and_skipped_records(db: Database, tmp_path: Path) -> None:
    world = build_world(db)
    march = Month(2025, 3)
    assert timesheet_targets(db, march) == [world.assignment]
    result = run_batch(db, "timesheet", [world.assignment], tmp_path / "karty.pdf", month=march, on=TODAY)
    assert result.documents == 1
    result = run_batch(db, "certificate", [world.adult, world.minor], tmp_path / "z.pdf", on=TODAY)
    assert result.documents == 1 and len(result.skipped) == 1 and "Ola Źrebięcka" in result.skipped[0]


def test_cancel_leaves_no_register_entries_and_no_file(db: Database, tmp_path: Path) -> None:
    world = build_world(db)
    out = tmp_path / "dyplomy.pdf"
    with pytest.raises(BatchCancelled):
        run_batch(
            db,
            "thanks",
            [world.man, world.adult],
            out,
            options={"year": 2025},
            on=TODAY,
            progress=lambda done, total: done < 1,
        )
    assert registered(db) == 0
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
