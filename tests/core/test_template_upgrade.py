"""Corrected default wording reaches databases that issued documents before the correction,
unless the OPS wrote that block itself; a stored version never changes (reprints use it)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from coordinator_app.core.issuing import templates
from coordinator_app.core.issuing.catalog import DEFAULT_TEMPLATES
from coordinator_app.core.issuing.defaults import shipped
from coordinator_app.core.issuing.defaults.shipped import SHIPPED, fingerprint
from coordinator_app.db.engine import Database
from coordinator_app.db.models import DocumentTemplate

OLD_SCOPE = "Zakres świadczeń\n{zakres}\n{zakres}"  # a wording an older version shipped


def test_every_default_block_is_recorded_as_shipped() -> None:
    missing = [
        f"{kind}.{block}"
        for kind, blocks in DEFAULT_TEMPLATES.items()
        for block, text in blocks.items()
        if fingerprint(text) not in SHIPPED.get(kind, {}).get(block, ())
    ]
    assert missing == [], "run packaging/record_default_wording.py (then ruff format)"


@pytest.fixture
def old_wording(monkeypatch: pytest.MonkeyPatch, db: Database) -> dict[str, str]:
    """Version 1 of the agreement stored as an older release shipped it: every block as today,
    but s_scope as OLD_SCOPE and s_manner edited by the OPS."""
    recorded = {kind: dict(blocks) for kind, blocks in SHIPPED.items()}
    recorded["agreement"]["s_scope"] = recorded["agreement"]["s_scope"] | {fingerprint(OLD_SCOPE)}
    monkeypatch.setattr(shipped, "SHIPPED", recorded)
    monkeypatch.setattr(templates, "SHIPPED", recorded)
    body = dict(DEFAULT_TEMPLATES["agreement"])
    body["s_scope"] = OLD_SCOPE
    body["s_manner"] = "Sposób wykonywania świadczeń\nTak, jak ustali OPS."
    with db.session() as session:
        session.add(
            DocumentTemplate(kind="agreement", version=1, body=json.dumps(body), note="treść domyślna")
        )
    return body


def test_an_unedited_old_block_takes_the_new_default_and_an_edited_one_stays(
    db: Database, old_wording: dict[str, str]
) -> None:
    with db.session() as session:
        issued = templates.template_for_issue(session, "agreement")
    assert issued.version == 2
    assert issued.body["s_scope"] == DEFAULT_TEMPLATES["agreement"]["s_scope"]
    assert issued.body["s_manner"] == old_wording["s_manner"]
    assert templates.load_current(db, "agreement").body == issued.body


def test_the_stored_version_itself_is_never_changed(db: Database, old_wording: dict[str, str]) -> None:
    with db.session() as session:
        templates.template_for_issue(session, "agreement")
        first = templates.template_version(session, "agreement", 1)
        rows = session.scalars(select(DocumentTemplate).order_by(DocumentTemplate.version)).all()
    assert first.body["s_scope"] == OLD_SCOPE
    assert json.loads(rows[0].body) == old_wording
    assert [row.version for row in rows] == [1, 2]
