"""A small hand-made dataset for the summary and dashboard tests, with every expected figure
worked out by hand in the comments (the report period is March 2026; today is 10 April 2026).

Volunteers (age on 31.03.2026):
  V1 Anna, K, 35, Łąkie, Korpus member; 16 h confirmed in each month April 2025 – March 2026
  V2 Bartek, M, 15 (a minor), Żabno; first hours in March 2026, with travel costs
  V3 Celina, K, 76, no village (locality Kolonia); 6 h confirmed in each month Oct 2025 – Mar 2026
  V4 Dawid, M, 41, ended; hours only in February 2026
  V5 Ewa, K, 26, active; only hours done but not confirmed (March), no assignment
Clients: C1 Łąkie (senior, alone), C2 Żabno (family), C3 Łąkie (senior; assessment expired,
an open need without an assignment).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.core.settings import REPORT_HOUR_VALUE_GROSZE
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Attendance,
    Client,
    ClientType,
    HoursEntry,
    IssuedDocument,
    Need,
    Organisation,
    TrainingSession,
    Vetting,
    Village,
    Volunteer,
)

D = dt.date
TODAY = D(2026, 4, 10)
RATE_GROSZE = 2500  # 25 zł an hour, set in the settings


@dataclass(frozen=True)
class Ids:
    volunteers: dict[str, int]
    clients: dict[str, int]
    agreements: dict[str, int]
    assignments: dict[str, int]


def _volunteer(
    name: str, sex: str, born: D, village: int | None, locality: str, **extra: object
) -> Volunteer:
    return Volunteer(
        first_name=name,
        last_name=f"Testowa-{name}",
        sex=sex,
        birth_date=born,
        house_number="1",
        postal_code="62-200",
        locality=locality,
        village_id=village,
        status=extra.pop("status", "active"),
        application_date=D(2025, 1, 1),
        **extra,
    )


def _agreement(number: str, vid: int, concluded: D, start: D, end: D | None, **extra: object) -> Agreement:
    return Agreement(
        number=number,
        volunteer_id=vid,
        concluded_on=concluded,
        concluded_in="Modrzewo",
        period_from=start,
        period_to=end,
        scope="pomoc",
        manner="osobiście",
        time_commitment="2 godz. tygodniowo",
        termination_terms="7 dni",
        **extra,
    )


def _client(code: str, village: int, types: list[str], **extra: object) -> tuple[Client, list[str]]:
    client = Client(
        code=code,
        first_name="Jan",
        last_name=f"Klient-{code}",
        house_number="2",
        postal_code="62-200",
        locality="Modrzewo",
        village_id=village,
        status="active",
        **extra,
    )
    return client, types


def build(db: Database) -> Ids:
    settings_store.write(db, REPORT_HOUR_VALUE_GROSZE, RATE_GROSZE)
    with db.session() as s:
        act = {code: aid for aid, code in s.execute(select(ActivityType.id, ActivityType.code))}
        org = s.get(Organisation, 1)
        assert org is not None
        org.full_name = "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
        org.locality = "Modrzewo"
        org.nnw_insurer = "Towarzystwo Testowe"
        org.nnw_policy = "NNW/2026/1"
        org.nnw_valid_from = D(2026, 1, 1)
        org.nnw_valid_to = D(2026, 3, 25)
        lakie, zabno = Village(name="Łąkie"), Village(name="Żabno")
        s.add_all([lakie, zabno])
        s.flush()
        people = {
            "V1": _volunteer("Anna", "K", D(1990, 5, 1), lakie.id, "Łąkie", solidarity_corps=True),
            "V2": _volunteer("Bartek", "M", D(2010, 6, 15), zabno.id, "Żabno"),
            "V3": _volunteer("Celina", "K", D(1950, 1, 1), None, "Kolonia"),
            "V4": _volunteer("Dawid", "M", D(1985, 2, 2), lakie.id, "Łąkie", status="ended"),
            "V5": _volunteer("Ewa", "K", D(2000, 1, 1), zabno.id, "Żabno"),
        }
        s.add_all(people.values())
        clients = {
            "C1": _client("P-001", lakie.id, ["senior", "alone"], assessment_valid_until=D(2026, 12, 31)),
            "C2": _client("P-002", zabno.id, ["family"]),
            "C3": _client("P-003", lakie.id, ["senior"], assessment_valid_until=D(2026, 3, 1)),
        }
        s.add_all(client for client, _types in clients.values())
        s.flush()
        v = {key: row.id for key, row in people.items()}
        c = {key: row.id for key, (row, _types) in clients.items()}
        for key, (_row, types) in clients.items():
            s.add_all(ClientType(client_id=c[key], type_code=code) for code in types)
        s.add(Need(client_id=c["C3"], activity_type_id=act["TOW"], reported_on=D(2026, 3, 1), status="open"))

        agreements = {
            # long, in force
            "AG1": _agreement("W/1/2025", v["V1"], D(2025, 3, 20), D(2025, 4, 1), D(2026, 12, 31)),
            # 30 days, signed and ended in March; NNW needed, the OPS policy ends on 25.03: not covered
            "AG2": _agreement("W/2/2026", v["V2"], D(2026, 3, 2), D(2026, 3, 2), D(2026, 3, 31)),
            # indefinite: long, in force
            "AG3": _agreement("W/3/2025", v["V3"], D(2025, 9, 15), D(2025, 10, 1), None),
            # long, terminated early on 15.03
            "AG4": _agreement(
                "W/4/2026",
                v["V4"],
                D(2026, 1, 10),
                D(2026, 1, 10),
                D(2026, 6, 30),
                terminated_on=D(2026, 3, 15),
            ),
            # 20 days from 1.04: signed in March, not in force in March; ends within 30 days of today
            "AG5": _agreement("W/5/2026", v["V5"], D(2026, 3, 20), D(2026, 4, 1), D(2026, 4, 20)),
            # 14 days with its own NNW policy, ended 5.03
            "AG6": _agreement(
                "W/6/2026", v["V2"], D(2026, 2, 19), D(2026, 2, 20), D(2026, 3, 5), nnw_policy="NNW-WŁASNA/1"
            ),
        }
        s.add_all(agreements.values())
        s.flush()
        a = {key: row.id for key, row in agreements.items()}

        def assignment(
            vol: str, client: str | None, agr: str, code: str, status: str = "active", **kw: object
        ) -> int:
            row = Assignment(
                volunteer_id=v[vol],
                client_id=c[client] if client else None,
                agreement_id=a[agr],
                activity_type_id=act[code],
                form="individual" if client else "group",
                date_from=kw.pop("date_from", D(2025, 4, 1)),
                status=status,
                **kw,
            )
            s.add(row)
            s.flush()
            return row.id

        asg = {
            "A1": assignment("V1", "C1", "AG1", "TOW"),
            "A2": assignment("V1", None, "AG1", "ZAJ"),
            "A3": assignment("V2", "C2", "AG2", "EDU", involves_minors=True),
            "A4": assignment("V3", "C2", "AG3", "TOW"),
            "A5": assignment("V4", "C3", "AG4", "TOW", status="ended"),
            "A6": assignment("V3", "C1", "AG3", "SPA", date_from=D(2026, 2, 1)),  # no hours at all
        }

        def hours(
            vol: str,
            asg_key: str | None,
            day: D,
            minutes: int,
            code: str,
            status: str = "confirmed",
            **kw: object,
        ) -> None:
            s.add(
                HoursEntry(
                    volunteer_id=v[vol],
                    assignment_id=asg[asg_key] if asg_key else None,
                    work_date=day,
                    minutes=minutes,
                    activity_type_id=act[code],
                    source="paper",
                    status=status,
                    **kw,
                )
            )

        month = D(2025, 4, 1)
        while month < D(2026, 3, 1):  # V1: 16 h a month, April 2025 – February 2026
            hours("V1", "A1", month.replace(day=10), 960, "TOW")
            month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        hours("V1", "A1", D(2026, 3, 10), 600, "TOW")
        hours("V1", "A2", D(2026, 3, 12), 360, "ZAJ")
        hours("V1", "A1", D(2026, 3, 30), 60, "TOW", status="done")  # not confirmed yet
        hours("V1", "A1", D(2026, 4, 2), 120, "TOW", status="done")  # this month on the dashboard
        hours("V2", "A3", D(2026, 3, 15), 120, "EDU", travel_km=10, travel_cost_grosze=1150)
        for m in (10, 11, 12):  # V3: 6 h a month, October 2025 – March 2026
            hours("V3", "A4", D(2025, m, 5), 360, "TOW")
        for m in (1, 2, 3):
            hours("V3", "A4", D(2026, m, 5), 360, "TOW")
        hours("V3", "A4", D(2026, 3, 19), 240, "TOW", status="cancelled", travel_km=5, travel_cost_grosze=575)
        hours("V4", "A5", D(2026, 2, 14), 240, "TOW")
        hours("V5", None, D(2026, 3, 21), 300, "IMP", status="done")

        t1 = TrainingSession(
            title="Wprowadzenie", category="induction", session_date=D(2026, 3, 5), duration_minutes=180,
            trainer_name="Trener", cost_grosze=20000,
        )  # fmt: skip
        t2 = TrainingSession(
            title="Pierwsza pomoc", category="first_aid", session_date=D(2026, 3, 20), duration_minutes=120,
            trainer_name="Ratownik",
        )  # fmt: skip
        t3 = TrainingSession(
            title="Luty",
            category="gdpr",
            session_date=D(2026, 2, 10),
            duration_minutes=60,
            trainer_name="IOD",
        )
        s.add_all([t1, t2, t3])
        s.flush()
        s.add_all(
            [
                Attendance(session_id=t1.id, volunteer_id=v["V1"], status="present", minutes_attended=None),
                Attendance(session_id=t1.id, volunteer_id=v["V2"], status="partly", minutes_attended=90),
                Attendance(session_id=t1.id, volunteer_id=v["V3"], status="absent"),
                Attendance(
                    session_id=t2.id,
                    volunteer_id=v["V1"],
                    status="present",
                    minutes_attended=120,
                    certificate_number="S/1/2026",
                    certificate_issued_on=D(2026, 3, 21),
                ),
                Attendance(
                    session_id=t2.id,
                    volunteer_id=v["V5"],
                    status="present",
                    minutes_attended=120,
                    certificate_number="S/2/2026",
                    certificate_issued_on=D(2026, 3, 21),
                ),
                Attendance(session_id=t3.id, volunteer_id=v["V4"], status="present", minutes_attended=60),
            ]
        )
        s.add_all(
            [
                IssuedDocument(kind="certificate", number="Z/1/2026", issued_on=D(2026, 3, 3)),
                IssuedDocument(kind="certificate", number="Z/2/2026", issued_on=D(2026, 3, 28)),
                IssuedDocument(kind="certificate", number="Z/9/2026", issued_on=D(2026, 2, 28)),
                IssuedDocument(kind="opinion", number="OP/1/2026", issued_on=D(2026, 3, 10)),
                IssuedDocument(kind="training_certificate", number="S/1/2026", issued_on=D(2026, 3, 21)),
            ]
        )
        s.add_all(
            [
                Vetting(volunteer_id=v["V2"], valid_until=D(2026, 4, 1)),
                Vetting(volunteer_id=v["V1"], valid_until=D(2027, 6, 1)),
            ]
        )
    return Ids(v, c, a, asg)
