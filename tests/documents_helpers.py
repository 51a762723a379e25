"""A small, fully known organisation for the document tests: one adult volunteer (a woman), one
minor, one child, agreements, confirmed and unconfirmed hours, a client, a training."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.issuing.organisation import OrganisationData, update_organisation
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, AgreementActivity, AgreementAnnex
from tests.factories import (
    agreement_row,
    assignment_row,
    attendance_row,
    client_row,
    hours_row,
    save,
    schedule_row,
    session_of,
    staff_row,
    training_row,
    volunteer_row,
)

TODAY = dt.date(2025, 11, 20)
CLIENT_NAME = ("Zdzisław", "Tajemniczy")
CLIENT_ADDRESS = "Sekretna 7"
TERMINATION_TERMS = "Każda ze stron może rozwiązać porozumienie z zachowaniem 7-dniowego okresu wypowiedzenia"


def organisation() -> OrganisationData:
    return OrganisationData(
        full_name="Gminny Ośrodek Pomocy Społecznej w Łęczycy Małej",
        short_name="GOPS w Łęczycy Małej",
        kind="GOPS",
        street="Źródlana",
        house_number="5",
        postal_code="62-200",
        locality="Łęczyca Mała",
        phone="61 123 45 67",
        email="gops@example.pl",
        nip="6891331953",
        regon="184042151",
        gmina="Łęczyca Mała",
        powiat="gnieźnieński",
        voivodeship="wielkopolskie",
        manager_name="Grażyna Żółtowska",
        manager_position="Kierownik",
        coordinator_name="Łukasz Śliwiński",
        coordinator_phone="600 700 800",
        coordinator_email="koordynator@example.pl",
        dpo_name="Jan Iodowski",
        dpo_contact="iod@example.pl",
        place_for_dates="Łęczyca Mała",
        nnw_insurer="Towarzystwo Ubezpieczeń Żuraw S.A.",
        nnw_policy="NNW/2025/77",
        footer="GOPS w Łęczycy Małej · www.example.pl",
    )


@dataclass
class World:
    adult: int  # Żaneta Żółć (K)
    man: int  # Mirosław Łukasiewicz (M)
    minor: int  # 15 years old
    child: int  # 11 years old
    agreement: int  # adult, one year
    short_agreement: int  # man, 14 days (NNW)
    minor_agreement: int
    child_agreement: int
    assignment: int
    client: int
    training: int
    annex: int


def _volunteer(session: Session, first: str, last: str, sex: str, born: dt.date, **extra: object) -> int:
    extra.setdefault("pesel", None)
    row = volunteer_row(
        f"{last} {first}",
        sex=sex,
        birth_date=born,
        house_number="132",
        application_date=dt.date(2024, 1, 1),
        **extra,
    )
    return save(session, row)


def _agreement(
    session: Session, number: str, volunteer: int, start: dt.date, end: dt.date | None, activities: list[int]
) -> int:
    row = agreement_row(
        volunteer,
        number,
        concluded_in="Łęczyca Mała",
        period_from=start,
        period_to=end,
        scope="Pomoc osobom starszym w codziennych sprawach",
        manner="W miejscu zamieszkania podopiecznych, osobiście, pod nadzorem koordynatora",
        time_commitment="średnio 4 godziny tygodniowo",
        termination_terms=TERMINATION_TERMS,
    )
    agreement_id = save(session, row)
    for activity in activities:
        session.add(AgreementActivity(agreement_id=agreement_id, activity_type_id=activity))
    return agreement_id


def build_world(db: Database) -> World:
    update_organisation(db, organisation())
    with session_of(db) as s:
        codes = dict(s.execute(select(ActivityType.code, ActivityType.id)).all())
        s.add(staff_row("Żółtowska Grażyna", position="Kierownik", is_signatory=True, sex="K"))
        adult = _volunteer(s, "Żaneta", "Żółć", "K", dt.date(1944, 5, 14), pesel="44051401458")
        man = _volunteer(s, "Mirosław", "Łukasiewicz", "M", dt.date(1980, 3, 3))
        minor = _volunteer(
            s,
            "Ola",
            "Źrebięcka",
            "K",
            dt.date(2010, 2, 1),
            guardian_name="Bożena Źrebięcka",
            guardian_sex="K",
            guardian_relation="matka",
            guardian_phone="+48600111222",
        )
        child = _volunteer(
            s,
            "Staś",
            "Mały",
            "M",
            dt.date(2014, 6, 1),
            guardian_name="Piotr Mały",
            guardian_sex="M",
            guardian_relation="ojciec",
        )
        agreement = _agreement(
            s, "W/1/2025", adult, dt.date(2025, 1, 2), dt.date(2025, 12, 31), [codes["ZAK"], codes["TOW"]]
        )
        short = _agreement(s, "W/2/2025", man, dt.date(2025, 6, 1), dt.date(2025, 6, 14), [codes["IMP"]])
        minor_agreement = _agreement(
            s, "W/3/2025", minor, dt.date(2025, 3, 1), dt.date(2025, 6, 30), [codes["EDU"]]
        )
        child_agreement = _agreement(
            s, "W/4/2025", child, dt.date(2025, 3, 1), dt.date(2025, 6, 30), [codes["CZW"]]
        )
        client = save(
            s, client_row("K-001", f"{CLIENT_NAME[1]} {CLIENT_NAME[0]}", street="Sekretna", house_number="7")
        )
        assignment = save(
            s,
            assignment_row(
                adult,
                agreement,
                codes["ZAK"],
                number="PRZ/1/2025",
                client_id=client,
                date_from=dt.date(2025, 2, 1),
                place="miejsce zamieszkania podopiecznego",
            ),
        )
        s.add(schedule_row(assignment, 1, dt.time(16), dt.time(18)))
        entries = [
            (dt.date(2025, 3, 4), 90, "ZAK", "confirmed", f"zakupy dla {CLIENT_NAME[0]} {CLIENT_NAME[1]}"),
            (dt.date(2025, 3, 11), 60, "ZAK", "confirmed", f"{CLIENT_ADDRESS}: apteka"),
            (dt.date(2025, 4, 2), 120, "TOW", "confirmed", "rozmowa"),
            (dt.date(2025, 4, 9), 600, "TOW", "done", "niezatwierdzone"),
            (dt.date(2025, 5, 9), 30, "ZAK", "cancelled", "odwołane"),
        ]
        for day, minutes, code, status, description in entries:
            s.add(
                hours_row(
                    adult,
                    day,
                    minutes,
                    codes[code],
                    assignment_id=assignment,
                    description=description,
                    status=status,
                )
            )
        s.add(hours_row(man, dt.date(2025, 6, 3), 60, codes["IMP"]))
        training = save(
            s,
            training_row(
                title="Bezpieczeństwo w domu seniora",
                category="safety",
                session_date=dt.date(2025, 2, 10),
                duration_minutes=150,
                place="Świetlica w Mnichowie",
                trainer_name="Józef Ćwik",
                trainer_organisation="Straż Pożarna",
                programme="Ochrona przeciwpożarowa\nPierwsza pomoc",
            ),
        )
        s.add(attendance_row(training, adult))
        s.add(attendance_row(training, man, "absent"))
        annex = AgreementAnnex(
            agreement_id=agreement,
            number="AN/1/2025",
            signed_on=dt.date(2025, 5, 5),
            changes="Rozszerzenie zakresu o spacery\nZmiana wymiaru na 6 godzin tygodniowo",
        )
        s.add(annex)
        s.flush()
        return World(
            adult,
            man,
            minor,
            child,
            agreement,
            short,
            minor_agreement,
            child_agreement,
            assignment,
            client,
            training,
            annex.id,
        )


def pdf_text(data: bytes | Path) -> str:
    """All text of a PDF, page after page, read back with PDFium."""
    import pypdfium2 as pdfium

    raw = data.read_bytes() if isinstance(data, Path) else data
    document = pdfium.PdfDocument(io.BytesIO(raw))
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages).replace("\r", "")
    finally:
        document.close()


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed, for phrases broken across lines."""
    return " ".join(text.replace("\u00a0", " ").split())
