"""The windows the main menus open on the database: `opener(window, db)`, typed.

Each imports its dialog's package only when called, so the window's first paint needs none
of them (the documents and reports windows bring ReportLab, the summaries and more).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coordinator_app.db.engine import Database
    from coordinator_app.ui.main_window import MainWindow

Opener = Callable[["QWidget", "Database"], object]


def reports(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.reports import open_reports

    open_reports(window, db)


def batch_print(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_batch_print

    open_batch_print(window, db)


def document_register(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_document_register

    open_document_register(window, db)


def intake_form(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_intake_form

    open_intake_form(window, db)


def organisation_settings(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_organisation_settings

    open_organisation_settings(window, db)


def template_editor(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_template_editor

    open_template_editor(window, db)


def first_step(window: MainWindow, key: str, record_id: int | None) -> None:
    """The window of a first-run step (`core.reports.first_steps.STEP_KEYS`); `record_id` is
    the record the step names (the client without a need, the candidate to activate…)."""
    tabs, db = window.main_tabs, window.db
    if tabs is None or db is None:
        return
    if key == "organisation":
        organisation_settings(window, db)
    elif key in ("staff", "villages"):
        window.open_dictionaries("staff" if key == "staff" else "villages")
    elif key == "volunteer" or (key in ("agreement", "activation") and record_id is None):
        tabs.volunteers.add_volunteer()
    elif key in ("agreement", "activation"):
        assert record_id is not None
        _volunteer_page(window, db, record_id, "agreements" if key == "agreement" else "status")
    elif key == "training":
        tabs.trainings.add_session()
    elif key == "client" and record_id is not None:
        _client_needs(window, db, record_id)
    elif key == "client":
        tabs.clients.add_client()
    elif key == "assignment":
        tabs.assignments.show_waiting_list()
    elif key == "hours":
        from coordinator_app.ui.hours.actions import open_hours_card

        open_hours_card(window, db)


def _volunteer_page(window: MainWindow, db: Database, volunteer_id: int, page: str) -> None:
    """The volunteer's window open on its Agreements or Status page."""
    from coordinator_app.i18n import _
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    dialog = VolunteerDialog(db, volunteer_id, window)
    form = dialog.form
    title = _("Agreements") if page == "agreements" else _("Status")
    for index in range(form.count()):
        if form.tabText(index).replace("&", "").rstrip(" *") == title:
            form.setCurrentIndex(index)
    dialog.exec()
    if window.main_tabs is not None and window.main_tabs.volunteers.loaded:
        window.main_tabs.volunteers.reload(select_id=volunteer_id)


def _client_needs(window: MainWindow, db: Database, client_id: int) -> None:
    """The client's window open on its Needs page (needs are saved at once, even on Cancel)."""
    from coordinator_app.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(db, client_id, window)
    dialog.form.setCurrentWidget(dialog.needs_page)
    dialog.exec()
    if window.main_tabs is not None and window.main_tabs.clients.loaded:
        window.main_tabs.clients.reload(select_id=client_id)
