"""Child process of tests/test_crash_safety.py: writes through the application's real write path.

Run from the project root as a module (`python -m tests.crash_writer MODE ...`):

``write DB RUN SEED``
    Open DB with `open_database` and save volunteers (`create_volunteer`, now and then
    `update_volunteer`) until killed. After each committed transaction one line goes to stdout:
    ``C <run> <id> <n>`` for a new volunteer (its `notes` are ``run <run> write <n>``) or
    ``U <run> <id> <n>`` for an update (its `skills` start with ``update <n>:``). A line is
    written only after the service function returned, i.e. after COMMIT, in a single `write`
    to the pipe, so a kill never leaves half a line.

``serve DB``
    A fork server for the crash test: imports the application once, prints ``READY``, then for
    each ``RUN <run> <seed>`` line on stdin forks a fresh process that does what ``write`` does
    (reopening DB from scratch), prints ``STARTED <run> <pid>`` and, once that process has
    died, ``EXIT <run> <wait status>``. Importing the application takes most of a second; the
    fork lets the test kill a writer 60 times in a reasonable time. Each writer is a separate
    process with its own connections, so a SIGKILL hits it exactly as it would hit the app.

``fill DB EXTRA_BYTES``
    The full-disk case: limit the size of any file this process writes (RLIMIT_FSIZE) to the
    current size of DB plus EXTRA_BYTES, then save volunteers with long texts until a save
    fails. Prints ``C <id> <n>`` per committed volunteer, then ``FAILED <n>``, ``ERROR <type>:
    <text>``, ``MESSAGE <what the user is shown>``, ``COUNT <volunteers still readable>`` and
    ``DONE``, and exits normally.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import traceback
from pathlib import Path

from coordinator_app.core.dictionaries import list_activity_types
from coordinator_app.core.enums import StatementKind, TimeSlot
from coordinator_app.core.volunteers import (
    StatementData,
    VolunteerData,
    create_volunteer,
    get_volunteer,
    update_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.storage.opening import open_database
from tests.factories import volunteer

FIRST_NAMES = (
    "Anna", "Zofia", "Łucja", "Bożena", "Grażyna", "Ewa", "Małgorzata", "Jadwiga",
    "Józef", "Stanisław", "Wojciech", "Paweł", "Michał", "Krzysztof", "Jędrzej", "Żaneta",
)  # fmt: skip
LAST_NAMES = (
    "Nowak", "Wiśniewska", "Wójcik", "Kowalczyk", "Zieliński", "Szymańska", "Dąbrowski",
    "Kozłowska", "Jankowski", "Mazur", "Kwiatkowska", "Krawczyk", "Piotrowski", "Grabowska",
    "Żółć", "Ślęzak",
)  # fmt: skip
SLOTS = tuple(slot.value for slot in TimeSlot)
STATEMENT_KINDS = (
    StatementKind.HEALTH_SAFETY.value,
    StatementKind.RIGHTS_DUTIES.value,
    StatementKind.CONFIDENTIALITY.value,
    StatementKind.GDPR_CLAUSE.value,
)
LONG_TEXT = (
    "Pomoc w zakupach i przy odśnieżaniu posesji, rozmowy z osobami samotnymi, "
    "odwiedziny w Mnichowie, Gębarzewie i Pawłowie; prawo jazdy kat. B, własny samochód. "
)


def emit(line: str) -> None:
    """One line to stdout in one `write` (atomic on a pipe), so it is there or not at all."""
    os.write(1, (line + "\n").encode())


def _new_volunteer(
    rng: random.Random, activity_ids: list[int], notes: str, **changes: object
) -> VolunteerData:
    today = dt.date.today()
    return volunteer(
        first_name=rng.choice(FIRST_NAMES),
        last_name=rng.choice(LAST_NAMES),
        notes=notes,
        skills=rng.choice(("gotowanie", "prace ogrodowe", "korepetycje", "drobne naprawy")),
        availability={(rng.randrange(7), rng.choice(SLOTS)) for _ in range(rng.randrange(1, 4))},
        preferred_activity_ids=set(rng.sample(activity_ids, k=2)),
        statements={
            kind: StatementData(signed_on=today - dt.timedelta(days=rng.randrange(300)))
            for kind in rng.sample(STATEMENT_KINDS, k=rng.randrange(1, len(STATEMENT_KINDS)))
        },
        **changes,
    )


def write_forever(db: Database, run: int, seed: int) -> None:
    rng = random.Random(seed * 100_003 + run)
    activity_ids = [option.id for option in list_activity_types(db)]
    mine: list[int] = []
    n = 0
    while True:
        n += 1
        if mine and rng.random() < 0.25:
            volunteer_id = rng.choice(mine)
            data = get_volunteer(db, volunteer_id)
            data.skills = f"update {n}: " + rng.choice(("zakupy", "transport", "czytanie"))
            data.availability = {(rng.randrange(7), rng.choice(SLOTS))}
            data.phone = f"600 {rng.randrange(1000):03d} {rng.randrange(1000):03d}"
            update_volunteer(db, volunteer_id, data)
            emit(f"U {run} {volunteer_id} {n}")
        else:
            data = _new_volunteer(rng, activity_ids, f"run {run} write {n}")
            volunteer_id = create_volunteer(db, data)
            mine.append(volunteer_id)
            emit(f"C {run} {volunteer_id} {n}")


def write(db_path: Path, run: int, seed: int) -> None:
    db = open_database(db_path)
    emit(f"OPEN {run}")
    write_forever(db, run, seed)


def serve(db_path: Path) -> None:
    emit("READY")
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        _cmd, run, seed = line.split()
        pid = os.fork()
        if pid == 0:  # the writer: runs until it is killed
            code = 1
            try:
                write(db_path, int(run), int(seed))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(code)
        emit(f"STARTED {run} {pid}")
        _pid, status = os.waitpid(pid, 0)
        emit(f"EXIT {run} {status}")


def fill(db_path: Path, extra: int) -> int:
    import resource
    import signal

    from coordinator_app.core.volunteers.queries import count_volunteers
    from coordinator_app.db.errors import describe_database_error
    from coordinator_app.i18n import set_language

    set_language("en")
    # Without this the kernel kills the process with SIGXFSZ; ignored, write() fails with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = db_path.stat().st_size + extra
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    emit(f"LIMIT {limit}")
    db = open_database(db_path)
    rng = random.Random(7)
    activity_ids = [option.id for option in list_activity_types(db)]
    for n in range(1, 1000):
        long_text = (LONG_TEXT * 60)[: 4000 + rng.randrange(4000)] + f" [{n}]"
        data = _new_volunteer(
            rng, activity_ids, f"fill write {n}", motivation=long_text, experience=long_text[::-1]
        )
        try:
            volunteer_id = create_volunteer(db, data)
        except Exception as exc:
            emit(f"FAILED {n}")
            emit(f"ERROR {type(exc).__module__}.{type(exc).__name__}: {str(exc).splitlines()[0]}")
            emit(f"MESSAGE {describe_database_error(exc)}")
            emit(f"COUNT {count_volunteers(db)}")
            db.dispose()
            emit("DONE")
            return 0
        emit(f"C {volunteer_id} {n}")
    emit("NO FAILURE")
    return 3


def main(argv: list[str]) -> int:
    mode, db_path = argv[0], Path(argv[1])
    if mode == "write":
        write(db_path, int(argv[2]), int(argv[3]))
    elif mode == "serve":
        serve(db_path)
    elif mode == "fill":
        return fill(db_path, int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
