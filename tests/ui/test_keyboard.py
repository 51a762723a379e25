"""Every window works from the keyboard and names its widgets for a screen reader.

Each window and dialog is shown as the application shows it (with the start-up event filter
that names widgets and binds F1), then walked with Tab: every interactive widget must be
reached, in reading order (top to bottom, left to right; the focus chain is a ring, so the
walk is read from its top-left widget), and have an accessible name. Buttons have a mnemonic
or a shortcut, no two in one window the same letter. Ctrl+P prints from the record windows.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coordinator_app.db.engine import Database
from coordinator_app.i18n import set_language
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.help import window as help_window
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.tab import Tab
from coordinator_app.ui.widgets import accessibility
from coordinator_app.ui.widgets.accessibility import accessible_name, interactive_widgets, mnemonic
from tests.ui.test_fit import app_dialog_classes
from tests.ui.test_polish_screens import windows

TOLERANCE = 8  # pixels: widgets of one row are not all aligned to the pixel


@pytest.fixture
def prepared(qapp: QApplication) -> Iterator[None]:
    """F1 and the widget names, as the application installs them at start-up."""
    event_filter = help_window.install(qapp)
    yield
    qapp.removeEventFilter(event_filter)


def active(window: QWidget) -> Callable[[], bool]:
    return lambda: QApplication.activeWindow() is window


def loaded(tab: Tab) -> Callable[[], bool]:
    return lambda: tab.loaded


def position(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def out_of_order(walk: list[QWidget]) -> list[str]:
    """The steps of the walk that go back up (not to a new column) or left within a row."""
    walk = [w for w in walk if not accessibility._inside_compound(w)]
    if not walk:
        return []
    start = min(range(len(walk)), key=lambda i: (position(walk[i]).y() // 20, position(walk[i]).x()))
    ring = walk[start:] + walk[:start]
    problems = []
    for before, after in itertools.pairwise(ring):
        a, b = position(before), position(after)
        up = b.y() < a.y() - TOLERANCE and b.x() < a.x() + before.width() - TOLERANCE
        left = abs(b.y() - a.y()) <= TOLERANCE and b.x() < a.x() - TOLERANCE
        if up or left:
            problems.append(f"{accessible_name(before)} → {accessible_name(after)}")
    return problems


# Dialog classes the walk leaves out, and why.
NOT_WALKED = {
    "RecordForm": "the base of the dictionary forms, never opened itself",
}


def more_windows(db: Database, db_path: Path) -> list[QWidget]:
    """The windows the Polish-screen test does not open: small dialogs, the preview, help."""
    from coordinator_app.core.clients import get_client_details
    from coordinator_app.core.issuing.service import DocumentRequest
    from coordinator_app.core.privacy.access import PersonRef, PersonRole
    from coordinator_app.core.privacy.accountability_service import register_entries
    from coordinator_app.core.trainings import volunteer_choices
    from coordinator_app.ui.about import AboutDialog
    from coordinator_app.ui.audit.window import AuditLogDialog
    from coordinator_app.ui.clients.details import client_document
    from coordinator_app.ui.coalition.meeting_dialog import CoalitionMeetingDialog
    from coordinator_app.ui.coalition.programme_dialog import YearlyProgrammeDialog
    from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, StaffForm, VillageForm
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog
    from coordinator_app.ui.help.window import HelpWindow
    from coordinator_app.ui.hours.reason import ReasonDialog
    from coordinator_app.ui.importing.wizard import ImportWizard
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
    from coordinator_app.ui.safety.passphrase_dialog import PassphraseDialog
    from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog
    from coordinator_app.ui.trainings.volunteer_picker import VolunteerPicker
    from coordinator_app.ui.widgets.details_dialog import DetailsDialog
    from coordinator_app.ui.widgets.name_forms_dialog import NameFormsDialog, volunteer_entries
    from tests.factories.partners import add_partner

    preview = DocumentPreviewDialog(None, db, request=DocumentRequest("certificate", 1))
    assert preview.load()
    meeting, programme = CoalitionMeetingDialog(db, None), YearlyProgrammeDialog(db, None)
    for lines in (meeting.form.attendees, meeting.form.tasks, programme.items):
        lines.add_row()  # a line of fields in the table, walked with Tab too
    return [
        meeting,
        programme,
        preview,
        HelpWindow(),
        AboutDialog(db_path, None),
        AuditLogDialog(None, db),
        ReasonDialog("Powód zmiany", "Podaj powód zmiany zatwierdzonego wpisu."),
        PassphraseDialog(None, confirm=True, explanation="Kopia jest szyfrowana."),
        VolunteerPicker(volunteer_choices(db), exclude=set()),
        ProgrammeEditDialog(db, None),
        ActivityTypeForm(db, None),
        VillageForm(db, None),
        StaffForm(db, None),
        NameFormsDialog(db, volunteer_entries("Henryka", "Zapora", "K", "Konrad Jarema", "M")),
        ImportWizard(db),
        RequestDialog(db, None),
        RequestsWindow(db),
        AccessExportDialog(db, None, PersonRef(PersonRole.VOLUNTEER, 1)),
        RestrictionDialog(db, None, PersonRef(PersonRole.CLIENT, 1)),
        AccountabilityDialog(None, db),
        RegisterEntryDialog(None, register_entries(db)[0][1]),
        RetentionReviewDialog(None, db),
        RetentionSettingsDialog(None, db),
        AnonymiseDialog(db, PersonRef(PersonRole.VOLUNTEER, 1)),
        DetailsDialog(client_document(get_client_details(db, 1))),
        *action_windows(db),
        PartnerDialog(db, add_partner(db)),
        ContactDialog(None),
    ]


def action_windows(db: Database) -> list[QWidget]:
    """The action window, the action form, the quick registration and the attendance dialog."""
    from coordinator_app.ui.actions.action_dialog import ActionDialog
    from coordinator_app.ui.actions.window import ActionWindow
    from tests.factories.actions import action_with_people

    action_id = action_with_people(db)
    window = ActionWindow(db, action_id)
    quick = window.make_quick_dialog()
    assert quick is not None
    return [window, ActionDialog(db, action_id), quick, window.make_attendance_dialog()]


def tab_walk(window: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits, from the first one in the focus chain until it comes round
    again. A grid that Tab moves through cell by cell is left with Ctrl+Tab, as the manual
    says."""
    window.activateWindow()
    for _wait in range(1000):
        if QApplication.activeWindow() is window:
            break
        QApplication.processEvents()
    window.setFocus(Qt.FocusReason.TabFocusReason)
    window.focusNextPrevChild(True)
    visited: list[QWidget] = []
    for _step in range(limit):
        current = QApplication.focusWidget()
        if current is None or (visited and current is visited[0]):
            break
        if current not in visited:
            visited.append(current)
        grid = isinstance(current, QAbstractItemView) and current.tabKeyNavigation()
        modifier = Qt.KeyboardModifier.ControlModifier if grid else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(current, Qt.Key.Key_Tab, modifier)
    return visited


def check_window(window: QWidget) -> dict[str, list[str]]:
    """What is wrong with `window` from the keyboard (empty lists when all is well)."""
    widgets = interactive_widgets(window)
    walk = tab_walk(window)
    return {
        "not reached by Tab": [
            f"{type(w).__name__} {accessible_name(w) or w.objectName()}" for w in widgets if w not in walk
        ],
        "no accessible name": [
            f"{type(w).__name__} {w.objectName()}" for w in widgets if not accessible_name(w)
        ],
        "out of reading order": out_of_order(walk),
    }


def buttons(window: QWidget) -> list[QPushButton | QToolButton]:
    """The push and tool buttons `window` shows (enabled or not) that Tab can reach."""
    return [
        button
        for button in window.findChildren(QPushButton) + window.findChildren(QToolButton)
        if button.window() is window
        and button.isVisible()
        and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not accessibility._inside_compound(button)
    ]


def _window_shortcut(button: QWidget) -> bool:
    """The button's tooltip names a key, e.g. "(Ctrl+PgUp)", that a shortcut of its window has."""
    keys = {s.key().toString() for s in button.window().findChildren(QShortcut)}
    return any(key and f"({key})" in button.toolTip() for key in keys)


def menu_titles(window: QWidget) -> list[str]:
    """The titles of a main window's menu bar (Alt+letter opens a menu as it presses a button)."""
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    return [action.text() for action in bar.actions()] if bar is not None else []


def button_letters(window: QWidget) -> tuple[list[str], dict[str, list[str]]]:
    """Buttons with neither a mnemonic nor a shortcut; mnemonic letters used more than once,
    by two buttons or by a button and a menu of the menu bar."""
    bare: list[str] = []
    letters: dict[str, list[str]] = {}
    for title in menu_titles(window):
        letter = mnemonic(title)
        if letter:
            letters.setdefault(letter, []).append(title)
    for button in buttons(window):
        letter = mnemonic(button.text())
        if letter:
            letters.setdefault(letter, []).append(button.text())
        elif button.shortcut().isEmpty() and not _closes(button) and not _window_shortcut(button):
            bare.append(button.text() or button.toolTip())
    return bare, {k: v for k, v in letters.items() if len(v) > 1}


def _closes(button: QWidget) -> bool:
    """Escape closes a dialog (its Cancel / Close button needs no letter), Enter presses its
    default button (OK)."""
    if isinstance(button, QPushButton) and button.isDefault():
        return True
    box = button.parentWidget()
    role = (
        box.buttonRole(button)
        if isinstance(box, QDialogButtonBox) and isinstance(button, QPushButton)
        else None
    )
    if role == QDialogButtonBox.ButtonRole.RejectRole:
        return True
    return accessible_name(button) in {
        "Anuluj",
        "Zamknij",
        "Zamknij okno",
        "Cancel",
        "Close",
        "Close the window",
    }


def test_every_dialog_is_walked_with_tab_and_named(qtbot: QtBot, db_path: Path, prepared: None) -> None:
    db = open_database(db_path)
    failures = {}
    walked = windows(db) + more_windows(db, db_path)
    missing = app_dialog_classes() - {type(window).__name__ for window in walked} - set(NOT_WALKED)
    assert missing == set(), "a dialog class nobody walks with Tab"
    for window in walked:
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(active(window))
        problems = {k: v for k, v in check_window(window).items() if v}
        if problems:
            failures[type(window).__name__] = problems
        window.close()
    db.dispose()
    assert failures == {}


def test_the_main_window_is_walked_with_tab_in_every_tab(
    qtbot: QtBot, db_path: Path, qsettings: QSettings, prepared: None
) -> None:
    window = MainWindow(db_path, qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10_000):
        window.open_database()
    assert window.main_tabs is not None
    failures = {}
    for page in window.main_tabs.pages():
        window.tabs.setCurrentWidget(page.widget)
        qtbot.waitUntil(loaded(page.tab))
        problems = {k: v for k, v in check_window(window).items() if v}
        if problems:
            failures[page.key] = problems
    assert failures == {}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_button_has_its_own_letter_or_a_key(
    qtbot: QtBot, db_path: Path, qsettings: QSettings, prepared: None, language: str
) -> None:
    set_language(language)  # each catalog gives the labels their letters
    db = open_database(db_path)
    bare, shared = {}, {}
    for window in windows(db) + more_windows(db, db_path):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        without, duplicates = button_letters(window)
        if without:
            bare[type(window).__name__] = without
        if duplicates:
            shared[type(window).__name__] = duplicates
        window.close()
    main = MainWindow(db_path, qsettings)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.database_ready, timeout=10_000):
        main.open_database()
    assert main.main_tabs is not None
    for page in main.main_tabs.pages():
        main.tabs.setCurrentWidget(page.widget)
        without, duplicates = button_letters(main)
        if without:
            bare[page.key] = without
        if duplicates:
            shared[page.key] = duplicates
    db.dispose()
    assert shared == {}
    assert bare == {}


def test_mnemonic_helpers() -> None:
    assert mnemonic("&Zapisz") == "z"
    assert mnemonic("Po&dręcznik") == "d"
    assert mnemonic("Tom && Jerry") is None
    assert accessibility.plain("&Imię *:") == "Imię"


def test_a_label_names_its_field_and_a_list_lets_tab_go(qtbot: QtBot, prepared: None) -> None:
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QTableWidget, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout()
    name = QLineEdit()
    form.addRow("&Nazwisko *", name)
    table = QTableWidget(3, 2)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    after = QPushButton("&Dalej")
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(table)
    layout.addWidget(after)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert name.accessibleName() == "Nazwisko"
    assert tab_walk(dialog) == [name, table, after]


def print_windows(db: Database) -> list[tuple[QWidget, QPushButton]]:
    """The record and document windows where Ctrl+P makes sense, with the button it presses."""
    from sqlalchemy import select

    from coordinator_app.core.issuing.service import DocumentRequest
    from coordinator_app.db.models import TrainingSession
    from coordinator_app.ui.assignments.dialog import AssignmentDialog
    from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog
    from coordinator_app.ui.documents.opinion_editor import OpinionEditor
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog
    from coordinator_app.ui.documents.register_dialog import RegisterDialog
    from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    with db.session() as session:
        training_id = session.execute(select(TrainingSession.id).limit(1)).scalar_one()
    volunteer, assignment = VolunteerDialog(db, 1), AssignmentDialog(db, 1)
    preview = DocumentPreviewDialog(None, db, request=DocumentRequest("certificate", 1))
    attendance, batch = AttendanceDialog(db, training_id), BatchPrintDialog(None, db)
    register, opinion = RegisterDialog(None, db), OpinionEditor(None, db, 1)
    return [
        (volunteer, volunteer.print_button),
        (assignment, assignment.print_button),
        (preview, preview.print_button),
        (attendance, attendance.certificate_button),
        (batch, batch.start_button),
        (register, next(b for b in register.findChildren(QPushButton) if "Drukuj" in b.text())),
        (opinion, next(b for b in opinion.findChildren(QPushButton) if "Podgląd" in b.text())),
    ]


def test_ctrl_p_prints_from_record_and_document_windows(qtbot: QtBot, db_path: Path, prepared: None) -> None:
    db = open_database(db_path)
    for window, button in print_windows(db):
        qtbot.addWidget(window)
        pressed: list[str] = []
        menu = button.menu()
        if menu is not None:  # a Print button with a menu of documents: the menu opens
            menu.aboutToShow.connect(functools.partial(pressed.append, "menu"))
            menu.aboutToShow.connect(lambda menu=menu: QTimer.singleShot(0, menu.close))
        else:  # the button's own work (a printer dialog, a file) is not what is tested
            button.clicked.disconnect()
            button.clicked.connect(functools.partial(pressed.append, "clicked"))
        button.setEnabled(True)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(active(window))
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(functools.partial(bool, pressed))
        window.close()
    db.dispose()


def test_menu_letters_count_with_the_buttons(qtbot: QtBot) -> None:
    """A menu title and a button of the same letter clash: Alt+letter reaches only one."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Dokumenty")
    window.setCentralWidget(QPushButton("&Dodaj…"))
    window.show()
    qtbot.waitExposed(window)
    assert button_letters(window)[1] == {"d": ["&Dokumenty", "&Dodaj…"]}
