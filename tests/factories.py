"""Valid records for tests, changed field by field where a test needs it."""

from __future__ import annotations

from coordinator_app.core.volunteers import VolunteerData


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
    for key, value in changes.items():
        if not hasattr(data, key):
            raise AttributeError(key)
        setattr(data, key, value)
    return data
