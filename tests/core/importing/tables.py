"""Every table's rows, to prove an undo gives back what the database held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The audit log (and its chain head) is the accountability record: an import and its undo are
# written to it, never rewound; the import tables record the import itself.
HISTORY = frozenset({"audit_log", "import_batches", "import_records"})
HISTORY_SETTINGS = ("audit_chain_head",)


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in HISTORY
        ]
        rows = {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names
        }
    finally:
        connection.close()
    rows["settings"] = [row for row in rows["settings"] if row[0] not in HISTORY_SETTINGS]
    return rows
