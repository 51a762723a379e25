"""Anonymising a volunteer or a client (art. 17 RODO): retention holds checked first, every
identifying value replaced (`anonymise`), an entry in the anonymisation log and the audit log,
then the database file's free pages and write-ahead log wiped (`wipe_free_space`), so the
erased values are gone from the file itself. Older backups still hold them until they rotate
out: `BACKUPS_NOTE` says so to the coordinator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor
from coordinator_app.core.names.forms import known_forms
from coordinator_app.core.privacy import anonymise as an
from coordinator_app.core.privacy.anonymise_records import (
    scrub_audit_log,
    scrub_client_records,
    scrub_documents,
    scrub_volunteer_records,
)
from coordinator_app.core.privacy.retention import CLIENT, VOLUNTEER, Hold, blocking
from coordinator_app.core.privacy.retention_queries import holds_of, read_periods
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    AnonymisationEntry,
    AuditEntry,
    Client,
    DeclinedForm,
    Volunteer,
    VolunteerName,
)
from coordinator_app.i18n import N_, _

REQUEST = "request"  # erasure asked for by the person (art. 17)
RETENTION = "retention"  # the retention period ran out
CATEGORIES = (REQUEST, RETENTION)
REASON_LENGTH = 300
BACKUPS_NOTE = N_(
    "The data have been removed from the database. Backup copies made earlier (automatic "
    "backups, copies made before a restore, a handover or an upgrade, copies on external "
    "drives) still hold them until they are rotated out or destroyed."
)


class AnonymisationError(Exception):
    """Anonymisation refused; the message is the sentence for the coordinator."""


class RetentionHoldError(AnonymisationError):
    """Documents or records still under retention keep the data: restriction is offered."""

    def __init__(self, holds: list[Hold]) -> None:
        self.holds = holds
        lines = "\n".join(f"– {hold.what}; {_until(hold)}" for hold in holds)
        super().__init__(
            _(
                "The data are still under retention and cannot be anonymised yet:\n{holds}\n"
                "Restrict the processing instead (art. 18 RODO) and anonymise when the "
                "periods have run out."
            ).format(holds=lines)
        )


def _until(hold: Hold) -> str:
    if hold.until is None:
        return _("kept while it lasts")
    return _("kept until {date}").format(date=f"{hold.until - dt.timedelta(days=1):%d.%m.%Y}")


@dataclass(frozen=True)
class Anonymised:
    """What an anonymisation did: its log entry, the holds it overrode and whether the file's
    free space and write-ahead log could be wiped at once."""

    log_id: int
    overridden: tuple[Hold, ...]
    wiped: bool


def anonymise(
    db: Database,
    kind: str,
    subject_id: int,
    reason: str,
    *,
    category: str = REQUEST,
    force_after_review: bool = False,
    today: dt.date | None = None,
    wipe: bool = True,
) -> Anonymised:
    """Anonymise the volunteer or client `subject_id`. Refuses (`RetentionHoldError`) while a
    retention hold is in force, unless `force_after_review` (the holds are then logged).
    Without `wipe` the caller wipes the file's free space itself (once after many)."""
    today = today or dt.date.today()
    reason = " ".join(reason.split())[:REASON_LENGTH]
    if not reason:
        raise AnonymisationError(_("Give the reason for the anonymisation."))
    if kind not in (VOLUNTEER, CLIENT) or category not in CATEGORIES:
        raise ValueError((kind, category))
    periods = read_periods(db)
    with db.session(write=True) as session:
        try:
            holds = blocking(holds_of(session, kind, subject_id, periods), today)
        except LookupError:
            raise AnonymisationError(_("There is no such record.")) from None
        row: Volunteer | Client | None = session.get(Volunteer if kind == VOLUNTEER else Client, subject_id)  # type: ignore[assignment]
        assert row is not None
        if row.anonymised_at is not None:
            raise AnonymisationError(_("This person has been anonymised already."))
        if holds and not force_after_review:
            raise RetentionHoldError(holds)
        if isinstance(row, Volunteer):
            _anonymise_volunteer(session, row)
        else:
            _anonymise_client(session, row)
        entry = AnonymisationEntry(
            actor=current_actor(),
            subject_kind=kind,
            subject_id=subject_id,
            category=category,
            reason=reason,
            forced=bool(holds),
            holds="\n".join(f"{hold.what}; {_until(hold)}" for hold in holds) or None,
        )
        session.add(entry)
        session.flush()
        session.add(
            AuditEntry(
                actor=entry.actor, action="anonymise", entity=kind, entity_id=subject_id, reason=reason
            )
        )
        log_id = entry.id
    return Anonymised(log_id, tuple(holds), wipe_free_space(db) if wipe else False)


def _volunteer_identity(session: Session, row: Volunteer) -> an.Identity:
    identity = an.Identity()
    names = [(row.first_name, row.last_name), (row.first_name, row.family_name)]
    names += [
        (n.first_name, n.last_name)
        for n in session.scalars(select(VolunteerName).filter_by(volunteer_id=row.id))
    ]
    for first, last in names:
        identity.add_name(first, last)
    identity.add_name(row.first_name, row.second_name, row.last_name)
    for other in (row.father_name, row.mother_name, row.guardian_name):
        identity.add_name(other)
    if row.guardian_name:
        identity.full_names.add(row.guardian_name)
    for number in (row.pesel, row.phone, row.guardian_phone, row.id_document):
        identity.add_number(number)
    identity.add_text(row.id_document)
    identity.add_text(row.email)
    identity.add_text(row.guardian_address)
    identity.add_text(" ".join(p for p in (row.street or row.locality, row.house_number) if p))
    identity.add_birth_date(row.birth_date)
    _add_forms(session, identity, row.sex, row.guardian_sex, row.guardian_name)
    return identity


def _add_forms(
    session: Session, identity: an.Identity, sex: str | None, other_sex: str | None, other: str | None
) -> None:
    """The declined forms of every full name ("Annie Nowak"), confirmed or proposed."""
    for name in list(identity.full_names):
        forms = known_forms(session, "person", name, other_sex if name == other else sex)
        identity.full_names.update(f for f in (forms or {}).values() if f)


def _forget_forms(session: Session, identity: an.Identity, keep: set[str]) -> None:
    for form in session.scalars(select(DeclinedForm).where(DeclinedForm.kind == "person")):
        if form.text in identity.full_names and form.text not in keep:
            session.delete(form)


def _names_of_others(session: Session, volunteer_id: int | None, client_id: int | None) -> set[str]:
    """Full names other living people bear: their confirmed forms stay."""
    names: set[str] = set()
    for first, last in session.execute(
        select(Volunteer.first_name, Volunteer.last_name).where(Volunteer.id != (volunteer_id or 0))
    ):
        names.add(f"{first} {last}")
    for first, last in session.execute(
        select(Client.first_name, Client.last_name).where(Client.id != (client_id or 0))
    ):
        names.add(f"{first} {last}")
    return names


def _tombstone(row: Volunteer | Client, emptied: tuple[str, ...]) -> None:
    for column in emptied:
        setattr(row, column, None)
    for column in an.PERSON_TOMBSTONED:
        setattr(row, column, an.TOMBSTONE)
    for column, value in an.ADDRESS_TOMBSTONED.items():
        setattr(row, column, value)
    row.retention_status = "anonymised"
    row.anonymised_at = dt.datetime.now().replace(microsecond=0)


def _anonymise_volunteer(session: Session, row: Volunteer) -> None:
    identity = _volunteer_identity(session, row)
    own, anyone = an.linked(identity), an.everywhere(identity)
    _forget_forms(session, identity, _names_of_others(session, row.id, None))
    scrub_volunteer_records(session, row.id, own)
    scrub_documents(session, row.id, None, own, anyone)
    scrub_audit_log(session, VOLUNTEER, row.id, own, anyone)
    for former in session.scalars(select(VolunteerName).filter_by(volunteer_id=row.id)):
        session.delete(former)
    _tombstone(row, an.VOLUNTEER_EMPTIED)
    row.birth_date = an.birth_kept(row.birth_date)
    row.guardian_consent_date = None
    row.guardian_sex = None


def _client_identity(session: Session, row: Client) -> an.Identity:
    identity = an.Identity()
    identity.add_name(row.first_name, row.last_name)
    if row.contact_name:
        identity.add_name(row.contact_name)
        identity.full_names.add(row.contact_name)
    for number in (row.phone, row.contact_phone):
        identity.add_number(number)
    identity.add_text(" ".join(p for p in (row.street or row.locality, row.house_number) if p))
    if row.street:
        identity.add_text(f"{row.street} {row.house_number}")
    _add_forms(session, identity, row.sex, None, None)
    return identity


def _anonymise_client(session: Session, row: Client) -> None:
    identity = _client_identity(session, row)
    own, anyone = an.linked(identity), an.everywhere(identity)
    _forget_forms(session, identity, _names_of_others(session, None, row.id))
    scrub_client_records(session, row.id, own)
    scrub_documents(session, None, row.id, own, anyone)
    scrub_audit_log(session, CLIENT, row.id, own, anyone)
    _tombstone(row, an.CLIENT_EMPTIED)


def wipe_free_space(db: Database) -> bool:
    """Fold the write-ahead log into the file, rebuild it without its free pages (VACUUM) and
    empty the log, so nothing erased stays in the file's bytes. False when another connection
    kept part of the log (it is emptied at the next checkpoint; the data are erased anyway)."""
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy
    finally:
        raw.close()
