"""Engine and session factory. SQLite gets its pragmas on every connection; a database failure
the user can act on leaves a session as a `StorageError` (db/errors.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.db.errors import storage_error


def database_url(target: str | Path) -> str:
    """A path becomes a SQLite URL; a string with `://` is taken as a URL already."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
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
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: Connection) -> None:
    """Start every transaction explicitly; `sqlite_begin="BEGIN IMMEDIATE"` as an execution
    option takes the write lock at once (for work that must not be overtaken by another writer)."""
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


def make_engine(target: str | Path) -> Engine:
    # `hide_parameters`: an error's text never quotes the values of a statement (names,
    # addresses, document fields), so a failed write logs no personal data.
    engine = create_engine(database_url(target), hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


class Database:
    """One open database: the engine and a factory of short sessions."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back everything on any error. A full
        disk, an I/O error, a lock or a damaged file is raised as `StorageError` (its sentence
        for the user; the SQLAlchemy error is its cause); any other error passes unchanged."""
        session = self._factory()
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

    def dispose(self) -> None:
        self.engine.dispose()
