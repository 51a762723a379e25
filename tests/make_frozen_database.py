"""Freeze a sample database of the current schema revision for tests/test_upgrade_path.py.

Run it once for every released schema revision, when the release is made, from the project
root:

    .venv/bin/python -m tests.make_frozen_database

It writes ``tests/data/schema-<revision>.sqlite``: a fresh database at Alembic's head filled
with a small demonstration dataset (fixed seed and date), plus a few records written through the
application's services or models for the tables the demo leaves empty, so that every table
holds data; vacuumed, the WAL folded in, and switched to the rollback journal so that it stays
one file even when something opens it in place (the application switches it back to WAL when it
opens a copy). Commit that file and never change it: later versions of the application must
upgrade it without losing anything. The script refuses to overwrite an existing frozen file
(a frozen file rewritten with a newer schema would silently stop testing the old one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.volunteers import (
    StatementData,
    VolunteerData,
    archive_volunteer,
    create_volunteer,
    get_volunteer,
    update_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.migrate import HEAD_REVISION, head_revision
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    ActivityType,
    Agreement,
    AgreementAnnex,
    AnonymisationEntry,
    Authorisation,
    CoalitionAttendee,
    CoalitionDecision,
    CoalitionMeeting,
    CoalitionTask,
    DeclinedForm,
    DocumentImage,
    DocumentTemplate,
    HealthConsent,
    HoursEntry,
    ImageConsent,
    ImportBatch,
    ImportRecord,
    IssuedDocument,
    Organisation,
    Partner,
    PartnerContact,
    PrivacyRequest,
    ProcessingActivity,
    Programme,
    ProgrammeItem,
    Setting,
    Volunteer,
    VolunteerName,
)
from coordinator_app.demo import DemoSize, generate_demo
from coordinator_app.storage.opening import open_database

DATA_DIR = Path(__file__).resolve().parent / "data"
SIZE = DemoSize(volunteers=15, clients=8, hours=120)
SEED = 3
TODAY = dt.date(2026, 11, 1)
MAX_BYTES = 1024 * 1024


def frozen_path(revision: str) -> Path:
    return DATA_DIR / f"schema-{revision}.sqlite"


def make(target: Path) -> None:
    """Write the frozen database to `target` (which must not exist yet)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "frozen.sqlite"
        db = open_database(work)
        try:
            generate_demo(db, SIZE, seed=SEED, today=TODAY)
            _fill_the_rest(db)
        finally:
            db.dispose()
        connection = sqlite3.connect(work)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("VACUUM")
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()  # the last connection: the WAL is checkpointed and removed
        assert not Path(str(work) + "-wal").exists(), "the WAL was not folded into the file"
        assert revision == HEAD_REVISION, (revision, HEAD_REVISION)
        size = work.stat().st_size
        assert size < MAX_BYTES, f"{size} bytes: too big for the repository"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(work.read_bytes())
        os.replace(partial, target)


def _fill_the_rest(db: Database) -> None:
    """Data for the tables the demo generator leaves empty (audit log, annexes, registers)."""
    data = VolunteerData(
        first_name="Bożena",
        last_name="Źrebięcka-Łoś",
        pesel="44051401458",
        house_number="7a",
        postal_code="62-200",
        locality="Gębarzewo",
        phone="600 123 456",
        statements={"health_safety": StatementData(signed_on=TODAY)},
        notes="Zapisana z formularza (rejestr zmian).",
    )
    volunteer_id = create_volunteer(db, data, today=TODAY)  # writes the audit log
    changed = get_volunteer(db, volunteer_id)
    changed.status, changed.skills = "active", "Czytanie seniorom; pomoc w zakupach"
    update_volunteer(db, volunteer_id, changed, today=TODAY)
    archive_volunteer(db, volunteer_id, "Przeprowadzka")
    with db.session() as session:
        agreement = session.scalars(select(Agreement).order_by(Agreement.id)).first()
        assert agreement is not None
        session.add(
            AgreementAnnex(
                agreement_id=agreement.id,
                number=f"{agreement.number}/A1",
                signed_on=TODAY - dt.timedelta(days=30),
                changes="Rozszerzenie zakresu o transport do lekarza.",
            )
        )
        year_seq = (session.scalar(select(func.count()).select_from(IssuedDocument)) or 0) + 1
        session.add(
            IssuedDocument(
                kind="certificate",
                number=f"{year_seq}/{TODAY.year}",
                issued_on=TODAY,
                volunteer_id=agreement.volunteer_id,
                agreement_id=agreement.id,
                recipient="Wolontariusz",
                issued_by="koordynator",
                year_seq=year_seq,
                subject=f"certificate:{agreement.volunteer_id}",
                template_version=1,
                snapshot='{"number": "1/2026", "fields": {"imie_nazwisko": "Bożena Źrebięcka-Łoś"}}',
            )
        )
        # Revision 0003: a template version and the logo (a 1×1 PNG) printed on documents.
        session.add(
            DocumentTemplate(
                kind="certificate", version=1, body='{"title": "ZAŚWIADCZENIE"}', note="domyślny"
            )
        )
        logo = bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f1f2a40000000049454e44ae426082"
        )
        digest = hashlib.sha256(logo).hexdigest()
        session.add(DocumentImage(sha256=digest, media_type="image/png", data=logo))
        organisation = session.get(Organisation, 1)
        assert organisation is not None
        organisation.logo_sha256 = digest
        session.add(Setting(key="external_backup_reminder_days", value="7"))
        # Revision 0005: a health consent given by a guardian.
        session.add(
            HealthConsent(
                volunteer_id=agreement.volunteer_id,
                given_on=TODAY,
                given_by="Anna Nowak",
                given_by_guardian=True,
                health_info="Alergia na orzechy.",
            )
        )
        # Revision 0005: forms of a name the coordinator confirmed.
        session.add(
            DeclinedForm(
                kind="person", text="Bożena Źrebięcka-Łoś", sex="K", genitive="Bożeny Źrebięckiej-Łoś",
                dative="Bożenie Źrebięckiej-Łoś", accusative="Bożenę Źrebięcką-Łoś",
                instrumental="Bożeną Źrebięcką-Łoś", locative="Bożenie Źrebięckiej-Łoś",
                confirmed_by="koordynator",
            )
        )  # fmt: skip
        # Revision 0005: a former name, the agreed notice period and a notice of termination.
        session.add(
            VolunteerName(
                volunteer_id=agreement.volunteer_id,
                first_name="Bożena",
                last_name="Łoś",
                valid_to=TODAY - dt.timedelta(days=400),
            )
        )
        agreement.notice_period_days = 7
        agreement.notice_given_on = TODAY - dt.timedelta(days=10)
        agreement.notice_given_by = "volunteer"
        agreement.notice_delivery = "in_person"
        # Revision 0006: an import from a spreadsheet and the record it created.
        batch = ImportBatch(kind="volunteers", file_name="wolontariusze.xlsx", sheet="Arkusz1", imported=1)
        session.add(batch)
        session.flush()
        session.add(
            ImportRecord(batch_id=batch.id, entity="volunteer", record_id=volunteer_id, action="create")
        )
        # Revision 0007: an access request answered after the extension; a restricted client.
        session.add(
            PrivacyRequest(
                kind="access",
                subject="volunteer",
                volunteer_id=agreement.volunteer_id,
                received_on=TODAY - dt.timedelta(days=70),
                channel="paper",
                extended_on=TODAY - dt.timedelta(days=45),
                extension_reason="Wiele dokumentów do zebrania.",
                answered_on=TODAY - dt.timedelta(days=5),
                answer="Przekazano kopię danych.",
            )
        )
        volunteer = session.get(Volunteer, agreement.volunteer_id)
        assert volunteer is not None
        volunteer.restricted_on = TODAY - dt.timedelta(days=3)
        volunteer.restriction_reason = "Sprzeciw do czasu rozpatrzenia (art. 18 ust. 1 lit. d)."
        _fill_privacy(session, agreement.volunteer_id)
        _fill_actions(session, agreement.volunteer_id)


def _fill_privacy(session: Session, volunteer_id: int) -> None:
    """Revision 0008: the RODO records (issue 15)."""
    session.add(
        AnonymisationEntry(
            actor="koordynator", subject_kind="client", subject_id=999, category="retention",
            reason="Upływ okresu przechowywania", forced=False,
        )
    )  # fmt: skip
    session.add(
        Authorisation(
            volunteer_id=volunteer_id, kind="authorisation", issued_on=TODAY,
            scope="Dane kontaktowe osób objętych wsparciem", expires_on=TODAY + dt.timedelta(days=365),
        )
    )  # fmt: skip
    session.add(ImageConsent(volunteer_id=volunteer_id, given_on=TODAY, scope="Zdjęcia z wydarzeń"))
    session.add(
        ProcessingActivity(
            position=1, name="Wolontariat", purposes="Organizacja wolontariatu",
            legal_basis="art. 6 ust. 1 lit. b",
            subjects="Wolontariusze", data_categories="Dane identyfikacyjne", recipients="Ubezpieczyciel",
            transfers="Nie dotyczy", retention="B5", security="Kopie zapasowe",
        )
    )  # fmt: skip


def _fill_actions(session: Session, volunteer_id: int) -> None:
    """Revision 0009: partners, a one-off action with a shift and a sign-up turned into hours,
    a coalition meeting with its minutes and the yearly programme (issue 18)."""
    school = Partner(
        name="Szkoła Podstawowa im. Jana Pawła II w Modrzewie",
        short_name="SP Modrzew",
        kind="school",
        street=None,
        house_number="12",
        postal_code="11-222",
        locality="Modrzew",
        phone="123 456 789",
        represented_by="Halina Żółtowska",
        represented_by_sex="K",
        represented_by_role="Dyrektor Szkoły",
        cooperation_since=TODAY - dt.timedelta(days=700),
        cooperation_scope="Kierowanie uczniów do akcji.",
        agreement_number="1/2025",
        agreement_signed_on=TODAY - dt.timedelta(days=400),
        coalition_member=True,
    )
    parish = Partner(name="Parafia pw. św. Jakuba w Modrzewie", kind="parish", locality="Modrzew")
    session.add_all([school, parish])
    session.flush()
    session.add(
        PartnerContact(
            partner_id=school.id, first_name="Ewa", last_name="Ścisłowska", sex="K",
            role="opiekunka Szkolnego Koła Wolontariatu", phone="600 100 200", primary=True,
        )
    )  # fmt: skip
    # next year's programme, drafted (the demo holds this year's)
    year = TODAY.year + 1
    programme = Programme(year=year, title=f"Program działań wolontariackich na rok {year}")
    session.add(programme)
    session.flush()
    item = ProgrammeItem(
        programme_id=programme.id, kind="action", title="Zbiórka żywności", planned_month=TODAY.month,
        partner_id=school.id, planned_participants=20,
    )  # fmt: skip
    session.add(item)
    session.flush()
    activity = session.scalars(select(ActivityType).order_by(ActivityType.id)).first()
    assert activity is not None
    action = Action(
        name="Zbiórka żywności przed świętami", date_from=TODAY - dt.timedelta(days=2),
        date_to=TODAY - dt.timedelta(days=2), place="Sklep „Groszek”, Modrzew", organiser_partner_id=None,
        activity_type_id=activity.id, status="done", programme_item_id=item.id,
    )  # fmt: skip
    session.add(action)
    session.flush()
    session.add(ActionPartner(action_id=action.id, partner_id=school.id, contribution="Uczniowie z SKW"))
    shift = ActionShift(
        action_id=action.id, shift_date=action.date_from, start_time=dt.time(9), end_time=dt.time(13),
        tasks="Zbieranie darów przy kasach", people_needed=6, minors_allowed=True,
    )  # fmt: skip
    session.add(shift)
    session.flush()
    entry = HoursEntry(
        volunteer_id=volunteer_id, work_date=shift.shift_date, time_from=shift.start_time,
        time_to=shift.end_time, minutes=240, activity_type_id=activity.id, description=action.name,
        source="coordinator", status="confirmed",
    )  # fmt: skip
    session.add(entry)
    session.flush()
    session.add(
        ActionSignup(
            shift_id=shift.id, volunteer_id=volunteer_id, signed_up_on=TODAY - dt.timedelta(days=9),
            partner_id=school.id, attended=True, hours_entry_id=entry.id,
        )
    )  # fmt: skip
    volunteer = session.get(Volunteer, volunteer_id)
    assert volunteer is not None
    volunteer.partner_id = school.id
    volunteer.registered_at_action_id = action.id
    meeting = CoalitionMeeting(
        number="1/" + str(TODAY.year), held_on=TODAY - dt.timedelta(days=30), place="Sala GOPS",
        agenda="Otwarcie.\nPlan akcji.", chaired_by="Halina Żółtowska", status="held",
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    session.add(
        CoalitionAttendee(meeting_id=meeting.id, partner_id=school.id, person_name="Halina Żółtowska")
    )
    session.add(CoalitionDecision(meeting_id=meeting.id, position=1, text="Przyjęto plan zbiórki żywności."))
    session.add(
        CoalitionTask(
            meeting_id=meeting.id, description="Przygotować plakaty", partner_id=school.id,
            responsible="Ewa Ścisłowska", due_on=TODAY + dt.timedelta(days=14),
        )
    )  # fmt: skip


def main() -> int:
    revision = head_revision()
    if revision != HEAD_REVISION:
        sys.stderr.write(
            f"HEAD_REVISION is {HEAD_REVISION} but Alembic's head is {revision}; fix that first.\n"
        )
        return 1
    target = frozen_path(revision)
    if target.exists():
        sys.stderr.write(f"{target} exists already; a frozen database is never rewritten.\n")
        return 1
    make(target)
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB, schema revision {revision})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
