"""Sessions and volunteers for the training tests, written through the services."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.trainings import TrainingData, create_training
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Volunteer

TODAY = dt.date(2026, 11, 20)


def session_data(**changes: object) -> TrainingData:
    """A valid three-hour induction held a week before TODAY."""
    data = TrainingData(
        title="Szkolenie wprowadzające – wolontariat w GOPS",
        category="induction",
        session_date=TODAY - dt.timedelta(days=7),
        time_from=dt.time(16),
        time_to=dt.time(19),
        duration_minutes=180,
        duration_unit="clock",
        place="Świetlica w Łąkiem",
        trainer_name="Łucja Żmuda",
        trainer_organisation="GOPS w Modrzewie",
    )
    for key, value in changes.items():
        if not hasattr(data, key):
            raise AttributeError(key)
        setattr(data, key, value)
    return data


def add_session(db: Database, **changes: object) -> int:
    return create_training(db, session_data(**changes), today=TODAY)


def add_people(db: Database, *names: str, status: str = "active", archived: bool = False) -> list[int]:
    """Volunteers named "Surname First-name"."""
    ids = []
    with db.session() as s:
        for name in names:
            last, first = name.split(" ", 1)
            row = Volunteer(
                first_name=first,
                last_name=last,
                birth_date=dt.date(1980, 1, 1),
                house_number="1",
                postal_code="62-200",
                locality="Mnichowo",
                status=status,
                archived=archived,
                application_date=dt.date(2025, 1, 1),
            )
            s.add(row)
            s.flush()
            ids.append(row.id)
    return ids
