"""Rows of volunteers and clients: cells → the forms' data, checked by the forms' validators,
with duplicates found in the database (the volunteers' own duplicate check) and in the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import select

from coordinator_app.core.clients.data import CLIENT_TYPE_LABELS, ClientData
from coordinator_app.core.clients.validate import validate_client
from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.importing import fields as f
from coordinator_app.core.importing.headers import CLIENTS, VOLUNTEERS
from coordinator_app.core.importing.preview import (
    SKIP,
    Duplicate,
    Preview,
    Progress,
    cell_values,
    field_errors,
    report_progress,
)
from coordinator_app.core.text import fold
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.core.volunteers import VolunteerData, find_duplicates, validate_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, Staff, Village, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

_TEXT_FIELDS = {
    VOLUNTEERS: ("email", "id_document", "skills", "notes"),
    CLIENTS: ("directions", "contact_name", "notes_for_volunteer"),
}


def _read(errors: list[FieldError], func: Callable[[], Any]) -> Any:
    try:
        return func()
    except FieldError as error:
        errors.append(error)
        return None


def _fill_person(data: Any, values: dict[str, Any], surname_first: bool, errors: list[FieldError]) -> None:
    """Name and address, from combined or separate columns (a separate column wins)."""
    if values.get("full_name") not in (None, ""):
        name = _read(errors, lambda: f.split_name(values["full_name"], surname_first))
        if name is not None:
            data.first_name, data.last_name = name.first_name, name.last_name
            if hasattr(data, "second_name"):
                data.second_name = name.second_name
    for key in ("first_name", "last_name"):
        if values.get(key) not in (None, ""):
            setattr(data, key, f.text(values[key]))
    if values.get("address") not in (None, ""):
        address = f.split_address(values["address"])
        for key in ("street", "house_number", "flat_number", "postal_code", "locality", "post_office"):
            setattr(data, key, getattr(address, key) or getattr(data, key))
    for key in ("street", "house_number", "flat_number", "postal_code", "locality", "post_office"):
        if values.get(key) not in (None, ""):
            value = f.text(values[key])
            setattr(data, key, value.zfill(5) if key == "postal_code" and value.isdigit() else value)
    if "phone" in values:
        data.phone = f.phone_text(values["phone"]) or None
    if "sex" in values:
        data.sex = _read(errors, lambda: f.parse_sex(values["sex"]))


def volunteer_data(values: dict[str, Any], surname_first: bool, errors: list[FieldError]) -> VolunteerData:
    data = VolunteerData()
    _fill_person(data, values, surname_first, errors)
    if values.get("pesel") not in (None, ""):
        data.pesel = f.pesel_text(values["pesel"])
    for key in ("birth_date", "application_date", "start_date"):
        if key in values:
            setattr(data, key, _read(errors, partial(f.parse_date, values[key], key)))
    for key in _TEXT_FIELDS[VOLUNTEERS]:
        if key in values:
            setattr(data, key, f.text(values[key]) or None)
    if data.start_date is not None:
        data.status = VolunteerStatus.ACTIVE.value
        data.application_date = data.application_date or data.start_date
    return data


def client_data(
    values: dict[str, Any], surname_first: bool, errors: list[FieldError], workers: dict[str, int]
) -> ClientData:
    data = ClientData()
    _fill_person(data, values, surname_first, errors)
    if "birth_year" in values:
        data.birth_year = _read(errors, lambda: f.parse_year(values["birth_year"]))
    if "assessment_valid_until" in values:
        data.assessment_valid_until = _read(
            errors, lambda: f.parse_date(values["assessment_valid_until"], "assessment_valid_until")
        )
    for key in _TEXT_FIELDS[CLIENTS]:
        if key in values:
            setattr(data, key, f.text(values[key]) or None)
    if "contact_phone" in values:
        data.contact_phone = f.phone_text(values["contact_phone"]) or None
    data.type_codes = _client_types(values.get("client_type"), errors)
    worker = fold(f.text(values.get("social_worker")))
    if worker:
        data.social_worker_id = workers.get(worker) or workers.get(" ".join(reversed(worker.split())))
        if data.social_worker_id is None:
            errors.append(
                FieldError("social_worker_id", _("There is no such social worker in the staff list."))
            )
    elif len(set(workers.values())) == 1:
        data.social_worker_id = next(iter(workers.values()))  # the only social worker there is
    return data


def _client_types(cell: Any, errors: list[FieldError]) -> set[str]:
    labels = {fold(_(label)): code for code, label in CLIENT_TYPE_LABELS.items()}
    labels |= {fold(label): code for code, label in CLIENT_TYPE_LABELS.items()}
    labels |= {
        "senior": "senior",
        "seniorka": "senior",
        "osoba starsza": "senior",
        "niepelnosprawny": "disabled",
        "niepelnosprawna": "disabled",
        "rodzina": "family",
        "samotny": "alone",
        "samotna": "alone",
    }
    codes: set[str] = set()
    for part in f.text(cell).replace(";", ",").split(","):
        key = fold(part).strip()
        if not key:
            continue
        if key in labels:
            codes.add(labels[key])
        else:
            errors.append(
                FieldError("type_codes", _('"{value}" is not a client type.').format(value=part.strip()))
            )
    return codes or ({"other"} if cell in (None, "") else set())


def _staff_names(db: Database) -> dict[str, int]:
    with db.session() as session:
        rows = session.execute(
            select(Staff.id, Staff.first_name, Staff.last_name).where(Staff.is_social_worker, Staff.active)
        ).all()
    return {fold(f"{first} {last}"): sid for sid, first, last in rows}


def _villages(db: Database) -> set[str]:
    with db.session() as session:
        return {fold(name) for name in session.scalars(select(Village.name))}


def read_rows(db: Database, preview: Preview, today: dt.date, check: Progress) -> None:
    kind = preview.kind
    name_column = next((i for i, key in preview.mapping.items() if key == "full_name"), None)
    surname_first = name_column is not None and f.surname_first(preview.headers[name_column])
    workers = _staff_names(db) if kind == CLIENTS else {}
    villages = _villages(db)
    finder = _DuplicateFinder(db, kind)
    seen: dict[tuple[Any, ...], int] = {}
    total = len(preview.rows)
    for done, row in enumerate(preview.rows, start=1):
        values = cell_values(row.cells, preview.mapping)
        errors: list[FieldError] = []
        data: Any
        if kind == VOLUNTEERS:
            data = volunteer_data(values, surname_first, errors)
        else:
            data = client_data(values, surname_first, errors, workers)
        try:
            clean = validate_volunteer(data, today) if kind == VOLUNTEERS else validate_client(data, today)
        except ValidationErrors as invalid:
            errors.extend(invalid.errors)
            clean = None
        if any(error.field == "full_name" for error in errors):
            errors = [e for e in errors if e.field not in ("first_name", "last_name")]
        row.errors = field_errors(kind, errors)
        if clean is not None and not errors:
            row.data = clean
            row.village = clean.locality
            if fold(clean.locality) not in villages:
                preview.unknown_villages.setdefault(fold(clean.locality), clean.locality)
            for key in finder.keys(clean):
                if key in seen:
                    row.same_as_row = seen[key]
                    break
            for key in finder.keys(clean):
                seen.setdefault(key, row.number)
            row.duplicates = finder.find(clean)
            if row.is_duplicate:
                row.choice = SKIP
        report_progress(check, done, total)


class _DuplicateFinder:
    """Probable duplicates in the database. Volunteers go through the volunteers' own check
    (`find_duplicates`: the same PESEL, or the same name and birth date), asked only for rows a
    PESEL or birth date already in the database could match; clients (who have no such check
    yet) match on the same name and the same year of birth or the same address."""

    def __init__(self, db: Database, kind: str) -> None:
        self.db = db
        self.kind = kind
        with db.session() as session:
            if kind == VOLUNTEERS:
                rows = session.execute(select(Volunteer.pesel, Volunteer.birth_date)).all()
                self.pesels = {pesel for pesel, _birth in rows if pesel}
                self.births = {birth for _pesel, birth in rows}
            else:
                self.clients: dict[str, list[tuple[int, str, int | None, str]]] = {}
                for cid, code, first, last, year, locality, house in session.execute(
                    select(
                        Client.id,
                        Client.code,
                        Client.first_name,
                        Client.last_name,
                        Client.birth_year,
                        Client.locality,
                        Client.house_number,
                    )
                ):
                    key = fold(f"{first} {last}")
                    place = fold(f"{locality} {house}")
                    self.clients.setdefault(key, []).append((cid, f"{code} {last} {first}", year, place))

    def keys(self, data: Any) -> list[tuple[Any, ...]]:
        name = (fold(data.first_name), fold(data.last_name))
        if self.kind == VOLUNTEERS:
            keys: list[tuple[Any, ...]] = [(*name, data.birth_date)]
            return [("pesel", data.pesel), *keys] if data.pesel else keys
        return [(*name, fold(f"{data.locality} {data.house_number}"))]

    def find(self, data: Any) -> list[Duplicate]:
        if self.kind == VOLUNTEERS:
            if data.pesel not in self.pesels and data.birth_date not in self.births:
                return []
            return [
                Duplicate(hint.volunteer_id, f"{hint.full_name}, {format_date(hint.birth_date)}", hint.reason)
                for hint in find_duplicates(self.db, data)
            ]
        place = fold(f"{data.locality} {data.house_number}")
        found = []
        for cid, label, year, other_place in self.clients.get(
            fold(f"{data.first_name} {data.last_name}"), []
        ):
            if place == other_place:
                found.append(Duplicate(cid, label, _("the same name and address")))
            elif data.birth_year is not None and year == data.birth_year:
                found.append(Duplicate(cid, label, _("the same name and year of birth")))
        return found
