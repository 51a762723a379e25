"""The sex of a training's trainer, for "Prowadzący" / "Prowadząca" on the documents.

A session records the trainer as a name only. Their sex is the one recorded for a staff member
of that name (the coordinator often leads the induction); otherwise the first name's gender in
the Polish dictionary (Morfeusz 2: "Anna" is feminine, "Józef" masculine) when every reading
of it as a first name agrees; otherwise unknown, and the documents say "Osoba prowadząca".
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.core.names import staff_sex

_SEX_OF_GENDER = {"m1": "M", "f": "K"}


@functools.cache
def _dictionary() -> Any:
    try:
        import morfeusz2
    except ImportError:  # pragma: no cover - the dependency is declared
        return None
    return morfeusz2.Morfeusz()


def first_name_sex(first_name: str) -> str | None:
    """ "K" or "M" when the dictionary knows `first_name` as a first name of one gender only."""
    dictionary = _dictionary()
    if dictionary is None or not first_name:
        return None
    found = set()
    for _start, _end, (_form, _lemma, tag, labels, _quals) in dictionary.analyse(first_name):
        parts = tag.split(":")
        is_first_name = "imię" in labels and parts[0] == "subst" and len(parts) > 3
        if is_first_name and parts[1] == "sg" and "nom" in parts[2].split("."):
            found.update(parts[3].split("."))
    sexes = {_SEX_OF_GENDER.get(gender) for gender in found}
    return sexes.pop() if len(sexes) == 1 else None


def named_person_sex(session: Session | None, full_name: str | None) -> str | None:
    """The sex of a person known by name only (a trainer, the coordinator): recorded for a staff
    member of that name, else by the first name."""
    name = " ".join((full_name or "").split())
    if not name:
        return None
    return staff_sex(session, name) or first_name_sex(name.split()[0])


def trainer_label(sex: str | None) -> str:
    """`Prowadzący`, `Prowadząca`, or `Osoba prowadząca` when the sex is not known."""
    return {"M": "Prowadzący", "K": "Prowadząca"}.get(sex or "", "Osoba prowadząca")


def trainer_signature_label(sex: str | None) -> str:
    """The label under the trainer's signature line on the attendance list."""
    return {"M": "podpis prowadzącego", "K": "podpis prowadzącej"}.get(sex or "", "podpis osoby prowadzącej")
