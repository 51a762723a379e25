"""The path of the first day (scripts/first_day.py walks it): what the coordinator types and
clicks in each window, the windows opened from the dashboard's first-steps list where it offers
them. Dates are relative to today: the work is done last month, the month closed today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from first_day import Walk, WalkFailed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMessageBox, QPushButton

TODAY = dt.date.today()
LAST_MONTH_END = TODAY.replace(day=1) - dt.timedelta(days=1)
LAST_MONTH = LAST_MONTH_END.replace(day=1)

ORGANISATION = {
    "full_name": "Gminny Ośrodek Pomocy Społecznej w Modrzewie",
    "house_number": "12",
    "postal_code": "62-200",
    "locality": "Modrzewo",
    "gmina": "Modrzewo",
    "powiat": "gnieźnieński",
    "voivodeship": "wielkopolskie",
    "nip": "1234563218",
    "regon": "123456785",
}
PEOPLE = {
    "manager_name": "Grażyna Żółtowska",
    "manager_position": "Kierownik",
    "coordinator_name": "Beata Łęcka",
    "dpo_contact": "iod@gops.modrzewo.pl",
}


def step_button(window: Any, key: str) -> QAbstractButton:
    panel = window.main_tabs.dashboard.first_steps
    button = panel.buttons[key]
    assert isinstance(button, QPushButton)
    return button


def organisation(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog

    def fill(dialog: OrganisationDialog) -> None:
        walk.choose(dialog.kind, "GOPS")
        for field, text in ORGANISATION.items():
            walk.type_text(dialog.edits[field], text)
        walk.page_at(dialog.tabs, dialog.tab_of["manager_name"])
        for field, text in PEOPLE.items():
            walk.type_text(dialog.edits[field], text)
        walk.page_at(dialog.tabs, dialog.tab_of["place_for_dates"])
        walk.type_text(dialog.edits["place_for_dates"], "Modrzewo")
        walk.answer("organisation_saved")
        walk.save(dialog)

    walk.on_dialog(OrganisationDialog, "organisation", fill)
    walk.click(step_button(window, "organisation"))


def staff_and_villages(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.dictionaries import DictionariesDialog
    from coordinator_app.ui.dictionaries.forms import StaffForm, VillageForm

    def staff(form: StaffForm, first: str, last: str, position: str, worker: bool) -> None:
        walk.type_text(form.first_name, first)
        walk.type_text(form.last_name, last)
        walk.type_text(form.position, position)
        walk.choose(form.sex, "K")
        walk.tick(form.social_worker, worker)
        walk.tick(form.signatory, not worker)
        walk.save(form)

    def dictionaries(dialog: DictionariesDialog) -> None:
        def worker(form: StaffForm) -> None:
            staff(form, "Anna", "Nowak", "pracownik socjalny", True)

        def manager(form: StaffForm) -> None:
            staff(form, "Grażyna", "Żółtowska", "Kierownik", False)

        walk.on_dialog(StaffForm, "staff_form", worker)
        walk.click(dialog.staff.add_button)
        walk.on_dialog(StaffForm, "staff_manager", manager)
        walk.click(dialog.staff.add_button)
        walk.page_at(dialog.tabs, dialog.tabs.indexOf(dialog.villages))

        def village(form: VillageForm) -> None:
            walk.type_text(form.name, "Modrzewo")
            walk.type_text(form.gmina, "Modrzewo")
            walk.save(form)

        walk.on_dialog(VillageForm, "village_form", village)
        walk.click(dialog.villages.add_button)
        walk.shot("dictionaries_filled", dialog)
        walk.click(walk.button(dialog, "Zamknij"))

    walk.on_dialog(DictionariesDialog, "dictionaries", dictionaries)
    walk.click(step_button(window, "staff"))


def volunteer(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    def fill(dialog: VolunteerDialog) -> None:
        fields = dialog.form.fields
        walk.type_text(fields["first_name"], "Zofia")
        walk.type_text(fields["last_name"], "Wiśniewska")
        walk.type_text(fields["pesel"], "44051401458")
        walk.date(fields["birth_date"], dt.date(1944, 5, 14))
        walk.choose(fields["sex"], "K")
        walk.page_at(dialog.form, 1)
        walk.type_text(fields["house_number"], "7")
        walk.type_text(fields["postal_code"], "62-200")
        walk.type_text(fields["locality"], "Modrzewo")
        walk.choose_text(fields["village_id"], "Modrzewo")
        walk.type_text(fields["phone"], "600123456")
        walk.save(dialog)

    walk.on_dialog(VolunteerDialog, "volunteer_new", fill)
    walk.click(step_button(window, "volunteer"))


def training(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
    from coordinator_app.ui.trainings.session_dialog import SessionDialog

    def fill(dialog: SessionDialog) -> None:
        fields = dialog.form.fields
        walk.type_text(fields["title"], "Szkolenie wprowadzające")
        walk.choose(fields["category"], "induction")
        walk.date(fields["session_date"], LAST_MONTH)
        walk.time(fields["time_from"], dt.time(16))
        walk.time(fields["time_to"], dt.time(18))
        walk.type_text(fields["trainer_name"], "Beata Łęcka")
        walk.save(dialog)

    walk.on_dialog(SessionDialog, "training_session", fill)
    walk.click(step_button(window, "training"))
    tab = window.main_tabs.trainings
    walk.page_at(window.tabs, window.tabs.indexOf(tab))
    walk.wait_until(lambda: tab.loaded and tab.model.rowCount() == 1, "the session in the list")
    tab.table.selectRow(0)
    walk.actions += 1

    def attendance(dialog: AttendanceDialog) -> None:
        added = dialog.add_with_status("candidate")
        walk.actions += 1
        if added != 1:
            raise WalkFailed(f"{added} candidates added to the attendance")
        walk.shot("attendance_filled", dialog)
        walk.save(dialog)

    walk.on_dialog(AttendanceDialog, "attendance", attendance)
    walk.click(tab.attendance_button)
    walk.page_at(window.tabs, 0)


def client(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.clients.dialog import ClientDialog
    from coordinator_app.ui.clients.need_dialog import NeedDialog

    def fill(dialog: ClientDialog) -> None:
        form = dialog.form
        walk.type_text(form.fields["first_name"], "Stanisława")
        walk.type_text(form.fields["last_name"], "Wójcik")
        walk.choose(form.fields["sex"], "K")
        walk.check_row(form.types, 0)
        walk.page_at(form, 1)
        walk.type_text(form.fields["house_number"], "3")
        walk.type_text(form.fields["postal_code"], "62-200")
        walk.type_text(form.fields["locality"], "Modrzewo")
        walk.choose_text(form.fields["village_id"], "Modrzewo")
        walk.page_at(form, 2)
        walk.choose_text(form.fields["social_worker_id"], "Nowak")
        walk.date(form.fields["assessment_valid_until"], TODAY + dt.timedelta(days=365))
        walk.date(form.fields["visit_consent_date"], LAST_MONTH)
        walk.type_text(form.fields["visit_consent_how"], "pisemnie")
        walk.save(dialog)

    walk.on_dialog(ClientDialog, "client_new", fill)
    walk.click(step_button(window, "client"))

    def need(dialog: NeedDialog) -> None:
        walk.choose_text(dialog.fields["activity_type_id"], "towarzystwa")
        walk.type_text(dialog.fields["preferred_times"], "wtorki po południu")
        walk.save(dialog)

    def needs(dialog: ClientDialog) -> None:
        walk.page_at(dialog.form, dialog.form.indexOf(dialog.needs_page))
        walk.on_dialog(NeedDialog, "need_new", need)
        walk.click(dialog.needs_page.add_button)
        walk.shot("client_needs", dialog)
        walk.save(dialog)

    walk.on_dialog(ClientDialog, "client_edit", needs)
    walk.click(step_button(window, "client"))


def checklist(walk: Walk, window: Any, name: str) -> None:
    walk.page_at(window.tabs, 0)
    walk.shot(name, window)


def agreement(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.agreements.dialog import AgreementDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    def fill(dialog: AgreementDialog) -> None:
        fields = dialog.form.fields
        walk.date(fields["concluded_on"], LAST_MONTH)
        walk.date(fields["period_from"], LAST_MONTH)
        walk.date(fields["period_to"], TODAY.replace(year=TODAY.year + 1, day=1))
        walk.type_text(fields["concluded_in"], "Modrzewo")
        walk.date(fields["signed_by_volunteer_on"], LAST_MONTH)
        walk.date(fields["signed_by_ops_on"], LAST_MONTH)
        walk.page_at(dialog.form, 1)
        walk.check_row(dialog.form.activities, 0)  # TOW, keeping company
        walk.on_dialog(QMessageBox, "agreement_question", answer_agreement)
        walk.save(dialog)

    def answer_agreement(box: QMessageBox) -> None:
        """Warnings first (saved anyway), then the offer to activate the candidate."""
        if box.objectName() == "activation_offer":
            walk.click(walk.button(box, "Aktywuj"))
            return
        walk.on_dialog(QMessageBox, "activation_offer", lambda b: walk.click(walk.button(b, "Aktywuj")))
        walk.click(walk.button(box, "Zapisz"))

    def volunteer(dialog: VolunteerDialog) -> None:
        walk.page_at(dialog.form, dialog.form.indexOf(dialog.agreements_page))
        walk.on_dialog(AgreementDialog, "agreement_new", fill)
        walk.click(dialog.agreements_page.new_button)
        walk.page(dialog.form, "Status")
        walk.shot("volunteer_activated", dialog)
        status = dialog.form.fields["status"]
        assert isinstance(status, QComboBox)
        if status.currentData() != "active":
            raise WalkFailed(f"the volunteer is {status.currentData()} after the agreement")
        walk.save(dialog)

    walk.on_dialog(VolunteerDialog, "volunteer_agreements", volunteer)
    walk.click(step_button(window, "agreement"))


def assignment(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.assignments.dialog import AssignmentDialog
    from coordinator_app.ui.assignments.match_dialog import MatchDialog
    from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog

    def assign(dialog: AssignmentDialog) -> None:
        walk.date(dialog.form.fields["date_from"], LAST_MONTH)
        walk.choose(dialog.form.fields["status"], "active")
        walk.answer("assignment_warnings", "Zapisz", optional=True)
        walk.save(dialog)

    def match(dialog: MatchDialog) -> None:
        if not dialog.candidates:
            raise WalkFailed(f"nobody to match: {dialog.reason.text()}")
        walk.on_dialog(AssignmentDialog, "assignment_new", assign)
        walk.click(dialog.assign_button)

    def waiting(dialog: WaitingListDialog) -> None:
        walk.on_dialog(MatchDialog, "match", match)
        walk.click(dialog.match_button)
        walk.shot("waiting_list_after", dialog)
        walk.click(walk.button(dialog, "Zamknij"))

    walk.on_dialog(WaitingListDialog, "waiting_list", waiting)
    walk.click(step_button(window, "assignment"))


def hours_card(walk: Walk, window: Any) -> None:
    """Two lines typed from the paper card, confirmed (the paper is the confirmation), saved."""
    from coordinator_app.core.calendar import Month
    from coordinator_app.ui.hours.card_dialog import HoursCardDialog

    def card(dialog: HoursCardDialog) -> None:
        if dialog.month != Month.of(LAST_MONTH):
            dialog.go_to_month(Month.of(LAST_MONTH))
            walk.actions += 1
        walk.keys(dialog.volunteer_edit, "wiś")
        walk.key(dialog.volunteer_edit, Qt.Key.Key_Return)
        if dialog.volunteer_id is None:
            raise WalkFailed("the volunteer was not found by name")
        for day, hours, what in (("4", "2", "rozmowa, czytanie"), ("11", "1,5", "spacer")):
            row = dialog.table.currentIndex().row()
            walk.keys(None, day)
            walk.key(None, Qt.Key.Key_Return)
            walk.keys(None, hours)
            walk.key(None, Qt.Key.Key_Return)
            walk.keys(None, what)
            for _press in range(10):  # Enter until the next line (the rest keeps its defaults)
                walk.key(None, Qt.Key.Key_Return)
                if dialog.table.currentIndex().row() != row:
                    break
        walk.shot("hours_card_typed", dialog)
        walk.click(dialog.confirm_button)
        walk.click(dialog.save_button)
        walk.shot("hours_card_saved", dialog)
        walk.click(dialog.close_button)

    walk.on_dialog(HoursCardDialog, "hours_card", card)
    walk.click(step_button(window, "hours"))


def month_close(walk: Walk, window: Any) -> None:
    from coordinator_app.core.calendar import Month
    from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog

    def close(dialog: MonthCloseDialog) -> None:
        if dialog.month != Month.of(LAST_MONTH):
            raise WalkFailed(f"month close offers {dialog.month}")
        walk.answer("month_close_question", optional=True)
        walk.click(dialog.close_month_button)
        walk.shot("month_closed", dialog)
        walk.click(dialog.done_button)

    walk.on_dialog(MonthCloseDialog, "month_close", close)
    walk.menu(window, "Praca", "Zamknięcie miesiąca…")


def certificate(walk: Walk, window: Any) -> None:
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    tab = window.main_tabs.volunteers
    walk.page_at(window.tabs, window.tabs.indexOf(tab))
    walk.wait_until(lambda: tab.loaded and tab.model.rowCount() == 1, "the volunteers list")
    tab.table.selectRow(0)
    walk.actions += 1

    def preview(dialog: DocumentPreviewDialog) -> None:
        walk.wait_until(lambda: bool(dialog.pdf), "the certificate's pages")
        walk.shot("certificate_preview", dialog)
        walk.click(walk.button(dialog, "Zamknij"))

    def volunteer(dialog: VolunteerDialog) -> None:
        menu = dialog.print_button.menu()
        action = next(a for a in menu.actions() if a.text().startswith("Zaświadczenie"))
        walk.on_dialog(DocumentPreviewDialog, "certificate", preview)
        walk.actions += 2  # the Print button, the menu item
        action.trigger()
        walk.click(walk.button(dialog, "Anuluj"))

    walk.on_dialog(VolunteerDialog, "volunteer_print", volunteer)
    walk.key(tab.table, Qt.Key.Key_Return)
    walk.page_at(window.tabs, 0)


def monthly_report(walk: Walk, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from coordinator_app.ui.reports.dialog import ReportsDialog

    walk.menu(window, "Praca", "Raporty…")
    walk.wait_until(lambda: isinstance(QApplication.activeModalWidget(), ReportsDialog), "the reports")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReportsDialog)
    walk.click(dialog.preview_button)
    walk.wait_until(lambda: dialog.document is not None, "the monthly report")
    walk.shot("monthly_report", dialog)
    dialog.reject()
    walk.actions += 1


def walk_first_day(walk: Walk, window: Any) -> None:
    walk.wait_until(lambda: window.main_tabs is not None, "the database to open")
    checklist(walk, window, "dashboard_empty")
    steps = (organisation, staff_and_villages, volunteer, training, client, agreement, assignment)
    for step in (*steps, hours_card, month_close, certificate, monthly_report):
        before = walk.actions
        step(walk, window)
        walk.by_step[step.__name__] = walk.actions - before
        walk.wait_until(walk.no_dialog, f"{step.__name__} to end")
        walk.finish()
        if step is client:
            checklist(walk, window, "dashboard_half_way")
    checklist(walk, window, "dashboard_at_the_end")
