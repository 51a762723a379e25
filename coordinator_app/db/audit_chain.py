"""The audit log's hash chain (issue #13, point 9): each entry's `chain_hash` is
SHA-256(previous entry's `chain_hash` || the entry's canonical serialisation); the first entry
links to `GENESIS`. The chain's head (last id, its hash, the number of entries) is kept in the
`settings` table under `HEAD_KEY`.

What it proves: an entry edited, removed from the middle, inserted or reordered by anything
but the application (a SQLite editor, a script) breaks the chain at that entry; entries removed
from the end, or the whole table emptied, disagree with the head. What it does not prove:
anyone holding the file can recompute every hash and rewrite the head, since nothing secret
goes into them, so a determined attacker who rewrites the whole chain and the head is not
detected from the file alone. Only a head kept outside the file (a printout, a backup's
record, the log line `link_pending` writes) shows that; the chain detects careless and casual
edits and makes deliberate ones require rewriting everything after the edited entry.

Linking happens inside the transaction that inserts the entries: the session's flush inserts
them first, which takes SQLite's write lock, and only then is the head read and advanced, so
two writers can never link to the same predecessor (the second waits for the lock, or fails
on a stale snapshot, and never forks the chain).

Everything here reads the stored values through the driver (text, integers, NULL), so the
application, the migration that back-fills the chain and the read-only `check` serialise an
entry identically. Imports the standard library only.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = hashlib.sha256(b"coordinator-app audit log genesis").hexdigest()
HEAD_KEY = "audit_chain_head"
# The columns serialised, in this order; `chain_hash` itself follows them in `SELECT_ALL`.
COLUMNS = (
    "id",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "reason",
)
SELECT_ALL = f"SELECT {', '.join(COLUMNS)}, chain_hash FROM audit_log ORDER BY id"
_SELECT_AFTER = f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE id > ? ORDER BY id"

log = logging.getLogger(__name__)
# One encoder for every entry (building one per call would triple the time on a million entries).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr)


# A DB-API connection's `execute` (sqlite3) or a SQLAlchemy connection's `exec_driver_sql`:
# called with a statement and its parameters, returning rows to fetch or iterate.
Executor = Callable[[str, tuple[Any, ...]], Any]


@dataclass(frozen=True)
class Head:
    """The chain's end: the last linked entry's id and hash, and how many entries it holds."""

    last_id: int
    hash: str
    count: int

    def text(self) -> str:
        return json.dumps({"id": self.last_id, "hash": self.hash, "count": self.count})


EMPTY = Head(0, GENESIS, 0)


def canonical(row: Iterable[Any]) -> bytes:
    """One entry's fields (`COLUMNS` order) as stable bytes: JSON, so a type change (5 → "5")
    changes them too."""
    return _ENCODER.encode(list(row)).encode("utf-8")


def link(previous: str, row: Iterable[Any]) -> str:
    """The chain hash of an entry whose fields are `row`, after the entry hashed `previous`."""
    return hashlib.sha256(previous.encode("ascii", "replace") + b"\n" + canonical(row)).hexdigest()


def parse_head(text: object) -> Head | None:
    """The stored head, or None when it is missing or unreadable."""
    if not isinstance(text, str):
        return None
    try:
        data = json.loads(text)
        head = Head(int(data["id"]), str(data["hash"]), int(data["count"]))
    except (ValueError, TypeError, KeyError):
        return None
    return head


def read_head(execute: Executor) -> Head | None:
    row = execute("SELECT value FROM settings WHERE key = ?", (HEAD_KEY,)).fetchone()
    return parse_head(row[0]) if row else None


def link_pending(execute: Executor) -> Head:
    """Link every entry after the stored head (all of them when there is none), store the new
    head and return it. Call it inside the transaction that inserted the entries."""
    head = read_head(execute) or EMPTY
    last_id, previous, count = head.last_id, head.hash, head.count
    pending = list(execute(_SELECT_AFTER, (last_id,)))
    if not pending:
        return head
    for row in pending:
        previous = link(previous, row)
        last_id, count = int(row[0]), count + 1
        execute("UPDATE audit_log SET chain_hash = ? WHERE id = ?", (previous, last_id))
    new = Head(last_id, previous, count)
    execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, new.text()),
    )
    # A copy of the head outside the file: a rewritten chain disagrees with the log's last line.
    log.info("audit chain head: entry %d, %d entries, %s", new.last_id, new.count, new.hash)
    return new


@dataclass(frozen=True)
class Break:
    """One problem of the chain: `kind` is "edited" (entry `entry_id` does not match), "gap"
    (ids `first`..`entry_id - 1` are missing before an entry that does not match) or "head"
    (the stored head disagrees with the table's end)."""

    kind: str
    entry_id: int
    first: int = 0
    expected: Head | None = None
    actual: Head | None = None


def verify(rows: Iterable[Any], head: Head | None, limit: int = 3) -> list[Break]:
    """The chain's problems, at most `limit`, reading `rows` (`SELECT_ALL`) once, streaming."""
    problems: list[Break] = []
    previous, previous_id, count, last_hash = GENESIS, 0, 0, GENESIS
    for row in rows:
        values, stored = tuple(row[:-1]), row[-1]
        entry_id = int(values[0]) if isinstance(values[0], int) else previous_id + 1
        if stored != link(previous, values) and len(problems) < limit:
            gap = entry_id > previous_id + 1
            problems.append(Break("gap" if gap else "edited", entry_id, first=previous_id + 1))
        previous = stored if isinstance(stored, str) else ""
        previous_id, count, last_hash = entry_id, count + 1, previous
    actual = Head(previous_id, last_hash, count)
    expected = head or EMPTY
    if expected != actual and len(problems) < limit:
        problems.append(Break("head", previous_id, expected=expected, actual=actual))
    return problems
