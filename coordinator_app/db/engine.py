"""Engine and session factory. SQLite gets its pragmas on every connection; a database failure
the user can act on leaves a session as a `StorageError` (db/errors.py)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.db.errors import storage_error

log = logging.getLogger(__name__)


def database_url(target: str | Path) -> str:
    """A path becomes a SQLite URL; a string with `://` is taken as a URL already."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, busy_timeout_ms: int = 5000) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # Python's sqlite3 would begin transactions on its own, and not before CREATE TABLE or
    # other DDL: a migration or a first creation cut short would then leave half its tables.
    # SQLAlchemy emits BEGIN itself instead (see _begin), so every transaction is whole.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()


def _begin(connection: Connection) -> None:
    """Start every transaction explicitly; `sqlite_begin="BEGIN IMMEDIATE"` as an execution
    option takes the write lock at once (for work that must not be overtaken by another writer)."""
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


BUSY_TIMEOUT_MS = 5000
# Rows sampled per index by ANALYZE / PRAGMA optimize (SQLite's own suggestion is 100 to 1000).
ANALYSIS_LIMIT = 1000
# A command waits longer for its turn to write than the window (issue #13: eight `print`s at
# once all succeed, one after the other).
COMMAND_BUSY_TIMEOUT_MS = 120_000


def make_engine(target: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    # `hide_parameters`: an error's text never quotes the values of a statement (names,
    # addresses, document fields), so a failed write logs no personal data.
    engine = create_engine(database_url(target), hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_timeout_ms=busy_timeout_ms))
        event.listen(engine, "begin", _begin)
    return engine


class Database:
    """One open database: the engine and a factory of short sessions."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._factory = sessionmaker(engine, expire_on_commit=False)
        # Writers that read first (numbering) take the write lock at BEGIN: a deferred
        # transaction that reads and then writes fails "database is locked" at once when
        # another process wrote meanwhile (SQLite cannot wait there), an immediate one waits.
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="BEGIN IMMEDIATE"), expire_on_commit=False
        )
        self._on_dispose: list[Callable[[], None]] = []

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back everything on any error. A full
        disk, an I/O error, a lock or a damaged file is raised as `StorageError` (its sentence
        for the user; the SQLAlchemy error is its cause); any other error passes unchanged.
        With `write`, the transaction takes the write lock when it begins, waiting its turn
        behind other writers (use it for work that reads and then writes, such as numbering)."""
        session = (self._writer if write else self._factory)()
        try:
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            failure = storage_error(error) if isinstance(error, SQLAlchemyError) else None
            if failure is not None:
                raise failure from error
            raise
        finally:
            session.close()

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Call `callback` once, after the connections have been closed by `dispose`."""
        self._on_dispose.append(callback)

    def dispose(self) -> None:
        self.optimize()
        self.engine.dispose()
        callbacks, self._on_dispose = self._on_dispose, []
        for callback in callbacks:
            callback()

    def optimize(self) -> None:
        """Keep the query planner's statistics (issue #16: without them it picks the wrong index
        for a volunteer's assignments): a sampled `ANALYZE` once, when the file has none
        (`analysis_limit`: 12-25 ms at 385 MB against 2.1 s unsampled), `PRAGMA optimize` at
        every other close (it writes only when a table has changed much). Not every close writes:
        a change left in the write-ahead log while a backup still reads the file would cost the
        next start its full check. A busy file is left alone; a failure never fails the close."""
        if self.engine.dialect.name != "sqlite":
            return
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                if not isinstance(raw, sqlite3.Connection):
                    return
                raw.execute("PRAGMA busy_timeout=0")
                raw.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
                has_stats = raw.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
                ).fetchone()
                raw.execute("PRAGMA optimize" if has_stats else "ANALYZE")
                connection.invalidate()  # its busy timeout was changed: never handed out again
        except (SQLAlchemyError, sqlite3.Error) as error:
            log.info("statistics not updated at close: %s", error)
