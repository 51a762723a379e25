"""No English message shows through on a Polish screen.

A label kept in a table of plain strings and translated with `_(label)` is invisible to the
message extractor unless it is marked `N_()`; it then stays English on the Polish screen while
every catalog test passes. This test opens the application's windows in Polish and looks at
every text they show: none may be an English msgid that the catalog translates otherwise, and
none may read as English (two or more common English words that Polish never uses).
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from coordinator_app.i18n import TRANSLATIONS_DIR
from coordinator_app.storage.opening import open_database


@pytest.fixture(scope="module")
def english_msgids() -> set[str]:
    with (TRANSLATIONS_DIR / "pl" / "LC_MESSAGES" / "coordinator_app.po").open("rb") as fh:
        catalog = read_po(fh, locale="pl")
    return {
        m.id
        for m in catalog
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string != m.id
    }


_WORDS = (
    "the of and for with from this that these your you are is be all active year month monthly "
    "number name full short head position contact person document wording version settings hours "
    "volunteer volunteers client clients certificate certificates policy website code postal inbox "
    "officer centre assignment assignments need needs training trainings"
)
ENGLISH_WORDS = frozenset(_WORDS.split())


def reads_as_english(text: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return sum(w in ENGLISH_WORDS for w in words) >= 2


def test_the_english_detector_works() -> None:
    assert reads_as_english("Thank-you diplomas for the volunteers active in a year")
    assert not reads_as_english("Podziękowania dla wolontariuszy aktywnych w danym roku")
    assert not reads_as_english("E-mail koordynatora")


def shown_texts(widget: QWidget) -> set[str]:
    texts: set[str] = {widget.windowTitle()}
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton | QGroupBox):
            texts.add(child.text() if not isinstance(child, QGroupBox) else child.title())
        if isinstance(child, QLineEdit):
            texts.add(child.placeholderText())
        if isinstance(child, QComboBox):
            texts.update(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QTabWidget):
            texts.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QTableWidget):
            texts.update(
                child.horizontalHeaderItem(i).text()
                for i in range(child.columnCount())
                if child.horizontalHeaderItem(i) is not None
            )
    return {t.replace("&", "") for t in texts if t}


def windows(db):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from coordinator_app.db.models import Agreement, Need, TrainingSession
    from coordinator_app.ui.agreements.annex_dialog import AnnexDialog
    from coordinator_app.ui.agreements.dialog import AgreementDialog
    from coordinator_app.ui.agreements.termination_dialog import TerminationDialog
    from coordinator_app.ui.assignments.dialog import AssignmentDialog
    from coordinator_app.ui.assignments.match_dialog import MatchDialog
    from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog
    from coordinator_app.ui.clients.dialog import ClientDialog
    from coordinator_app.ui.clients.need_dialog import NeedDialog
    from coordinator_app.ui.dashboard import DashboardTab
    from coordinator_app.ui.dictionaries import DictionariesDialog
    from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog
    from coordinator_app.ui.documents.opinion_editor import OpinionEditor
    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
    from coordinator_app.ui.documents.register_dialog import RegisterDialog
    from coordinator_app.ui.documents.template_editor import TemplateEditor
    from coordinator_app.ui.hours.card_dialog import HoursCardDialog
    from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog
    from coordinator_app.ui.reports.dialog import ReportsDialog
    from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
    from coordinator_app.ui.trainings.programmes_dialog import ProgrammesDialog
    from coordinator_app.ui.trainings.requirements_dialog import RequirementsDialog
    from coordinator_app.ui.trainings.session_dialog import SessionDialog
    from coordinator_app.ui.vetting.dialog import VettingDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    with db.session() as session:
        agreement_id, volunteer_id = session.execute(
            select(Agreement.id, Agreement.volunteer_id).limit(1)
        ).one()
        need_id = session.scalar(select(Need.id).limit(1))
        training_id = session.scalar(select(TrainingSession.id).limit(1))
    return [
        DashboardTab(db),
        AgreementDialog(db, volunteer_id, agreement_id),
        AnnexDialog(db, agreement_id),
        TerminationDialog(db, agreement_id),
        VettingDialog(db, volunteer_id),
        OpinionEditor(None, db, volunteer_id),
        NeedDialog(db, 1, need_id),
        MatchDialog(db, need_id),
        SessionDialog(db, training_id),
        AttendanceDialog(db, training_id),
        ProgrammesDialog(db),
        RequirementsDialog(db),
        DictionariesDialog(db),
        VolunteerDialog(db, 1),
        ClientDialog(db, 1),
        AssignmentDialog(db, 1),
        WaitingListDialog(db),
        HoursCardDialog(db, 1, None, None),
        MonthCloseDialog(db, None),
        ReportsDialog(db),
        OrganisationDialog(None, db),
        TemplateEditor(None, db),
        BatchPrintDialog(None, db),
        RegisterDialog(None, db),
    ]


def test_no_english_message_on_a_polish_screen(qtbot, db_path, english_msgids) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    leaked = {}
    for window in windows(db):
        qtbot.addWidget(window)
        texts = shown_texts(window)
        english = (texts & english_msgids) | {t for t in texts if reads_as_english(t)}
        if english:
            leaked[type(window).__name__] = sorted(english)
    db.dispose()
    assert leaked == {}
