"""Every window and dialog fits a 1366×768 laptop with its taskbar (1366×728 available) and
cuts no text: the main window with each tab, and each dialog class of the app, opened on the
demo database through the application's geometry keeper (ui.widgets.geometry)."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import coordinator_app.ui
from coordinator_app.core.assignments import get_assignment_details
from coordinator_app.core.clients import get_client_details
from coordinator_app.core.issuing.service import DocumentRequest
from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.accountability_service import register_entries
from coordinator_app.core.trainings import get_training_details
from coordinator_app.core.trainings import volunteer_choices as training_choices
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Client,
    Need,
    Staff,
    TrainingProgramme,
    TrainingSession,
    Village,
)
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.about import AboutDialog
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.window import ActionWindow
from coordinator_app.ui.agreements.annex_dialog import AnnexDialog
from coordinator_app.ui.agreements.dialog import AgreementDialog
from coordinator_app.ui.agreements.termination_dialog import TerminationDialog
from coordinator_app.ui.assignments.details import assignment_document
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.assignments.match_dialog import MatchDialog
from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog
from coordinator_app.ui.audit.window import AuditLogDialog
from coordinator_app.ui.clients.details import client_document
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.clients.need_dialog import NeedDialog
from coordinator_app.ui.coalition.meeting_dialog import CoalitionMeetingDialog
from coordinator_app.ui.coalition.programme_dialog import YearlyProgrammeDialog
from coordinator_app.ui.dictionaries.dialog import DictionariesDialog
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, StaffForm, VillageForm
from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog
from coordinator_app.ui.documents.opinion_editor import OpinionEditor
from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
from coordinator_app.ui.documents.preview import DocumentPreviewDialog
from coordinator_app.ui.documents.register_dialog import RegisterDialog
from coordinator_app.ui.documents.template_editor import TemplateEditor
from coordinator_app.ui.help.window import CONTENTS, HelpWindow
from coordinator_app.ui.hours.card_dialog import HoursCardDialog
from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog
from coordinator_app.ui.hours.reason import ReasonDialog
from coordinator_app.ui.importing.wizard import ImportWizard
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.partners.contact_dialog import ContactDialog
from coordinator_app.ui.partners.dialog import PartnerDialog
from coordinator_app.ui.privacy.access_export import AccessExportDialog
from coordinator_app.ui.privacy.access_restriction import RestrictionDialog
from coordinator_app.ui.privacy.accountability_window import AccountabilityDialog, RegisterEntryDialog
from coordinator_app.ui.privacy.person_actions import AnonymiseDialog
from coordinator_app.ui.privacy.requests_form import RequestDialog
from coordinator_app.ui.privacy.requests_window import RequestsWindow
from coordinator_app.ui.privacy.retention_settings import RetentionSettingsDialog
from coordinator_app.ui.privacy.retention_window import RetentionReviewDialog
from coordinator_app.ui.reports.dialog import ReportsDialog
from coordinator_app.ui.safety.passphrase_dialog import PassphraseDialog
from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
from coordinator_app.ui.trainings.details import training_document
from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog
from coordinator_app.ui.trainings.programmes_dialog import ProgrammesDialog
from coordinator_app.ui.trainings.requirements_dialog import RequirementsDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.trainings.volunteer_picker import VolunteerPicker
from coordinator_app.ui.vetting.dialog import VettingDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets import geometry
from coordinator_app.ui.widgets.details_dialog import DetailsDialog
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.name_forms_dialog import NameFormsDialog, organisation_entries
from tests.factories.actions import action_with_people
from tests.factories.partners import add_partner
from tests.helpers import widget_as
from tests.ui.fit_checks import problems

AREA = QRect(0, 0, 1366, 728)
BASES = {"FormDialog", "RecordForm"}  # bases, never opened themselves


@dataclass(frozen=True)
class Ids:
    volunteer: int
    agreement: int
    client: int
    need: int
    assignment: int
    session: int
    programme: int
    activity: int
    village: int
    staff: int


def first_ids(db: Database) -> Ids:
    with db.session() as s:

        def first(column: object) -> int:
            return int(s.scalars(select(column).limit(1)).one())  # type: ignore[call-overload]

        agreement = s.get_one(Agreement, first(Agreement.id))
        return Ids(
            volunteer=agreement.volunteer_id,
            agreement=agreement.id,
            client=first(Client.id),
            need=first(Need.id),
            assignment=first(Assignment.id),
            session=first(TrainingSession.id),
            programme=first(TrainingProgramme.id),
            activity=first(ActivityType.id),
            village=first(Village.id),
            staff=first(Staff.id),
        )


Open = Callable[[Database, Ids, Path], QDialog]


def help_at_contents() -> HelpWindow:
    """The manual as F1 opens it from the main window: at its contents."""
    window = HelpWindow()
    window.show_section(CONTENTS)
    return window


def _action_window(db: Database) -> ActionWindow:
    return ActionWindow(db, action_with_people(db))


def _quick_dialog(db: Database) -> QDialog:
    dialog = _action_window(db).make_quick_dialog()
    assert dialog is not None
    return dialog


def _dialogs() -> dict[str, Open]:
    """Each dialog class of the app, opened as the app opens it (by class name)."""

    def details(db: Database, i: Ids) -> list[QDialog]:
        return [
            DetailsDialog(client_document(get_client_details(db, i.client))),
            DetailsDialog(assignment_document(get_assignment_details(db, i.assignment))),
            DetailsDialog(training_document(get_training_details(db, i.session))),
        ]

    return {
        "AboutDialog": lambda db, i, p: AboutDialog(p, p / "log.txt"),
        "HelpWindow": lambda db, i, p: help_at_contents(),
        "AgreementDialog": lambda db, i, p: AgreementDialog(db, i.volunteer, i.agreement),
        "AgreementDialog (new)": lambda db, i, p: AgreementDialog(db, i.volunteer),
        "AnnexDialog": lambda db, i, p: AnnexDialog(db, i.agreement),
        "TerminationDialog": lambda db, i, p: TerminationDialog(db, i.agreement),
        "AssignmentDialog": lambda db, i, p: AssignmentDialog(db, i.assignment),
        "AssignmentDialog (new)": lambda db, i, p: AssignmentDialog(db, None),
        "RequestDialog": lambda db, i, p: RequestDialog(db, None),
        "RequestsWindow": lambda db, i, p: RequestsWindow(db),
        "AccessExportDialog": lambda db, i, p: AccessExportDialog(
            db, None, PersonRef(PersonRole.VOLUNTEER, i.volunteer)
        ),
        "RestrictionDialog": lambda db, i, p: RestrictionDialog(
            db, None, PersonRef(PersonRole.CLIENT, i.client)
        ),
        "AccountabilityDialog": lambda db, i, p: AccountabilityDialog(None, db),
        "RegisterEntryDialog": lambda db, i, p: RegisterEntryDialog(None, register_entries(db)[0][1]),
        "RetentionReviewDialog": lambda db, i, p: RetentionReviewDialog(None, db),
        "RetentionSettingsDialog": lambda db, i, p: RetentionSettingsDialog(None, db),
        "ImportWizard": lambda db, i, p: ImportWizard(db),
        "AnonymiseDialog": lambda db, i, p: AnonymiseDialog(db, PersonRef(PersonRole.VOLUNTEER, i.volunteer)),
        "MatchDialog": lambda db, i, p: MatchDialog(db, i.need),
        "WaitingListDialog": lambda db, i, p: WaitingListDialog(db),
        "AuditLogDialog": lambda db, i, p: AuditLogDialog(None, db),
        "ClientDialog": lambda db, i, p: ClientDialog(db, i.client),
        "NeedDialog": lambda db, i, p: NeedDialog(db, i.client, i.need),
        "DictionariesDialog": lambda db, i, p: DictionariesDialog(db),
        "ActivityTypeForm": lambda db, i, p: ActivityTypeForm(db, i.activity),
        "VillageForm": lambda db, i, p: VillageForm(db, i.village),
        "StaffForm": lambda db, i, p: StaffForm(db, i.staff),
        "BatchPrintDialog": lambda db, i, p: BatchPrintDialog(None, db),
        "OpinionEditor": lambda db, i, p: OpinionEditor(None, db, i.volunteer),
        "OrganisationDialog": lambda db, i, p: OrganisationDialog(None, db),
        "DocumentPreviewDialog": lambda db, i, p: DocumentPreviewDialog(
            None, db, request=DocumentRequest("agreement", i.agreement)
        ),
        "RegisterDialog": lambda db, i, p: RegisterDialog(None, db),
        "TemplateEditor": lambda db, i, p: TemplateEditor(None, db),
        "HoursCardDialog": lambda db, i, p: HoursCardDialog(db, i.volunteer),
        "MonthCloseDialog": lambda db, i, p: MonthCloseDialog(db),
        "ReasonDialog": lambda db, i, p: ReasonDialog("Powód", "Podaj powód anulowania wpisu godzin:"),
        "ReportsDialog": lambda db, i, p: ReportsDialog(db),
        "PassphraseDialog": lambda db, i, p: PassphraseDialog(None, confirm=True, explanation=""),
        "AttendanceDialog": lambda db, i, p: AttendanceDialog(db, i.session),
        "ProgrammeEditDialog": lambda db, i, p: ProgrammeEditDialog(db, i.programme),
        "ProgrammesDialog": lambda db, i, p: ProgrammesDialog(db),
        "RequirementsDialog": lambda db, i, p: RequirementsDialog(db),
        "SessionDialog": lambda db, i, p: SessionDialog(db, i.session),
        "VolunteerPicker": lambda db, i, p: VolunteerPicker(training_choices(db), set()),
        "VettingDialog": lambda db, i, p: VettingDialog(db, i.volunteer),
        "VolunteerDialog": lambda db, i, p: VolunteerDialog(db, i.volunteer),
        "VolunteerDialog (new)": lambda db, i, p: VolunteerDialog(db, None),
        "NameFormsDialog": lambda db, i, p: NameFormsDialog(db, organisation_entries(db)),
        "DetailsDialog (client)": lambda db, i, p: details(db, i)[0],
        "DetailsDialog (assignment)": lambda db, i, p: details(db, i)[1],
        "DetailsDialog (training)": lambda db, i, p: details(db, i)[2],
        "ActionDialog (new)": lambda db, i, p: ActionDialog(db, None),
        "ActionDialog": lambda db, i, p: ActionDialog(db, action_with_people(db)),
        "ActionWindow": lambda db, i, p: ActionWindow(db, action_with_people(db)),
        "QuickRegistrationDialog": lambda db, i, p: _quick_dialog(db),
        "ActionAttendanceDialog": lambda db, i, p: _action_window(db).make_attendance_dialog(),
        "CoalitionMeetingDialog": lambda db, i, p: CoalitionMeetingDialog(db, None),
        "YearlyProgrammeDialog": lambda db, i, p: YearlyProgrammeDialog(db, None),
        "PartnerDialog": lambda db, i, p: PartnerDialog(db, add_partner(db)),
        "PartnerDialog (new)": lambda db, i, p: PartnerDialog(db, None),
        "ContactDialog": lambda db, i, p: ContactDialog(None),
    }


DIALOGS = _dialogs()


def app_dialog_classes() -> set[str]:
    """The name of every dialog class defined in the app's ui package."""
    for module in pkgutil.walk_packages(coordinator_app.ui.__path__, "coordinator_app.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending: list[type] = [QDialog]
    while pending:
        cls = pending.pop()
        sub: type
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("coordinator_app.ui.") and not inspect.isabstract(sub):
                found.add(sub.__name__)
    return found - BASES - {FormDialog.__name__}


@pytest.fixture
def laptop_screen(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qsettings: QSettings
) -> Iterator[None]:
    """A 1366×728 available screen, and the geometry keeper the app installs at start-up."""
    monkeypatch.setattr(geometry, "available_area", lambda widget: QRect(AREA))
    keeper = geometry.install(qapp, qsettings)
    yield
    qapp.removeEventFilter(keeper)
    keeper.deleteLater()


@pytest.fixture
def demo_db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


def test_every_dialog_class_is_in_the_list() -> None:
    listed = {name.split(" ")[0] for name in DIALOGS}
    assert app_dialog_classes() - listed == set()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_fits_the_laptop_screen(
    name: str, qtbot: QtBot, laptop_screen: None, demo_db: Database, tmp_path: Path
) -> None:
    dialog = DIALOGS[name](demo_db, first_ids(demo_db), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert problems(dialog, AREA) == []


def test_main_window_and_each_tab_fit(
    qtbot: QtBot, laptop_screen: None, db_path: Path, qsettings: QSettings
) -> None:
    window = MainWindow(db_path, qsettings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10_000):
        window.open_database()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window._page(window.tabs.widget(index))
        assert page is not None
        qtbot.waitUntil(lambda tab=page.tab: tab.loaded, timeout=10_000)  # type: ignore[misc]
        title = window.tabs.tabText(index)

        def fits(title: str = title) -> None:
            assert problems(window, AREA) == [], title

        # a real cut stays; a list's count line may still be settling after the load
        qtbot.waitUntil(fits, timeout=3000)
    window.close()


def test_a_dialog_comes_back_where_it_was_left_but_never_off_the_screen(
    qtbot: QtBot, laptop_screen: None, qsettings: QSettings
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(900, 1000)
    dialog.show()
    assert AREA.contains(dialog.frameGeometry())  # the title bar and the bottom edge on it
    assert dialog.height() < 728
    dialog.setGeometry(QRect(100, 80, 640, 480))
    dialog.hide()
    assert qsettings.value("windows/QDialog/geometry") == QRect(100, 80, 640, 480)
    again = QDialog()
    qtbot.addWidget(again)
    again.show()
    assert again.geometry() == QRect(100, 80, 640, 480)
    again.hide()
    qsettings.setValue("windows/QDialog/geometry", QRect(1200, -50, 900, 900))  # another screen
    third = QDialog()
    qtbot.addWidget(third)
    third.show()
    assert AREA.contains(third.frameGeometry())


def test_fitted_keeps_the_title_bar_and_the_buttons_on_the_screen() -> None:
    frame = geometry.DEFAULT_FRAME
    assert geometry.fitted(QRect(0, 0, 900, 1000), AREA, frame) == QRect(8, 31, 900, 689)
    assert geometry.fitted(QRect(-300, 600, 400, 300), AREA, frame) == QRect(8, 420, 400, 300)
    assert geometry.fitted(QRect(300, 200, 400, 300), AREA, frame) == QRect(300, 200, 400, 300)


def test_each_numbering_row_has_its_own_name(qtbot: QtBot, demo_db: Database) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog

    dialog = OrganisationDialog(None, demo_db)
    qtbot.addWidget(dialog)
    labels = []
    for edit in dialog.patterns.values():
        row = widget_as(QWidget, widget_as(QWidget, edit.parentWidget()).parentWidget())  # with errors
        form = widget_as(QFormLayout, widget_as(QWidget, row.parentWidget()).layout())
        labels.append(widget_as(QLabel, form.labelForField(row)).text())
    assert len(labels) == len(set(labels)) and "Przydział" in labels


@pytest.mark.parametrize("name", ["ClientDialog", "OrganisationDialog"])
def test_labels_sit_beside_their_fields(
    name: str, qtbot: QtBot, laptop_screen: None, demo_db: Database, tmp_path: Path
) -> None:
    """No gap opens between a label and its field, nor between the rows, however tall the page."""
    from PySide6.QtWidgets import QFormLayout, QTabWidget

    dialog = DIALOGS[name](demo_db, first_ids(demo_db), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.findChildren(QTabWidget)[0]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for form in widget_as(QWidget, tabs.widget(index)).findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                box = field.widget() if field is not None else None
                if label is None or box is None:
                    continue
                column = box.layout()
                first = column.itemAt(0) if column is not None else None
                inner = first.widget() if first is not None else None
                top = box.y() + (inner.y() if inner is not None else 0)
                assert abs(label.geometry().top() - top) <= 12, (name, index, row)


def test_the_vetting_form_grows_on_the_screen(
    qtbot: QtBot, laptop_screen: None, demo_db: Database, tmp_path: Path
) -> None:
    """Shown small while locked, the vetting dialog grows when the record is shown: it stays
    on the screen and cuts nothing."""
    from coordinator_app.ui.vetting.dialog import VettingDialog

    dialog = DIALOGS["VettingDialog"](demo_db, first_ids(demo_db), tmp_path)
    assert isinstance(dialog, VettingDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.move(dialog.x(), 300)
    dialog.reveal()
    QApplication.processEvents()
    assert dialog.height() >= 600
    assert problems(dialog, AREA) == []


def test_the_pdf_viewer_fits(qtbot: QtBot, laptop_screen: None, demo_db: Database) -> None:
    """The wording editor's plain PDF viewer (a QDialog built in place, shown with exec)."""
    from PySide6.QtCore import QTimer

    from coordinator_app.core.issuing.service import DocumentRequest, issue
    from coordinator_app.ui.documents.preview import build_pdf, show_pdf

    ids = first_ids(demo_db)
    pdf = build_pdf(issue(demo_db, DocumentRequest("agreement", ids.agreement), dt.date(2026, 12, 3)))
    found: list[list[str]] = []

    def look_and_close() -> None:
        viewer = QApplication.activeModalWidget()
        assert viewer is not None and viewer.objectName() == "pdf_viewer"
        found.append(problems(viewer, AREA))
        viewer.close()

    QTimer.singleShot(0, look_and_close)
    show_pdf(None, pdf, "Podgląd treści")
    assert found == [[]]
