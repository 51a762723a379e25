"""An independent walk of the whole schema: which people each row of each table is linked to.

A row belongs to a volunteer or a client when one of its foreign keys leads, directly or through
other rows, to that person's row. Reference tables (dictionaries, training sessions, templates)
are shared by everyone and are not followed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coordinator_app.db.models import Base

Owner = tuple[str, int]  # ("volunteer", 7) / ("client", 3)
SHARED = {
    "activity_types",
    "villages",
    "village_distances",
    "staff",
    "training_programmes",
    "training_sessions",
    "training_programme_sessions",
    "training_requirements",
    "document_templates",
    "document_images",
    "organisation",
    "settings",
    "month_closes",
}
PEOPLE = {"volunteers": "volunteer", "clients": "client"}


class SchemaWalk:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.row_factory = sqlite3.Row
        self.rows: dict[str, dict[Any, dict[str, Any]]] = {}
        for table in Base.metadata.sorted_tables:
            key = next(iter(table.primary_key.columns)).name
            result = self.connection.execute(f'SELECT * FROM "{table.name}"')
            self.rows[table.name] = {row[key]: dict(row) for row in result}
        self.connection.close()
        self._cache: dict[tuple[str, Any], frozenset[Owner]] = {}

    def owners(self, table_name: str, key: Any) -> frozenset[Owner]:
        cached = self._cache.get((table_name, key))
        if cached is not None:
            return cached
        found: set[Owner] = set()
        if table_name in PEOPLE:
            found.add((PEOPLE[table_name], key))
        row = self.rows[table_name][key]
        for fk in Base.metadata.tables[table_name].foreign_keys:
            parent = fk.column.table.name
            value = row[fk.parent.name]
            if value is None or parent in SHARED:
                continue
            found |= self.owners(parent, value)
        self._cache[(table_name, key)] = frozenset(found)
        return self._cache[(table_name, key)]

    def linked(self, owner: Owner) -> Iterator[tuple[str, Any]]:
        """Every (table, primary key) whose row is linked to `owner`."""
        for table_name, rows in self.rows.items():
            for key in rows:
                if owner in self.owners(table_name, key):
                    yield table_name, key
