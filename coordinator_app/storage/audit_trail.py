"""The audit log's hash chain as `check` verifies it (issue #13, point 9).

Run by `integrity.check_database` on its read-only connection, under the same time bound as
every other check there (SQLite's progress handler). The table is read once in id order and
streamed: one row at a time, so a million entries take seconds and little memory.

What a clean result proves, and what it does not, is said in `db.audit_chain`: it detects an
entry edited, inserted or removed with anything but the application, and the newest entries
removed (against the head kept in `settings`); someone who recomputes the whole chain and the
head is detected only against a copy of the head kept outside the file (the log's
"audit chain head" lines).

May import: `db/`, `i18n/`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coordinator_app.db import audit_chain
from coordinator_app.i18n import _


def chain_problems(connection: sqlite3.Connection, path: Path, limit: int = 3) -> list[str]:
    """One sentence per problem of the chain (the first entries that do not match, missing
    entries, a head that disagrees), at most `limit`; none when the chain holds."""
    del path  # the sentences name the log, not the file (one check reports on one file)
    head_row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (audit_chain.HEAD_KEY,)
    ).fetchone()
    head = audit_chain.parse_head(head_row[0]) if head_row else None
    head_lost = head_row is not None and head is None
    rows = connection.execute(audit_chain.SELECT_ALL)
    problems = [_sentence(item) for item in audit_chain.verify(rows, head, limit)]
    if head_lost and not problems:
        problems.append(_("The audit log has been altered: the record of its end is unreadable."))
    return problems[:limit]


def _sentence(item: audit_chain.Break) -> str:
    if item.kind == "edited":
        return _(
            "The audit log has been altered: entry no. {entry} does not match the chain "
            "(its content was changed or an entry before it was removed)."
        ).format(entry=item.entry_id)
    if item.kind == "gap":
        return _("The audit log has been altered: entries no. {first}–{last} are missing.").format(
            first=item.first, last=item.entry_id - 1
        )
    expected = item.expected or audit_chain.EMPTY
    actual = item.actual or audit_chain.EMPTY
    if expected.count == 0:
        return _("The audit log has been altered: the record of its end is missing.")
    if actual.count == 0:
        return _(
            "The audit log has been altered: it should end at entry no. {expected} "
            "(entries: {expected_count}), but it is empty."
        ).format(expected=expected.last_id, expected_count=expected.count)
    return _(
        "The audit log has been altered: it should end at entry no. {expected} "
        "(entries: {expected_count}), but it ends at entry no. {actual} (entries: {actual_count}); "
        "its newest entries were removed or replaced."
    ).format(
        expected=expected.last_id,
        expected_count=expected.count,
        actual=actual.last_id,
        actual_count=actual.count,
    )
