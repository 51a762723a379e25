"""The waiting list: open needs that no planned or active assignment serves yet.

Outside the Clients tab a client is named by their pseudonymous code, so the list carries the
code and the village, never the name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select

from coordinator_app.core.enums import SERVING_ASSIGNMENT, ClientStatus, NeedStatus
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Assignment, Client, Need, Village


@dataclass(frozen=True)
class WaitingNeed:
    need_id: int
    client_id: int
    client_code: str
    village: str | None
    activity_type_id: int
    activity_code: str
    activity_name: str
    description: str | None
    preferred_times: str | None
    priority: int
    reported_on: dt.date
    days_waiting: int
    search_text: str  # folded code, village and activity


def waiting_conditions() -> tuple[ColumnElement[bool], ...]:
    """What puts a need on the waiting list, for a query joining `needs` and `clients`: open,
    of an active client, and served by no planned or active assignment (that set is collected
    once, not looked up per need)."""
    served = select(Assignment.need_id).where(
        Assignment.status.in_(SERVING_ASSIGNMENT), Assignment.need_id.is_not(None)
    )
    return (
        Need.status == NeedStatus.OPEN.value,
        Client.status == ClientStatus.ACTIVE.value,
        Need.id.not_in(served),
    )


def waiting_list(db: Database, *, today: dt.date | None = None) -> list[WaitingNeed]:
    """Open needs of active clients without a serving assignment, longest-waiting first
    (ties: higher priority first)."""
    today = today or dt.date.today()
    with db.session() as session:
        rows = session.execute(
            select(
                Need.id,
                Client.id,
                Client.code,
                Village.name,
                Client.locality,
                ActivityType.id,
                ActivityType.code,
                ActivityType.name,
                Need.description,
                Need.preferred_times,
                Need.priority,
                Need.reported_on,
            )
            .join(Client, Client.id == Need.client_id)
            .join(ActivityType, ActivityType.id == Need.activity_type_id)
            .outerjoin(Village, Village.id == Client.village_id)
            .where(*waiting_conditions())
            .order_by(Need.reported_on, Need.priority, Need.id)
        ).all()
    return [
        WaitingNeed(
            need_id=nid,
            client_id=cid,
            client_code=code,
            village=village or locality,
            activity_type_id=aid,
            activity_code=acode,
            activity_name=aname,
            description=description,
            preferred_times=times,
            priority=priority,
            reported_on=reported,
            days_waiting=max((today - reported).days, 0),
            search_text=" ".join((fold(code), fold(village or locality), fold(acode), fold(aname))),
        )
        for nid, cid, code, village, locality, aid, acode, aname, description, times, priority, reported in (
            rows
        )
    ]
