"""The schema a database file of this application may have, and what a file holds beyond it.

A file from elsewhere (a backup, a handover, a file chosen to open) is trusted only when its
`sqlite_master` is exactly what this application's migrations create at the file's revision:
the same tables, columns and indexes, and no trigger, view, virtual table, table or index of
anyone else (issue #13: a restored file with a trigger emptied the hours on the next print; a
table replaced by a view that never ends made `check` and `restore` spin).

The reference for each revision is built once per process, at first use: an empty file in a
temporary folder is brought up by Alembic's migrations one revision at a time, and its
`sqlite_master` rows (type, name, table, CREATE statement with its white space collapsed) are
kept in a module-level dict. Reading a candidate's `sqlite_master` touches none of its tables,
so a hostile view is caught before any query could run it.

Opening stays cheap: `FINGERPRINTS` holds the SHA-256 of each revision's reference (checked
against the migrations by tests/storage/hostile/test_schema.py, as `HEAD_REVISION` is against
Alembic's head), so a file whose schema matches is accepted without loading Alembic; the
reference is built only to name what differs (or when another SQLite writes the statements
differently).

May import: `db/` (engine, migrations), `i18n/`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.db import migrate
from coordinator_app.i18n import _

# Tables SQLite itself creates on `ANALYZE`, with the statements it stores for them.
SQLITE_OWN = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
# SHA-256 of each revision's reference schema (`fingerprint`); a new migration adds its own.
FINGERPRINTS = {
    "0001": "01d6045f4b55a22fce57b384090d0795f64aa9ffb70bc835035e160b78668b84",
    "0002": "3033eabc92102dfe9b6dfb18869dd84f74ae68046dfdc3371b2b1ff5ab744afe",
    "0003": "824d2660877f450b518e9db259842cd81e721509faca8d461952216d7b11aaa5",
    "0004": "1b4c418704730284b029d4fad3d96a71c0be561062fb0b50fd6663fe0297c3a6",
    "0005": "2665199e5ee8402c39fd304a016e4cb488a324791928f68a53a9ecc1f528ee7f",
    "0006": "2c11f6bd338b8ea2f12635394a33651c6fbd83e0f3cc5002ee36870ef60a55d7",
    "0007": "7f3611e3f9360f2bfabe70263a6c93298d48b078f7f3e4a432c9bac26fda8354",
    "0008": "605155ddfa4990f300ccad16a0d77066fdabadb8d2c9f2121956f685092abdad",
    "0009": "a2b072945b6f0a9264ead1242237dd27f54cf8a4f38b66ef1293245de2b08ba3",
    "0010": "797defeb84d9d8227e618a6042b6ec039c238b7120c394ac8a0ec9c7ed3cf32e",
}
_SHOWN_NAME = 60
_references: dict[str, frozenset[SchemaObject]] = {}
_lock = threading.Lock()


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One row of `sqlite_master`, its statement's white space collapsed."""

    type: str
    name: str
    tbl_name: str
    sql: str | None

    @property
    def virtual(self) -> bool:
        return self.type == "table" and (self.sql or "").upper().startswith("CREATE VIRTUAL TABLE")


def normalise(sql: str | None) -> str | None:
    """White space collapsed: ASCII white space only, as SQLite knows no other (a no-break space
    is part of a name to it, so it must not compare equal to a space)."""
    return None if sql is None else re.sub(r"\s+", " ", sql, flags=re.ASCII).strip(" \t\n\r\f\v")


def read_schema(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    """The rows of `sqlite_master`; reads no table of the file."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        SchemaObject(str(kind), str(name), str(table), normalise(sql)) for kind, name, table, sql in rows
    )


def fingerprint(schema: frozenset[SchemaObject]) -> str:
    """One hash of a schema (SQLite's own statistics tables left out)."""
    digest = hashlib.sha256()
    for obj in sorted(schema, key=lambda o: (o.type, o.name, o.tbl_name, o.sql or "")):
        if not _sqlite_own(obj):
            digest.update(json.dumps([obj.type, obj.name, obj.tbl_name, obj.sql]).encode("utf-8"))
    return digest.hexdigest()


def reference(revision: str) -> frozenset[SchemaObject] | None:
    """What the migrations create at `revision`, or None for a revision they do not know."""
    with _lock:
        if not _references:
            _references.update(_build_references())
    return _references.get(revision)


def foreign_objects(connection: sqlite3.Connection, revision: str | None, path: Path) -> list[str]:
    """The sentences of `schema_problems` for the file on `connection` at `revision` (none for a
    revision without a reference: such a file is refused for its revision)."""
    return differences(read_schema(connection), revision, path)


def differences(schema: frozenset[SchemaObject], revision: str | None, path: Path) -> list[str]:
    """`schema_problems` of `schema` against the reference of `revision` (none for a revision
    without a reference); a schema with the revision's fingerprint needs no reference."""
    if revision is None or FINGERPRINTS.get(revision) == fingerprint(schema):
        return []
    expected = reference(revision)
    return [] if expected is None else schema_problems(schema, expected, path)


def _build_references() -> dict[str, frozenset[SchemaObject]]:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from coordinator_app.db.engine import make_engine

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    revisions = [script.revision for script in ScriptDirectory.from_config(config).walk_revisions()]
    built: dict[str, frozenset[SchemaObject]] = {}
    with tempfile.TemporaryDirectory(prefix="koordynator-schema-") as folder:
        engine = make_engine(Path(folder) / "reference.sqlite")
        try:
            for revision in reversed(revisions):  # from the first to the newest
                with engine.begin() as connection:
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
                raw = engine.raw_connection()
                try:
                    built[revision] = read_schema(raw.driver_connection)  # type: ignore[arg-type]
                finally:
                    raw.close()
        finally:
            engine.dispose()
    return built


def shown(text: str) -> str:
    """A name from a file, safe to put in one line: no control characters, not too long."""
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= _SHOWN_NAME else clean[: _SHOWN_NAME - 1] + "…"


def schema_problems(
    actual: frozenset[SchemaObject], expected: frozenset[SchemaObject], path: Path
) -> list[str]:
    """One sentence per object that differs from `expected`: foreign ones first, then changed
    ones, then missing ones (each group ordered by kind, then name)."""
    extra = {obj for obj in actual - expected if not _sqlite_own(obj)}
    missing = set(expected - actual)
    foreign, changed = [], []
    for obj in sorted(extra, key=_order):
        twin = next((o for o in missing if (o.type, o.name) == (obj.type, obj.name)), None)
        if twin is None or obj.virtual:
            foreign.append(_foreign(obj, path))
            continue
        missing.discard(twin)
        changed.append(
            _('The database {path} defines "{name}" differently from this application.').format(
                path=path, name=shown(obj.name)
            )
        )
    return foreign + changed + [_missing(obj, path) for obj in sorted(missing, key=_order)]


def _sqlite_own(obj: SchemaObject) -> bool:
    return obj.type == "table" and SQLITE_OWN.get(obj.name) == obj.sql


def _order(obj: SchemaObject) -> tuple[int, str]:
    rank = {"trigger": 0, "view": 1, "table": 3, "index": 4}.get(obj.type, 5)
    return (2 if obj.virtual else rank), obj.name


def _foreign(obj: SchemaObject, path: Path) -> str:
    name = shown(obj.name)
    if obj.type == "trigger":
        text = _('The database {path} contains a trigger "{name}" that this application does not create.')
    elif obj.type == "view":
        text = _('The database {path} contains a view "{name}" that this application does not create.')
    elif obj.virtual:
        text = _(
            'The database {path} contains a virtual table "{name}" that this application does not create.'
        )
    elif obj.type == "table":
        text = _('The database {path} contains a table "{name}" that this application does not create.')
    else:
        text = _('The database {path} contains an index "{name}" that this application does not create.')
    return text.format(path=path, name=name)


def _missing(obj: SchemaObject, path: Path) -> str:
    if obj.type == "table":
        text = _('The database {path} lacks the table "{name}" that this application needs.')
    else:
        text = _('The database {path} lacks the index "{name}" that this application needs.')
    return text.format(path=path, name=shown(obj.name))
