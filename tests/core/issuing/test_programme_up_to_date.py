"""A training agenda an earlier version wrote into the database, never edited by the OPS, is
read with today's wording (rights and duties are art. 44–47 of the act, not art. 45 alone) on
the certificate, the attendance sheet's data and the session form; an edited agenda is kept."""

from __future__ import annotations

from sqlalchemy import update

from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.trainings.data import programme_lines
from coordinator_app.core.trainings.queries import get_training, get_training_details
from coordinator_app.db.engine import Database
from coordinator_app.db.models import TrainingSession
from tests.documents_helpers import TODAY, build_world

OLD = (
    "Zadania GOPS i zasady wolontariatu\n"
    "Prawa i obowiązki wolontariusza (art. 45 ustawy)\n"
    "Porozumienie, karta czasu pracy, ubezpieczenie NNW\n"
    "Kontakt z koordynatorem i pracownikiem socjalnym"
)
RIGHTS = "Prawa i obowiązki wolontariusza (art. 44–47 ustawy)"


def set_programme(db: Database, training: int, text: str) -> None:
    with db.session() as session:
        session.execute(update(TrainingSession).where(TrainingSession.id == training).values(programme=text))


def test_an_unedited_shipped_agenda_reads_as_today_s(db: Database) -> None:
    world = build_world(db)
    set_programme(db, world.training, OLD)
    document = issue(
        db, DocumentRequest("training_certificate", world.training, volunteer_id=world.adult), TODAY
    )
    assert RIGHTS in document.snapshot.lists["programme"]
    assert "Prawa i obowiązki wolontariusza (art. 45 ustawy)" not in document.snapshot.lists["programme"]
    assert RIGHTS in get_training_details(db, world.training).programme
    form_text = get_training(db, world.training).programme
    assert form_text is not None and RIGHTS in form_text
    assert RIGHTS in programme_lines(OLD.replace("\n", "\r\n"))


def test_an_agenda_the_ops_edited_is_kept(db: Database) -> None:
    world = build_world(db)
    edited = OLD + "\nPytania uczestników"
    set_programme(db, world.training, edited)
    document = issue(
        db, DocumentRequest("training_certificate", world.training, volunteer_id=world.adult), TODAY
    )
    assert "Prawa i obowiązki wolontariusza (art. 45 ustawy)" in document.snapshot.lists["programme"]
    assert get_training(db, world.training).programme == edited
