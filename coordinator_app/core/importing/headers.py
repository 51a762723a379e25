"""The header row and the columns: which row holds the headers, which column is which field.

Headers are matched after folding (no case, no diacritics, no punctuation) against the ways
people really write them in Polish and English ("Imię i nazwisko", "Nazwisko Imię", "Tel.",
"Nr telefonu", "Data ur."). A mapping the coordinator corrected is remembered per kind in the
settings table and applied first to the next file's headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from coordinator_app.core.importing.sources import Cell
from coordinator_app.core.settings import AppSetting
from coordinator_app.core.text import fold
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _

VOLUNTEERS, CLIENTS, HOURS = "volunteers", "clients", "hours"
KINDS = (VOLUNTEERS, CLIENTS, HOURS)
HEADER_SEARCH_ROWS = 30
IGNORE = ""


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # marked with N_, shown translated
    aliases: tuple[str, ...]  # folded

    @property
    def title(self) -> str:
        return _(self.label)


_NAME = (
    FieldSpec(
        "full_name",
        N_("First name and surname"),
        (
            "imie i nazwisko",
            "imie nazwisko",
            "nazwisko i imie",
            "nazwisko imie",
            "imiona i nazwisko",
            "nazwisko i imiona",
            "name",
            "full name",
            "name and surname",
            "wolontariusz",
            "wolontariuszka",
            "osoba",
            "klient",
            "klientka",
            "podopieczny",
            "podopieczna",
        ),
    ),
    FieldSpec("first_name", N_("First name"), ("imie", "imiona", "first name", "given name", "forename")),
    FieldSpec("last_name", N_("Surname"), ("nazwisko", "last name", "surname", "family name")),
)
_ADDRESS = (
    FieldSpec(
        "address", N_("Address (in one column)"), ("adres", "adres zamieszkania", "address", "home address")
    ),
    FieldSpec("street", N_("Street"), ("ulica", "ul", "street")),
    FieldSpec("house_number", N_("House number"), ("nr domu", "numer domu", "nr", "house number", "number")),
    FieldSpec(
        "flat_number", N_("Flat number"), ("nr mieszkania", "nr lokalu", "lokal", "m", "flat", "apartment")
    ),
    FieldSpec(
        "postal_code",
        N_("Postal code"),
        ("kod", "kod pocztowy", "postal code", "zip", "zip code", "postcode"),
    ),
    FieldSpec(
        "locality",
        N_("Locality"),
        ("miejscowosc", "miasto", "wies", "locality", "town", "city", "village", "solectwo"),
    ),
    FieldSpec("post_office", N_("Post office"), ("poczta", "post office")),
)
_PHONE = FieldSpec(
    "phone",
    N_("Phone"),
    (
        "tel",
        "telefon",
        "nr telefonu",
        "nr tel",
        "numer telefonu",
        "tel kom",
        "telefon kontaktowy",
        "komorka",
        "phone",
        "phone number",
        "mobile",
        "kontakt",
    ),
)
_SEX = FieldSpec("sex", N_("Sex"), ("plec", "sex", "gender", "k m", "k/m"))
_PESEL = FieldSpec("pesel", N_("PESEL"), ("pesel", "nr pesel", "numer pesel"))

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    VOLUNTEERS: (
        *_NAME,
        _PESEL,
        FieldSpec(
            "birth_date",
            N_("Date of birth"),
            (
                "data ur",
                "data urodzenia",
                "ur",
                "urodzony",
                "urodzona",
                "urodzony a",
                "date of birth",
                "birth date",
                "birthdate",
                "dob",
            ),
        ),
        _SEX,
        _PHONE,
        FieldSpec("email", N_("E-mail"), ("email", "e mail", "mail", "adres email", "adres e mail")),
        *_ADDRESS,
        FieldSpec(
            "id_document",
            N_("ID document"),
            (
                "dowod",
                "nr dowodu",
                "dowod osobisty",
                "seria i nr dowodu",
                "seria i numer dowodu",
                "nr dowodu osobistego",
                "id document",
                "id card",
                "document",
            ),
        ),
        FieldSpec("skills", N_("Skills"), ("umiejetnosci", "skills", "zainteresowania")),
        FieldSpec(
            "application_date",
            N_("Application date"),
            ("data zgloszenia", "zgloszenie", "zgloszony", "application date"),
        ),
        FieldSpec(
            "start_date",
            N_("Start date"),
            ("data rozpoczecia", "od kiedy", "wolontariusz od", "start date", "since"),
        ),
        FieldSpec("notes", N_("Notes"), ("uwagi", "notatki", "notes", "comments", "remarks")),
    ),
    CLIENTS: (
        *_NAME,
        _SEX,
        FieldSpec(
            "birth_year",
            N_("Year of birth"),
            (
                "rok urodzenia",
                "rocznik",
                "rok ur",
                "data ur",
                "data urodzenia",
                "year of birth",
                "birth year",
            ),
        ),
        _PHONE,
        *_ADDRESS,
        FieldSpec(
            "client_type",
            N_("Client type"),
            ("typ", "typ klienta", "kategoria", "rodzaj", "client type", "type"),
        ),
        FieldSpec(
            "social_worker",
            N_("Social worker"),
            ("pracownik socjalny", "pracownik", "ps", "social worker", "opiekun z ops"),
        ),
        FieldSpec(
            "assessment_valid_until",
            N_("Needs assessment valid until"),
            (
                "ocena wazna do",
                "ocena potrzeb do",
                "ocena potrzeb wazna do",
                "diagnoza do",
                "assessment valid until",
            ),
        ),
        FieldSpec(
            "directions", N_("Directions"), ("dojazd", "wskazowki dojazdu", "jak dojechac", "directions")
        ),
        FieldSpec(
            "contact_name", N_("Contact person"), ("osoba kontaktowa", "kontakt do rodziny", "contact person")
        ),
        FieldSpec(
            "contact_phone",
            N_("Contact person's phone"),
            ("tel osoby kontaktowej", "telefon rodziny", "contact phone"),
        ),
        FieldSpec(
            "notes_for_volunteer",
            N_("Notes for the volunteer"),
            ("uwagi dla wolontariusza", "notes for volunteer"),
        ),
    ),
    HOURS: (
        *_NAME,
        _PESEL,
        FieldSpec("work_date", N_("Date"), ("data", "dzien", "data wykonania", "date", "day")),
        FieldSpec("month", N_("Month"), ("miesiac", "okres", "miesiac rok", "month", "period")),
        FieldSpec(
            "hours",
            N_("Hours"),
            ("godziny", "liczba godzin", "ilosc godzin", "godz", "h", "czas", "czas pracy", "hours", "time"),
        ),
        FieldSpec(
            "activity",
            N_("Activity type"),
            (
                "rodzaj dzialania",
                "dzialanie",
                "rodzaj pomocy",
                "czynnosc",
                "rodzaj wsparcia",
                "activity",
                "activity type",
            ),
        ),
        FieldSpec("description", N_("Description"), ("opis", "uwagi", "description", "notes")),
    ),
}


def field_specs(kind: str) -> tuple[FieldSpec, ...]:
    return FIELDS[kind]


def field_label(kind: str, key: str) -> str:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec.title
    return key


def header_key(cell: Cell) -> str:
    """A header as it is compared: folded, punctuation as spaces, spaces collapsed."""
    text = fold(str(cell)) if cell is not None else ""
    return " ".join(re.sub(r"[^\w/]+", " ", text).replace("_", " ").split())


def _match(key: str, specs: Sequence[FieldSpec], taken: set[str]) -> str | None:
    """The field whose alias equals the header, else whose alias the header starts with
    (the longest such alias wins: "nr telefonu komorkowego" is a phone, not a house number)."""
    if not key:
        return None
    for spec in specs:
        if spec.key not in taken and key in spec.aliases:
            return spec.key
    best: tuple[int, str] | None = None
    for spec in specs:
        if spec.key in taken:
            continue
        for alias in spec.aliases:
            fits = len(alias) >= 3 and (key.startswith(alias + " ") or key.endswith(" " + alias))
            if fits and (best is None or len(alias) > best[0]):
                best = (len(alias), spec.key)
    return best[1] if best else None


def detect_header_row(rows: Sequence[Sequence[Cell]], kind: str) -> int:
    """The index of the row that looks most like headers among the first rows (title rows
    and merged banners above it are skipped); 0 when nothing looks like one."""
    specs = FIELDS[kind]
    best_index, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        taken: set[str] = set()
        for cell in row:
            if isinstance(cell, str):
                found = _match(header_key(cell), specs, taken)
                if found:
                    taken.add(found)
        if len(taken) > best_score:
            best_index, best_score = index, len(taken)
    return best_index


def auto_mapping(
    headers: Sequence[Cell], kind: str, remembered: dict[str, str] | None = None
) -> dict[int, str]:
    """Column index → field key for every header recognised; the remembered choices first."""
    specs = FIELDS[kind]
    known = {spec.key for spec in specs}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, cell in enumerate(headers):
        chosen = (remembered or {}).get(header_key(cell))
        if chosen is not None and (chosen == IGNORE or (chosen in known and chosen not in taken)):
            mapping[index] = chosen
            if chosen:
                taken.add(chosen)
    for index, cell in enumerate(headers):
        if index in mapping:
            continue
        found = _match(header_key(cell), specs, taken)
        if found:
            mapping[index] = found
            taken.add(found)
    return {index: key for index, key in mapping.items() if key}


def _setting(kind: str) -> AppSetting[str]:
    return AppSetting(f"import_mapping_{kind}", str, "")


def remembered_mapping(db: Database, kind: str) -> dict[str, str]:
    """Folded header → field key (or IGNORE) the coordinator chose last time."""
    try:
        value = json.loads(settings_store.read(db, _setting(kind)) or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def remember_mapping(db: Database, kind: str, headers: Sequence[Cell], mapping: dict[int, str]) -> None:
    """Keep the choice for each named header of this file (merged into what was kept)."""
    kept = remembered_mapping(db, kind)
    for index, cell in enumerate(headers):
        key = header_key(cell)
        if key:
            kept[key] = mapping.get(index, IGNORE)
    settings_store.write(db, _setting(kind), json.dumps(kept, ensure_ascii=False, sort_keys=True))
