"""Reads of the yearly programme: the list, one programme for editing, the training sessions
an item may be linked to, and `programme_progress` (planned against done, per item)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.coalition.data import (
    ItemInput,
    ItemProgress,
    ProgrammeData,
    ProgrammeNotFound,
    ProgrammeRow,
)
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, Partner, Programme, ProgrammeItem, TrainingSession
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

ACTION_DONE = "done"
PROGRAMME_FIELDS = ("year", "title", "adopted_on", "adopted_by", "introduction")


@dataclass(frozen=True)
class TrainingChoice:
    id: int
    text: str  # "12.03.2026 – Szkolenie wprowadzające"


def list_programmes(db: Database, today: dt.date | None = None) -> list[ProgrammeRow]:
    """Every programme, newest year first, with its items counted planned and done."""
    with db.session() as session:
        programmes = session.execute(
            select(Programme.id, Programme.year, Programme.title, Programme.adopted_on).order_by(
                Programme.year.desc()
            )
        ).all()
        result = []
        for pid, year, title, adopted_on in programmes:
            progress = programme_progress(session, year, today)
            done = sum(item.done for item in progress)
            text = fold(f"{year} {title} " + " ".join(item.title for item in progress))
            result.append(ProgrammeRow(pid, year, title, adopted_on, len(progress), done, text))
        return result


def get_programme(db: Database, programme_id: int) -> ProgrammeData:
    """One programme as the form edits it; raises `ProgrammeNotFound`."""
    with db.session() as session:
        row = session.get(Programme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        data = ProgrammeData(**{name: getattr(row, name) for name in PROGRAMME_FIELDS})
        i = ProgrammeItem
        data.items = [
            ItemInput(
                r.kind,
                r.title,
                r.planned_month,
                r.partner_id,
                r.planned_participants,
                r.description,
                r.done_on,
                r.training_session_id,
                r.id,
            )
            for r in session.scalars(select(i).where(i.programme_id == programme_id).order_by(*_item_order()))
        ]
        return data


def _item_order() -> tuple[Any, ...]:
    i = ProgrammeItem
    # Month by month, the all-year items last, then as entered.
    return (i.planned_month.is_(None), i.planned_month, i.id)


def training_choices(db: Database, year: int) -> list[TrainingChoice]:
    """The training sessions of `year` (and the ones before it), newest first."""
    with db.session() as session:
        rows = session.execute(
            select(TrainingSession.id, TrainingSession.session_date, TrainingSession.title)
            .where(TrainingSession.session_date <= dt.date(year, 12, 31))
            .where(TrainingSession.session_date >= dt.date(year - 1, 1, 1))
            .order_by(TrainingSession.session_date.desc(), TrainingSession.id.desc())
        ).all()
    return [TrainingChoice(tid, f"{format_date(on)} – {title}") for tid, on, title in rows]


def programme_progress(session: Session, year: int, today: dt.date | None = None) -> list[ItemProgress]:
    """The items of the programme of `year`, planned against done, in planned order. An item
    is done by a finished action carrying it out (Action.programme_item_id, status done), by
    its training session once held, or by the date marked by hand; the earliest date counts.
    Empty when there is no programme for that year."""
    today = today or dt.date.today()
    i = ProgrammeItem
    items = session.execute(
        select(i, Partner.name, Partner.short_name)
        .join(Programme, Programme.id == i.programme_id)
        .outerjoin(Partner, Partner.id == i.partner_id)
        .where(Programme.year == year)
        .order_by(*_item_order())
    ).all()
    ids = [item.id for item, _name, _short in items]
    actions: dict[int, list[tuple[dt.date, str]]] = {}
    for item_id, date_to, name in session.execute(
        select(Action.programme_item_id, Action.date_to, Action.name)
        .where(Action.programme_item_id.in_(ids), Action.status == ACTION_DONE)
        .order_by(Action.date_to, Action.id)
    ):
        if item_id is not None:
            actions.setdefault(item_id, []).append((date_to, name))
    trainings = dict(
        (tid, (on, title))
        for tid, on, title in session.execute(
            select(TrainingSession.id, TrainingSession.session_date, TrainingSession.title).where(
                TrainingSession.id.in_(
                    [item.training_session_id for item, _n, _s in items if item.training_session_id]
                )
            )
        )
    )
    result = []
    for item, name, short in items:
        dates = [on for on, _title in actions.get(item.id, [])]
        done_by = [title for _on, title in actions.get(item.id, [])]
        training = trainings.get(item.training_session_id) if item.training_session_id else None
        if training is not None and training[0] <= today:
            dates.append(training[0])
            done_by.append(training[1])
        if item.done_on is not None:
            dates.append(item.done_on)
        done_by = _new_titles(item.title, done_by)
        result.append(
            ItemProgress(
                item.id,
                item.kind,
                item.title,
                item.planned_month,
                short or name or "",
                item.planned_participants,
                item.description,
                min(dates) if dates else None,
                tuple(done_by),
            )
        )
    return result


def _new_titles(own: str, titles: list[str]) -> list[str]:
    """The titles of what carried an item out, less the item's own title and repeats: a
    title is never said twice on the same line."""
    seen = {own.casefold()}
    result = []
    for title in titles:
        if title.casefold() not in seen:
            seen.add(title.casefold())
            result.append(title)
    return result


def programme_year(db: Database, programme_id: int) -> int:
    with db.session() as session:
        year = session.scalar(select(Programme.year).where(Programme.id == programme_id))
    if year is None:
        raise ProgrammeNotFound(programme_id)
    return int(year)


def year_taken(db: Database, year: int, other_than: int | None) -> bool:
    with db.session() as session:
        query = select(func.count()).select_from(Programme).where(Programme.year == year)
        if other_than is not None:
            query = query.where(Programme.id != other_than)
        return bool(session.scalar(query))


def progress_by_item(
    db: Database, programme_id: int, today: dt.date | None = None
) -> dict[int, ItemProgress]:
    """The progress of each item of one programme, by item id (the programme's form shows it)."""
    year = programme_year(db, programme_id)
    with db.session() as session:
        return {item.item_id: item for item in programme_progress(session, year, today)}


def done_text(item: ItemProgress) -> str:
    """ "done 11.04.2026 (Zbiórka żywności)" or "to be done", in the window's language."""
    if item.done_on is None:
        return _("to be done")
    text = _("done {date}").format(date=format_date(item.done_on))
    return f"{text} ({'; '.join(item.done_by)})" if item.done_by else text
