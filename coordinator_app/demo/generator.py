"""`generate_demo`: the whole dataset in one transaction, refused on a database in use."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, select

from coordinator_app.db.engine import Database
from coordinator_app.demo import texts
from coordinator_app.demo.agreements import plan_agreements, write_agreements, yearly_events
from coordinator_app.demo.api import DemoError, DemoSize, DemoSummary, ProgressCallback
from coordinator_app.demo.assignments import plan_assignments
from coordinator_app.demo.clients import create_clients, write_needs
from coordinator_app.demo.community import write_community
from coordinator_app.demo.context import Ctx, Writer, table
from coordinator_app.demo.hours import write_hours, write_month_closes
from coordinator_app.demo.names import NamePools
from coordinator_app.demo.people import plan_volunteers, volunteer_rows
from coordinator_app.demo.places import create_places, create_staff, organisation_policy
from coordinator_app.demo.profiles import write_profiles
from coordinator_app.demo.training import write_training
from coordinator_app.demo.work import write_assignments

# Tables that must be empty, with how the refusal names their content.
MUST_BE_EMPTY = (
    ("volunteers", "wolontariuszy"),
    ("clients", "podopiecznych"),
    ("villages", "miejscowości"),
    ("staff", "pracowników"),
    ("agreements", "porozumienia"),
    ("hours_entries", "wpisy godzin"),
    ("training_sessions", "szkolenia"),
)
NEEDED_CODES = frozenset((*texts.INDIVIDUAL, *texts.GROUP_ONLY, *texts.NO_CLIENT, texts.EVENT))


def generate_demo(
    db: Database,
    size: DemoSize,
    *,
    seed: int = 2025,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty database with a realistic rural GOPS; all or nothing.

    Raises `DemoError` (database not empty, cancelled through `progress`, wrong size)."""
    if size.volunteers < 1 or size.clients < 0 or size.hours < 0:
        raise DemoError("Podaj co najmniej jednego wolontariusza i nieujemne liczby podopiecznych i godzin.")
    today = today or dt.date.today()
    total = 2 * size.volunteers + size.clients + size.hours + 10
    # Take the write lock before looking, so the emptiness check and the writes are one unit.
    with db.engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as conn, conn.begin():
        _refuse_if_used(conn)
        types = table("activity_types").c
        activity = conn.execute(select(types.code, types.id, types.name, types.involves_minors)).all()
        missing = sorted(NEEDED_CODES - {row[0] for row in activity})
        if missing:
            raise DemoError(
                "Słownik rodzajów działań nie zawiera kodów: "
                + ", ".join(missing)
                + " – przywróć je, aby wczytać dane."
            )
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        # 32 MiB for the large inserts: as fast as 128 MiB (rows come in id order, the hours
        # indexes are built after them) and 100 MB less resident memory at 20,000 volunteers
        conn.exec_driver_sql("PRAGMA cache_size = -32768")
        try:
            writer = Writer(conn, progress, total)
            writer.report("Słowniki i ustawienia")
            ctx = Ctx(
                seed=seed, today=today, writer=writer, names=NamePools(seed),
                activity_ids={row[0]: row[1] for row in activity},
                activity_names={row[0]: row[2] for row in activity},
                minors_codes=frozenset(row[0] for row in activity if row[3]) & NEEDED_CODES,
            )  # fmt: skip
            summary = _generate(ctx, size)
            writer.done = writer.total
            writer.report("Zapisywanie")
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")
    return summary


def _refuse_if_used(conn: Connection) -> None:
    found = []
    for name, label in MUST_BE_EMPTY:
        if conn.execute(select(func.count()).select_from(table(name))).scalar_one():
            found.append((name, label))
    if not found:
        return
    if found[0][0] == "volunteers":
        raise DemoError(
            "Baza danych zawiera już wolontariuszy – dane demonstracyjne można wczytać tylko do pustej bazy."
        )
    labels = ", ".join(label for _name, label in found)
    raise DemoError(
        f"Baza danych zawiera już dane ({labels}) – dane demonstracyjne można wczytać tylko do pustej bazy."
    )


def _generate(ctx: Ctx, size: DemoSize) -> DemoSummary:
    writer = ctx.writer
    create_places(ctx)
    create_staff(ctx)
    nnw, oc = organisation_policy(ctx)
    writer.advance(5, "Wolontariusze")
    vols = plan_volunteers(ctx, size.volunteers)
    events = yearly_events(ctx)
    agreements = plan_agreements(ctx, vols, events)  # may move an event volunteer's start date
    writer.insert("volunteers", volunteer_rows(ctx, vols))
    write_profiles(ctx, vols)
    writer.advance(size.volunteers, "Podopieczni")
    clients, needs = create_clients(ctx, size.clients)
    writer.advance(size.clients, "Porozumienia i przydziały")
    segs = plan_assignments(ctx, vols, needs, events)
    write_needs(ctx, needs)
    write_agreements(ctx, agreements, nnw, oc)
    write_assignments(ctx, segs)
    writer.advance(size.volunteers, "Wpisy godzin")
    approved = write_month_closes(ctx)
    hours = write_hours(ctx, segs, size.hours, approved)
    writer.report("Szkolenia")
    trainings = write_training(ctx, vols)
    writer.advance(5, "Akcje, partnerzy i koalicja")
    community = write_community(ctx, vols, segs, events, size.hours)
    return DemoSummary(
        volunteers=len(vols) + community.volunteers, clients=len(clients), hours=hours, trainings=trainings,
        agreements=len(agreements) + community.agreements,
        assignments=len(segs), villages=len(ctx.places), staff=len(ctx.staff),
    )  # fmt: skip
