"""The demo's annexes are worded as the agreements editor records a change, so each prints as
"§ N ust. M otrzymuje brzmienie: …" without the warning a freely worded change gets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.db.models import AgreementAnnex
from coordinator_app.demo import DemoSize, generate_demo
from coordinator_app.storage.opening import open_database

TODAY = dt.date(2026, 12, 3)


def test_every_demo_annex_prints_without_a_warning(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite")
    try:
        generate_demo(db, DemoSize(volunteers=160, clients=40, hours=600), seed=3, today=TODAY)
        with db.session() as session:
            annexes = list(session.scalars(select(AgreementAnnex.id)))
        assert annexes, "the demo has annexes to print"
        for annex in annexes:
            document = issue(db, DocumentRequest("annex", annex), TODAY)
            assert not document.warnings, annex
    finally:
        db.dispose()
