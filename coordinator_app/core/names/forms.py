"""Confirmed and proposed forms of names (domain §6.6a).

What is declined is named by its kind and its nominative text ("person", "Konrad Ośka"), with
the sex it is declined for ("" for a title, an organisation or a place). The coordinator's
confirmation is kept in `declined_forms` and wins over any proposal; a proposal is used only
when the dictionary or a safe rule gives it; otherwise the forms are unknown (None) and the
document keeps the name in the nominative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.db.engine import Database
from coordinator_app.db.models import DeclinedForm, Staff
from coordinator_app.i18n import inflection
from coordinator_app.i18n.inflection import CASES, Forms

KINDS = ("person", "title", "organisation", "place")
_COLUMNS = {"D": "genitive", "C": "dative", "B": "accusative", "N": "instrumental", "Ms": "locative"}


def _proposer(kind: str) -> Callable[[str, str], Forms | None]:
    if kind == "person":
        return lambda text, sex: inflection.person(text, sex or None)
    if kind == "title":
        return lambda text, _sex: inflection.job_title(text)
    if kind == "organisation":
        return lambda text, _sex: inflection.organisation(text)
    if kind == "place":
        return lambda text, _sex: inflection.place(text)
    raise ValueError(kind)


@dataclass(frozen=True)
class Declension:
    """What the confirmation dialog shows: the forms (confirmed, else proposed, else None)."""

    kind: str
    text: str
    sex: str
    forms: Forms | None
    confirmed: bool = False
    confirmed_by: str | None = None
    confirmed_at: dt.datetime | None = None


def _key(kind: str, text: str, sex: str | None) -> tuple[str, str, str]:
    if kind not in KINDS:
        raise ValueError(kind)
    return kind, " ".join(text.split()), (sex or "") if kind == "person" else ""


def _row(session: Session, kind: str, text: str, sex: str) -> DeclinedForm | None:
    return session.scalar(
        select(DeclinedForm).where(
            DeclinedForm.kind == kind, DeclinedForm.text == text, DeclinedForm.sex == sex
        )
    )


def _forms_of(row: DeclinedForm) -> Forms:
    forms = {"M": row.text}
    forms.update({case: getattr(row, column) for case, column in _COLUMNS.items()})
    return forms


def known_forms(session: Session | None, kind: str, text: str, sex: str | None = None) -> Forms | None:
    """The forms a document may print: the confirmed ones, else a safe proposal, else None."""
    kind, text, sex_key = _key(kind, text, sex)
    if not text:
        return None
    if session is not None and (row := _row(session, kind, text, sex_key)) is not None:
        return _forms_of(row)
    return _proposer(kind)(text, sex_key)


def declension(db: Database, kind: str, text: str, sex: str | None = None) -> Declension:
    kind, text, sex_key = _key(kind, text, sex)
    with db.session() as session:
        row = _row(session, kind, text, sex_key)
        if row is not None:
            return Declension(kind, text, sex_key, _forms_of(row), True, row.confirmed_by, row.confirmed_at)
    return Declension(kind, text, sex_key, _proposer(kind)(text, sex_key) if text else None)


def confirm(db: Database, kind: str, text: str, sex: str | None, forms: Forms, by: str | None = None) -> None:
    """Store the forms the coordinator confirmed (every case but the nominative required)."""
    kind, text, sex_key = _key(kind, text, sex)
    cleaned = {case: " ".join(forms.get(case, "").split()) for case in CASES if case != "M"}
    if not text or not all(cleaned.values()):
        raise ValueError("every case needs a form")
    with db.session() as session:
        row = _row(session, kind, text, sex_key)
        if row is None:
            row = DeclinedForm(kind=kind, text=text, sex=sex_key)
            session.add(row)
        for case, column in _COLUMNS.items():
            setattr(row, column, cleaned[case])
        row.confirmed_by = by
        row.confirmed_at = dt.datetime.now()


def forget(db: Database, kind: str, text: str, sex: str | None = None) -> None:
    kind, text, sex_key = _key(kind, text, sex)
    with db.session() as session:
        session.execute(
            delete(DeclinedForm).where(
                DeclinedForm.kind == kind, DeclinedForm.text == text, DeclinedForm.sex == sex_key
            )
        )


def staff_sex(session: Session | None, full_name: str | None) -> str | None:
    """The recorded sex of the staff member of that name (the coordinator, the head), if any."""
    if session is None or not full_name:
        return None
    wanted = " ".join(full_name.split())
    for first, last, sex in session.execute(select(Staff.first_name, Staff.last_name, Staff.sex)):
        if sex and f"{first} {last}" == wanted:
            return str(sex)
    return None
