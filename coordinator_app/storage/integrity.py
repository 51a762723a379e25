"""Read-only health check of a database file (`coordinator-app check`, start-up, restore).

Nothing here writes to the file: it is opened with `mode=ro`, so a damaged database can be
examined as often as needed and stays exactly as it was for a later rescue. A file of another
origin is trusted only as far as its schema is this application's (`schema.py`): its
`sqlite_master` is compared first, and only tables found there are ever read. Every query runs
under a time bound (`CHECK_SECONDS`, SQLite's progress handler), so no file can hang a check.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from coordinator_app.db import migrate
from coordinator_app.i18n import _
from coordinator_app.storage.audit_trail import chain_problems
from coordinator_app.storage.schema import differences, read_schema
from coordinator_app.storage.schema import shown as printable

# The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables whose row counts describe a database to the user (preview of a restore, `check`).
COUNTED_TABLES = ("volunteers", "clients", "assignments", "hours_entries", "training_sessions")
_MAX_DETAILS = 3
# The longest a check may take before it is given up (a full check of a million hours entries
# takes well under a minute; a file built to make it run on is stopped here).
CHECK_SECONDS = 300.0
_PROGRESS_STEPS = 10_000

# Revision states: "current" (this version's head), "older" (known, will be upgraded),
# "newer" (unknown: saved by a newer version), "missing" (no Alembic version at all),
# "unreadable" (the file could not be read far enough to tell).
CURRENT, OLDER, NEWER, MISSING, UNREADABLE = "current", "older", "newer", "missing", "unreadable"


@dataclass
class CheckResult:
    """What `check_database` found; `problems` are sentences for the user, empty when `ok`."""

    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    revision_status: str = UNREADABLE
    counts: dict[str, int] = field(default_factory=dict)
    integrity_ok: bool = False


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only (percent-encoded, so any file name works).

    Without a -wal file beside it the file is also opened `immutable`: SQLite then creates no
    -wal/-shm files next to it (a read-only open of a WAL-mode file otherwise leaves both
    behind). With a -wal file, plain read-only mode, so committed work still in the log is read.
    """
    path = Path(path).absolute()
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    return f"{path.as_uri()}?mode=ro{immutable}"


def revision_status(revision: str | None) -> str:
    if revision is None:
        return MISSING
    if revision == migrate.HEAD_REVISION:
        return CURRENT
    return OLDER if revision in migrate.known_revisions() else NEWER


def check_database(
    path: Path, *, shown_as: Path | None = None, quick: bool = False, cheap: bool = False
) -> CheckResult:
    """Examine the SQLite file at `path` without changing it.

    `shown_as` names the file in the problem sentences when `path` is a temporary copy of it.
    `quick` runs `PRAGMA quick_check` (no index-to-table cross-check: several times faster on a
    large file) instead of the full integrity check. `cheap` reads only what does not grow with
    the file: the header, the recorded size, the schema and its revision (for a start of a file
    verified fully before, `storage/verified.py`); `integrity_ok` then stays False.
    """
    path = Path(path)
    result = CheckResult(path=Path(shown_as or path), ok=False)
    problem = file_problem(path, shown_as=result.path)
    if problem is not None:
        result.problems.append(problem)
        return result
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        result.problems.append(_damaged(result.path, str(exc)))
        return result
    deadline = time_bound(connection, CHECK_SECONDS)
    try:
        if cheap:
            tables = _check_revision(connection, result)
            if isinstance(tables, sqlite3.Error):
                result.problems.append(_damaged(result.path, str(tables)))
        else:
            _examine(connection, result, "quick_check" if quick else "integrity_check")
    finally:
        connection.close()
    if deadline.fired:
        result.problems = [too_long(result.path)]
    result.ok = not result.problems
    return result


class Deadline:
    """SQLite's progress handler: interrupts the running statement once the time is up."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.fired = False

    def __call__(self) -> int:
        if time.monotonic() >= self.end:
            self.fired = True
        return 1 if self.fired else 0


def time_bound(connection: sqlite3.Connection, seconds: float) -> Deadline:
    """Bound every statement on `connection`, together, to `seconds`; `fired` tells it ran out."""
    deadline = Deadline(seconds)
    connection.set_progress_handler(deadline, _PROGRESS_STEPS)
    return deadline


def too_long(path: Path) -> str:
    return _(
        "Checking the database {path} took too long; "
        "the file is damaged or was made to stall the application."
    ).format(path=path)


def file_problem(path: Path, *, shown_as: Path | None = None) -> str | None:
    """What is wrong with the file as a file (missing, empty, not SQLite, cut short), or None."""
    shown = shown_as or path
    if not path.exists():
        return _("The file {path} does not exist.").format(path=shown)
    if path.is_dir():
        return _("{path} is a folder, not a database file.").format(path=shown)
    size = path.stat().st_size
    if size == 0:
        return _("The file {path} is empty (zero bytes): it holds no data.").format(path=shown)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER):
        return _("The file {path} is not a SQLite database.").format(path=shown)
    if len(header) < 100:
        return _("The file {path} is cut short: it ends inside its header.").format(path=shown)
    return _truncation_problem(path, shown, header, size)


def _truncation_problem(path: Path, shown: Path, header: bytes, size: int) -> str | None:
    """The header records the size in pages; a shorter file lost its end."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96] and pages > 0
    wal = Path(f"{path}-wal")
    if valid and size < pages * page_size and not (wal.exists() and wal.stat().st_size > 0):
        return _(
            "The file {path} is cut short: it holds {size} bytes of the {expected} its header records."
        ).format(path=shown, size=size, expected=pages * page_size)
    return None


def _damaged(path: Path, detail: str) -> str:
    return _("The database {path} is damaged (SQLite reports: {detail}).").format(
        path=path, detail=" ".join(detail.split())
    )


def _examine(connection: sqlite3.Connection, result: CheckResult, pragma: str) -> None:
    path = result.path
    tables = _check_revision(connection, result)
    try:
        rows = connection.execute(f"PRAGMA {pragma}({_MAX_DETAILS})").fetchall()
    except sqlite3.Error as exc:
        result.problems.append(_damaged(path, str(exc)))
        return
    messages = [str(row[0]) for row in rows]
    result.integrity_ok = messages == ["ok"]
    # One line for the user, without SQLite's "*** in database main ***" header line.
    messages = [line for m in messages for line in m.splitlines() if line.strip() and "***" not in line]
    if not result.integrity_ok:
        result.problems.append(
            _("The database {path} failed the integrity check ({details}).").format(
                path=path, details="; ".join(messages)
            )
        )
    if isinstance(tables, sqlite3.Error):
        if result.integrity_ok:
            result.problems.append(_damaged(path, str(tables)))
        return
    _check_foreign_keys(connection, result)
    if pragma == "integrity_check":  # the full check; not the quick one at every start
        _check_audit_chain(connection, result, tables)
    for table in COUNTED_TABLES:
        if table not in tables:  # never read what is not a table (a view may never end)
            continue
        try:
            row = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        except sqlite3.Error:
            continue
        result.counts[table] = int(row[0])


def _check_audit_chain(connection: sqlite3.Connection, result: CheckResult, tables: set[str]) -> None:
    """The audit log's hash chain (`audit_trail`), on a file at this version's schema. Only in
    the full check (`coordinator-app check`, backups, restore, handover): at start-up an altered
    log must not keep the coordinator from the data, and a million entries take seconds."""
    if result.revision_status != CURRENT or not {"audit_log", "settings"} <= tables:
        return
    try:
        result.problems.extend(chain_problems(connection, result.path, _MAX_DETAILS))
    except sqlite3.Error:
        return  # a schema that keeps it from being read is reported as the schema's problem


def _check_foreign_keys(connection: sqlite3.Connection, result: CheckResult) -> None:
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        if result.integrity_ok:
            result.problems.append(_damaged(result.path, str(exc)))
        return
    if rows:
        table, rowid, parent = rows[0][0], rows[0][1], rows[0][2]
        result.problems.append(
            _(
                "{count} records point to records that do not exist "
                "(the first: table {table}, row {rowid}, pointing into {parent})."
            ).format(count=len(rows), table=table, rowid=rowid, parent=parent)
        )


def _check_revision(connection: sqlite3.Connection, result: CheckResult) -> set[str] | sqlite3.Error:
    """Read the revision and compare the schema with the migrations' at that revision; the
    names of the file's plain tables, or the error that kept `sqlite_master` from being read."""
    path = result.path
    try:
        schema = read_schema(connection)
        tables = {obj.name for obj in schema if obj.type == "table" and not obj.virtual}
        row = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        return exc  # told after the integrity check, unless that already tells what is wrong
    result.revision = str(row[0]) if row and row[0] is not None else None
    result.revision_status = revision_status(result.revision)
    if result.revision_status == MISSING:
        result.problems.append(
            _("The file {path} has no schema version: it is not a database of this application.").format(
                path=path
            )
        )
    elif result.revision_status == NEWER:
        result.problems.append(
            _(
                "The database {path} was saved by a newer version of the application "
                "(schema {revision}); install the newer version to open it."
            ).format(path=path, revision=printable(str(result.revision)))
        )
    else:
        result.problems.extend(differences(schema, result.revision, path)[:_MAX_DETAILS])
    return tables
