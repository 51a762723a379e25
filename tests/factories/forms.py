"""Valid input for the services (what a filled-in form gives), changed field by field where a
test needs it, and the records the tests create through those services."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from coordinator_app.core.agreements import AgreementData, create_agreement
from coordinator_app.core.clients import ClientData
from coordinator_app.core.trainings import TrainingData, create_training
from coordinator_app.core.volunteers import VolunteerData
from coordinator_app.db.engine import Database
from tests.factories.records import TODAY, TOW, ZAK

T = TypeVar("T")


def changed(data: T, changes: dict[str, object]) -> T:
    """`data` with `changes` applied; a misspelt field name fails instead of passing unnoticed."""
    for key, value in changes.items():
        if not hasattr(data, key):
            raise AttributeError(key)
        setattr(data, key, value)
    return data


def volunteer(**changes: object) -> VolunteerData:
    """An adult volunteer with a valid PESEL (the published test vector) and a rural address."""
    data = VolunteerData(
        first_name="Żaneta",
        last_name="Żółć",
        pesel="44051401458",
        house_number="132",
        postal_code="62-200",
        locality="Mnichowo",
        phone="600 123 456",
        email="zaneta@example.pl",
    )
    return changed(data, changes)


def agreement_data(representative_id: int, **changes: object) -> AgreementData:
    """A complete adult agreement for 2026, concluded on its first day."""
    data = AgreementData(
        concluded_on=dt.date(2026, 1, 2),
        concluded_in="Modrzewo",
        period_from=dt.date(2026, 1, 2),
        period_to=dt.date(2026, 12, 31),
        activity_ids={TOW, ZAK},
        scope="Świadczenia na rzecz osób wskazanych przez koordynatora.",
        manner="Osobiście, w miejscu zamieszkania podopiecznych.",
        time_commitment="Średnio 4 godz. tygodniowo.",
        termination_terms="Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        representative_id=representative_id,
    )
    return changed(data, changes)


def add_agreement(db: Database, volunteer_id: int, representative_id: int, **changes: object) -> int:
    """An agreement made through the service, as the form would (numbered, audited)."""
    return create_agreement(db, volunteer_id, agreement_data(representative_id, **changes), today=TODAY).id


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
    return changed(data, changes)


def add_session(db: Database, **changes: object) -> int:
    """A training session made through the service."""
    return create_training(db, session_data(**changes), today=TODAY)


def client_data(places: dict[str, int], **changes: object) -> ClientData:
    """A senior in Łąkie with a valid needs assessment and visit consent; `places` gives the ids
    of the village "Łąkie" and of the social "worker"."""
    data = ClientData(
        first_name="Stanisława",
        last_name="Wójcik",
        house_number="7",
        postal_code="62-200",
        locality="Łąkie",
        village_id=places["Łąkie"],
        social_worker_id=places["worker"],
        assessment_valid_until=TODAY + dt.timedelta(days=90),
        visit_consent_date=TODAY - dt.timedelta(days=10),
        visit_consent_how="pisemnie",
        type_codes={"senior"},
    )
    return changed(data, changes)
