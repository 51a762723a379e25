"""Shared state of one run: dates, random streams, dictionaries, and the chunked writer."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

from coordinator_app.db.models import Base
from coordinator_app.demo.api import DemoError, ProgressCallback
from coordinator_app.demo.catalog import VillageInfo
from coordinator_app.demo.names import NamePools

CHUNK = 20_000
CANCELLED = "Przerwano."


def table(name: str) -> Table:
    return Base.metadata.tables[name]


class Writer:
    """Bulk inserts in chunks inside the caller's transaction, reporting progress as it goes."""

    def __init__(self, conn: Connection, progress: ProgressCallback | None, total: int) -> None:
        self.conn = conn
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.stage = ""

    def report(self, stage: str | None = None) -> None:
        if stage is not None:
            self.stage = stage
        if (
            self.progress is not None
            and self.progress(min(self.done, self.total), self.total, self.stage) is False
        ):
            raise DemoError(CANCELLED)

    def advance(self, units: int, stage: str | None = None) -> None:
        self.done += units
        self.report(stage)

    def insert(self, name: str, rows: Iterable[dict[str, Any]]) -> int:
        """Rows of one table as dicts (all with the same keys), a chunk at a time, through the
        driver's `executemany`: each value converted to its storage form by the column type's
        own bind processor and the Python-side defaults of the columns not given filled in, so
        the stored rows are exactly what a Core `INSERT` would store, without its per-row cost
        (two thirds of the whole generation at 100,000 volunteers).
        A generator keeps only one chunk in memory. Returns the rows written."""
        source = iter(rows)
        first = next(source, None)
        if first is None:
            return 0
        plan = RowPlan.of(table(name), tuple(first), self.conn.dialect)
        count = 0
        rest = chain((first,), source)
        while chunk := list(islice(rest, CHUNK)):
            if plan is None:  # a default only SQL can compute: the Core statement
                self.conn.execute(table(name).insert(), chunk)
            else:  # plain tuples: SQLAlchemy passes them on as they are (and wraps errors)
                self.conn.exec_driver_sql(plan.sql, list(map(plan.values, chunk)))
            count += len(chunk)
            if count > CHUNK:
                self.report()
        return count

    def rows(self) -> RowBuffer:
        """A buffer for rows of several tables produced together: each table's rows are written
        whenever CHUNK of them wait, so memory holds a chunk per table, not every row."""
        return RowBuffer(self)

    def insert_tuples(self, name: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        """Plain DB-API `executemany` of tuples already in storage form (ISO dates, 0/1 flags).

        For the one very large table; every value must be what SQLAlchemy would have stored."""
        sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        batch: list[tuple[Any, ...]] = []
        count = 0
        for row in rows:
            batch.append(row)
            if len(batch) == CHUNK:
                self.conn.exec_driver_sql(sql, batch)
                count += len(batch)
                self.advance(len(batch))
                batch = []
        if batch:
            self.conn.exec_driver_sql(sql, batch)
            count += len(batch)
            self.advance(len(batch))
        return count


class RowBuffer:
    """Rows added table by table, written a chunk at a time (`Writer.rows`); `flush` writes the
    rest. Each table's rows keep their order, so they get the ids one insert would give them;
    when one table has a chunk waiting, every table is written in the order first added (a
    parent before its children, for the foreign keys)."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.waiting: dict[str, list[dict[str, Any]]] = {}

    def add(self, name: str, row: dict[str, Any]) -> None:
        waiting = self.waiting.setdefault(name, [])
        waiting.append(row)
        if len(waiting) >= CHUNK:
            self.flush()

    def extend(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.add(name, row)

    def flush(self) -> None:
        for name, waiting in self.waiting.items():
            self.writer.insert(name, waiting)
            waiting.clear()


@dataclass(frozen=True)
class RowPlan:
    """How the dicts of one table become driver tuples: the keys given, in order, each with the
    type's bind processor, then the columns left out that have a Python-side default."""

    sql: str
    keys: tuple[str, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]
    defaults: tuple[tuple[Callable[[Any], Any] | None, Any], ...]  # (callable, or None and a value)

    @classmethod
    def of(cls, target: Table, keys: tuple[str, ...], dialect: Dialect) -> RowPlan | None:
        """None when a column left out has a default only SQL can compute."""
        columns = [target.c[key] for key in keys]
        defaults: list[tuple[Callable[[Any], Any] | None, Any]] = []
        for column in target.c:
            if column.key in keys or column.default is None:
                continue
            default: Any = column.default
            processor = column.type._cached_bind_processor(dialect)
            if default.is_scalar:
                defaults.append((None, default.arg if processor is None else processor(default.arg)))
            elif default.is_callable:
                defaults.append((_called(default.arg, processor), None))
            else:
                return None
            columns.append(column)
        names = ", ".join(f'"{column.name}"' for column in columns)
        sql = f'INSERT INTO "{target.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        processors = tuple(column.type._cached_bind_processor(dialect) for column in columns[: len(keys)])
        return cls(sql, keys, processors, tuple(defaults))

    def values(self, row: dict[str, Any]) -> tuple[Any, ...]:
        given = [
            row[key] if process is None else process(row[key])
            for key, process in zip(self.keys, self.processors, strict=True)
        ]
        for make, value in self.defaults:
            given.append(value if make is None else make(value))
        return tuple(given)


def _called(make: Callable[[Any], Any], processor: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """A column default's callable (SQLAlchemy passes it the execution context, unused here) with
    the type's bind processor applied to what it returns."""
    if processor is None:
        return lambda _unused: make(None)
    return lambda _unused: processor(make(None))


@dataclass
class Place:
    id: int
    index: int
    info: VillageInfo
    x: float
    y: float


@dataclass
class StaffMember:
    id: int
    first: str
    last: str
    position: str
    social_worker: bool

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Ctx:
    """Everything the stages share. Each stage draws from its own seeded random stream."""

    seed: int
    today: dt.date
    writer: Writer
    names: NamePools
    activity_ids: dict[str, int]  # code -> id
    activity_names: dict[str, str]  # code -> name
    minors_codes: frozenset[str]
    places: list[Place] = field(default_factory=list)
    distance: list[list[int]] = field(default_factory=list)  # km by place index
    staff: list[StaffMember] = field(default_factory=list)
    manager_id: int = 0
    former_head_id: int = 0  # the head before the present one, who took over on `head_since`
    coordinator_name: str = ""
    coordinator_login: str = ""

    @property
    def window_start(self) -> dt.date:
        """First day hours may be entered for (about twelve months back)."""
        return self.today - dt.timedelta(days=364)

    @property
    def head_since(self) -> dt.date:
        """The present head of the centre took over on 1 March two years ago."""
        return dt.date(self.today.year - 2, 3, 1)

    @property
    def horizon(self) -> dt.date:
        """Last day with planned hours (two weeks ahead)."""
        return self.today + dt.timedelta(days=14)

    def rng(self, stage: str) -> random.Random:
        return random.Random(f"{self.seed}:{stage}")

    @property
    def social_workers(self) -> list[StaffMember]:
        return [s for s in self.staff if s.social_worker]

    def pick_place(self, rng: random.Random) -> Place:
        weights = [p.info.weight for p in self.places]
        return rng.choices(self.places, weights)[0]


def weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def stamp(day: dt.date, rng: random.Random) -> dt.datetime:
    """A plausible office-hours moment on `day`, used for created/updated stamps."""
    seconds = int(rng.random() * 25200)  # 8:00–15:00
    return dt.datetime(day.year, day.month, day.day, 8 + seconds // 3600, seconds // 60 % 60, seconds % 60)


def fmt_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
