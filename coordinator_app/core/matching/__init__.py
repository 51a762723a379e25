"""Matching: for one need, the suitable volunteers ranked, with the reasons shown.

`queries` reads everything from the database in one short session; `scoring` is pure (no
database) and ranks. May import core (bulk, clients, trainings, vetting), db and i18n.
"""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.bulk import paused_collection
from coordinator_app.core.matching.data import (
    DEFAULT_LIMIT,
    Candidate,
    MatchInputs,
    NeedFacts,
    NeedMatch,
    NeedNotFoundForMatching,
    VolunteerFacts,
)
from coordinator_app.core.matching.queries import load_match_inputs
from coordinator_app.core.matching.scoring import rank_candidates, score_volunteer
from coordinator_app.db.engine import Database


def match_need(
    db: Database, need_id: int, *, today: dt.date | None = None, limit: int = DEFAULT_LIMIT
) -> NeedMatch:
    """The need's candidates, best first: read everything, then score without the database
    (every active volunteer is read and scored: the cyclic collector is paused meanwhile)."""
    with paused_collection():
        return rank_candidates(load_match_inputs(db, need_id, today or dt.date.today()), limit)


__all__ = [
    "DEFAULT_LIMIT",
    "Candidate",
    "MatchInputs",
    "NeedFacts",
    "NeedMatch",
    "NeedNotFoundForMatching",
    "VolunteerFacts",
    "load_match_inputs",
    "match_need",
    "rank_candidates",
    "score_volunteer",
]
