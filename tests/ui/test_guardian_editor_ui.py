"""The volunteer form records the guardian's own sex and relation (the documents use both)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.volunteers import create_volunteer, get_volunteer, update_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Volunteer
from coordinator_app.ui.volunteers.form import VolunteerForm
from coordinator_app.ui.widgets.binding import set_value
from tests.factories.forms import volunteer
from tests.helpers import type_text, widget_as


def test_guardian_sex_and_relation_go_from_the_form_to_the_database(qtbot: QtBot, db: Database) -> None:
    volunteer_id = create_volunteer(db, volunteer(guardian_name="Anna Nowak", guardian_sex="K"))
    form = VolunteerForm([], [], [])
    qtbot.addWidget(form)
    form.load(get_volunteer(db, volunteer_id), "active")
    widget_as(QLineEdit, form.fields["guardian_name"]).clear()
    type_text(form.fields["guardian_name"], "Jan Nowak")
    set_value(form.fields["guardian_sex"], "M")
    type_text(form.fields["guardian_relation"], "ojciec")
    update_volunteer(db, volunteer_id, form.collect())
    with db.session() as session:
        row = session.scalars(select(Volunteer).where(Volunteer.id == volunteer_id)).one()
        assert (row.guardian_name, row.guardian_sex, row.guardian_relation) == ("Jan Nowak", "M", "ojciec")
