"""The Polish letter answering an access request (art. 15 RODO): the information art. 15 ust. 1
requires, in the person's own grammatical gender, and the copy of their data (art. 15 ust. 3).

Documents are in Polish whatever the screen language, like every printed document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from coordinator_app.core.issuing.common import letterhead, postal_address
from coordinator_app.core.issuing.organisation import (
    DEFAULT_RETENTION,
    OrganisationData,
    organisation_from_session,
)
from coordinator_app.core.privacy.access import PersonExport, PersonRole
from coordinator_app.core.privacy.access_labels import COLUMN_LABELS, SKIPPED_IN_PRINT, TABLE_LABELS
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, Volunteer
from coordinator_app.i18n.polish import long_date

PURPOSES = {
    PersonRole.VOLUNTEER: [
        "zawarcie i wykonanie porozumienia wolontariackiego (art. 6 ust. 1 lit. b RODO, art. 44 ustawy "
        "o działalności pożytku publicznego i o wolontariacie);",
        "wypełnienie obowiązków prawnych: wydawanie zaświadczeń, ubezpieczenie, weryfikacja osób "
        "pracujących z małoletnimi (art. 6 ust. 1 lit. c i art. 10 RODO, art. 21 ustawy o przeciwdziałaniu "
        "zagrożeniom przestępczością na tle seksualnym i ochronie małoletnich);",
        "archiwizacja dokumentów (art. 6 ust. 1 lit. c RODO, przepisy o narodowym zasobie archiwalnym);",
        "informacje o zdrowiu – wyłącznie na podstawie wyraźnej zgody (art. 9 ust. 2 lit. a RODO).",
    ],
    PersonRole.GUARDIAN: [
        "wyrażenie zgody i reprezentowanie małoletniego wolontariusza przy zawarciu porozumienia "
        "(art. 6 ust. 1 lit. b i c RODO);",
        "kontakt w sprawach bezpieczeństwa małoletniego wolontariusza (art. 6 ust. 1 lit. c RODO).",
    ],
    PersonRole.CLIENT: [
        "realizacja zadań pomocy społecznej, w tym organizacja wsparcia wolontariuszy (art. 6 ust. 1 "
        "lit. c i e RODO, art. 100 ust. 2 ustawy o pomocy społecznej);",
        "informacje o stanie zdrowia potrzebne do dopasowania pomocy (art. 9 ust. 2 lit. b i h RODO).",
    ],
}
RECIPIENTS = (
    "Dane mogą być udostępniane wyłącznie podmiotom uprawnionym na podstawie przepisów prawa "
    "(np. ubezpieczycielowi w zakresie ubezpieczenia NNW, organom kontroli) oraz dostawcom usług "
    "informatycznych działającym na zlecenie administratora. Dane nie są przekazywane do państw "
    "trzecich ani organizacji międzynarodowych."
)
SOURCES = {
    PersonRole.VOLUNTEER: "Dane pochodzą od {osoby} – ze zgłoszenia, porozumienia i składanych oświadczeń – "
    "a dane o godzinach i szkoleniach z ewidencji prowadzonej przez ośrodek.",
    PersonRole.GUARDIAN: "Dane pochodzą od {osoby} – z formularza zgody przedstawiciela ustawowego.",
    PersonRole.CLIENT: "Dane pochodzą od {osoby} oraz z dokumentacji pracownika socjalnego ośrodka "
    "w zakresie potrzebnym do zorganizowania pomocy.",
}


@dataclass(frozen=True)
class CopySection:
    title: str
    records: list[list[tuple[str, str]]]  # each record: (label, value) pairs


@dataclass
class AccessLetter:
    organisation: str
    head: dict[str, Any]
    place: str
    date: dt.date
    addressee: list[str]
    title: str
    opening: str
    sections: list[tuple[str, list[str]]]
    withheld: list[str]
    copy: list[CopySection] = field(default_factory=list)
    signatory: str = ""
    signatory_position: str = ""


def _forms(sex: str | None) -> dict[str, str]:
    """The addressee's forms: Pani / Pana / Panią; unknown sex gets both, as in official letters."""
    if sex == "K":
        return {"pani": "Pani", "pania": "Panią", "osoby": "Pani"}
    if sex == "M":
        return {"pani": "Pana", "pania": "Pana", "osoby": "Pana"}
    return {"pani": "Pani/Pana", "pania": "Panią/Pana", "osoby": "Pani/Pana"}


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "tak"
    if value is False:
        return "nie"
    text = str(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        day = f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
        return f"{day} {text[11:16]}" if len(text) >= 16 and text[10] == "T" else day
    return text


def copy_sections(export: PersonExport) -> list[CopySection]:
    sections = []
    for table, rows in export.tables.items():
        records = [
            [
                (COLUMN_LABELS.get(key, key.replace("_", " ")), _value(value))
                for key, value in row.items()
                if key not in SKIPPED_IN_PRINT and value not in (None, "")
            ]
            for row in rows
        ]
        label = TABLE_LABELS.get(table, table)
        if export.person.role is PersonRole.GUARDIAN and table == "volunteers":
            label = GUARDIAN_RECORD
        sections.append(CopySection(f"{label} ({len(rows)})", records))
    return sections


def _address_and_sex(db: Database, export: PersonExport) -> tuple[list[str], str | None]:
    with db.session() as session:
        if export.person.role is PersonRole.CLIENT:
            client = session.get(Client, export.person.record_id)
            assert client is not None
            address = postal_address(
                client.street,
                client.house_number,
                client.flat_number,
                client.postal_code,
                client.locality,
                client.post_office,
            )
            return [export.name, *address.split(", ", 1)], client.sex
        volunteer = session.get(Volunteer, export.person.record_id)
        assert volunteer is not None
        if export.person.role is PersonRole.GUARDIAN:
            return [export.name, volunteer.guardian_address or ""], volunteer.guardian_sex
        address = postal_address(
            volunteer.street,
            volunteer.house_number,
            volunteer.flat_number,
            volunteer.postal_code,
            volunteer.locality,
            volunteer.post_office,
        )
        return [export.name, *address.split(", ", 1)], volunteer.sex


GUARDIAN_RECORD = "Dane przedstawiciela ustawowego zapisane przy wolontariuszu"
RIGHTS = [
    "dostępu do danych oraz otrzymania ich kopii (art. 15 RODO);",
    "sprostowania danych nieprawidłowych lub uzupełnienia niekompletnych (art. 16 RODO);",
    "usunięcia danych – w zakresie, w jakim nie ogranicza tego obowiązek ich przechowywania (art. 17 RODO);",
    "ograniczenia przetwarzania (art. 18 RODO);",
    "sprzeciwu wobec przetwarzania w interesie publicznym (art. 21 RODO);",
]
PORTABILITY = (
    "przeniesienia danych przetwarzanych na podstawie porozumienia (art. 20 RODO) – dane "
    "przekazujemy także w plikach JSON i XLSX;"
)
WITHDRAWAL = (
    "cofnięcia zgody w dowolnym momencie – w zakresie danych przetwarzanych na podstawie zgody; "
    "cofnięcie nie wpływa na zgodność z prawem przetwarzania sprzed cofnięcia (art. 7 ust. 3 RODO);"
)
COMPLAINT = "wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa)."
NO_AUTOMATION = "Dane nie są wykorzystywane do zautomatyzowanego podejmowania decyzji, w tym profilowania."
NO_DPO = "dane kontaktowe inspektora ochrony danych są dostępne w siedzibie ośrodka"
RESTRICTED = (
    "Od {date} przetwarzanie danych jest ograniczone (art. 18 RODO): dane są wyłącznie przechowywane."
)


def _opening(sex: str | None, forms: dict[str, str], name: str, received_on: dt.date | None) -> str:
    if sex == "K":
        greeting = "Szanowna Pani,"
    elif sex == "M":
        greeting = "Szanowny Panie,"
    else:
        greeting = "Szanowni Państwo,"
    when = f" z dnia {long_date(received_on)}" if received_on else ""
    return (
        f"{greeting}\nw odpowiedzi na żądanie{when} (art. 15 RODO) potwierdzamy, że {name} przetwarza "
        f"dane osobowe {forms['osoby']}. Poniżej przekazujemy informacje wymagane przez art. 15 ust. 1 RODO, "
        "a w załączeniu – kopię danych (art. 15 ust. 3 RODO). Pierwsza kopia jest bezpłatna."
    )


def _sections(
    export: PersonExport, org: OrganisationData, head: dict[str, Any], forms: dict[str, str]
) -> list[tuple[str, list[str]]]:
    name = org.full_name or "Ośrodek"
    address = str((head.get("lines") or [""])[0])
    dpo = ", ".join(part for part in (org.dpo_name, org.dpo_contact) if part) or NO_DPO
    extra = [PORTABILITY, WITHDRAWAL] if export.person.role is PersonRole.VOLUNTEER else []
    if export.person.role is PersonRole.GUARDIAN:
        extra = [WITHDRAWAL]
    rights = [*RIGHTS, *extra, COMPLAINT]
    sections = [
        (
            "Administrator i inspektor ochrony danych",
            [
                f"Administratorem danych jest {name}" + (f", {address}." if address else "."),
                f"Inspektor ochrony danych: {dpo}.",
            ],
        ),
        ("Cele i podstawy prawne przetwarzania", PURPOSES[export.person.role]),
        ("Kategorie przetwarzanych danych", [section.title for section in copy_sections(export)]),
        ("Odbiorcy danych", [RECIPIENTS]),
        ("Okres przechowywania", [f"Dane przechowujemy {org.gdpr_retention or DEFAULT_RETENTION}."]),
        (f"Przysługujące {forms['pani']} prawa", rights),
        ("Źródło danych", [SOURCES[export.person.role].format(osoby=forms["osoby"])]),
        ("Zautomatyzowane podejmowanie decyzji", [NO_AUTOMATION]),
    ]
    if export.restricted_on:
        sections.append(
            ("Ograniczenie przetwarzania", [RESTRICTED.format(date=long_date(export.restricted_on))])
        )
    return sections


def build_access_letter(
    db: Database, export: PersonExport, *, received_on: dt.date | None = None
) -> AccessLetter:
    addressee, sex = _address_and_sex(db, export)
    forms = _forms(sex)
    with db.session() as session:
        org = organisation_from_session(session)
    head = letterhead(org)
    name = org.full_name or "Ośrodek"
    return AccessLetter(
        organisation=name,
        head=head,
        place=str(head.get("place") or ""),
        date=export.generated_on,
        addressee=[line for line in addressee if line],
        title="Informacja o przetwarzaniu danych osobowych",
        opening=_opening(sex, forms, name, received_on),
        sections=_sections(export, org, head, forms),
        withheld=list(export.withheld),
        copy=copy_sections(export),
        signatory=org.manager_name or "",
        signatory_position=org.manager_position or "Kierownik",
    )
