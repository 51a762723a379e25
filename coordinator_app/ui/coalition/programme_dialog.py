"""Add or edit the yearly programme of volunteer activities: the programme's heading, and its
items (kind, title, month or all year, lead partner, participants, a training session that
carries it out, the date done by hand) with what has been done so far."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from coordinator_app.core.coalition import (
    ITEM_KINDS,
    ItemInput,
    ItemInUse,
    ProgrammeData,
    create_programme,
    done_text,
    get_programme,
    kind_label,
    month_label,
    partner_choices,
    progress_by_item,
    training_choices,
    update_programme,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.coalition.lines import LinesTable, partner_combo
from coordinator_app.ui.widgets.binding import get_value, set_value, spin_box
from coordinator_app.ui.widgets.form_dialog import FormDialog, SaveCancelled, not_saved_summary
from coordinator_app.ui.widgets.forms import OptionalDateEdit, line_edit, save_cancel_buttons, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm

HEADING_FIELDS = ("year", "title", "adopted_on", "adopted_by", "introduction")
ITEMS_PAGE = 1
ID_PROPERTY = "item_id"


class YearlyProgrammeDialog(FormDialog[ProgrammeData]):
    def __init__(self, db: Database, programme_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id = programme_id
        self.saved_id: int | None = None
        data = get_programme(db, programme_id) if programme_id is not None else self._new()
        self.partners = partner_choices(db)
        self.trainings = training_choices(db, data.year or dt.date.today().year)
        self.progress = progress_by_item(db, programme_id) if programme_id is not None else {}
        self.form = PagedForm()
        self._build_heading()
        self._build_items()
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1250, 620)
        title = _("Yearly programme {year}") if programme_id is not None else _("New yearly programme")
        self.setWindowTitle(title.format(year=data.year))
        self.load(data)

    @staticmethod
    def _new() -> ProgrammeData:
        year = dt.date.today().year + (1 if dt.date.today().month >= 10 else 0)  # planned in autumn
        return ProgrammeData(
            year=year, title=_("Programme of volunteer activities for {year}").format(year=year)
        )

    def _build_heading(self) -> None:
        form = self.form.add_page(_("Programme"))
        year = QSpinBox()
        year.setRange(1999, 2100)
        year.setSpecialValueText(" ")
        self.form._add(form, _("Year *"), "year", year)
        self.form._add(form, _("Title *"), "title", line_edit(300))
        self.form._add(form, _("Adopted on"), "adopted_on", OptionalDateEdit())
        self.form._add(
            form, _("Adopted by"), "adopted_by", line_edit(200, _("e.g. the coalition, meeting 1/2026"))
        )
        self.form._add(
            form,
            _("Introduction"),
            "introduction",
            text_edit(_("The aims of the programme; printed first."), 160),
        )

    def _build_items(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            _(
                "An item is done when an action carrying it out is finished, when its training "
                "session has taken place, or on the date entered in “Done on”."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.items = LinesTable(
            "items",
            [
                _("Kind"),
                _("Title"),
                _("Month"),
                _("Lead partner"),
                _("Participants"),
                _("Description"),
                _("Training session"),
                _("Done on"),
                _("Progress"),
            ],
            [100, 220, 100, 150, 80, 130, 150, 105, 140],
            self._item_row,
            _("&Add an item"),
            stretch=None,
        )
        layout.addWidget(self.items, 1)
        self.form.addTab(page, _("Items"))

    def _item_row(self) -> list[QWidget]:
        kind = QComboBox()
        for value in ITEM_KINDS:
            kind.addItem(kind_label(value), value)
        month = QComboBox()
        month.addItem(month_label(None), None)
        for number in range(1, 13):
            month.addItem(month_label(number), number)
        training = QComboBox()
        training.addItem("—", None)
        for choice in self.trainings:
            training.addItem(choice.text, choice.id)
        return [
            kind,
            line_edit(200),
            month,
            partner_combo(self.partners, _("OPS")),
            spin_box(100_000),
            line_edit(500),
            training,
            OptionalDateEdit(),
            QLabel(),
        ]

    # --- data -------------------------------------------------------------------------------
    def load(self, data: ProgrammeData) -> None:
        for name in HEADING_FIELDS:
            set_value(self.form.fields[name], getattr(data, name))
        self.items.clear()
        for item in data.items:
            row = self.items.add_row()
            values = [
                item.kind,
                item.title,
                item.planned_month,
                item.partner_id,
                item.planned_participants,
                item.description,
                item.training_session_id,
                item.done_on,
            ]
            for widget, value in zip(row, values, strict=False):
                set_value(widget, value)
            row[0].setProperty(ID_PROPERTY, item.id)
            progress = self.progress.get(item.id) if item.id is not None else None
            status = row[-1]
            assert isinstance(status, QLabel)
            status.setText(done_text(progress) if progress is not None else "")
            status.setToolTip(status.text())
        self.items.show_starts()

    def collect(self) -> ProgrammeData:
        values = {name: get_value(self.form.fields[name]) for name in HEADING_FIELDS}
        data = ProgrammeData(**values)
        data.title = data.title or ""
        for row in self.items.rows():
            kind, title, month, partner, people, description, training, done = (
                get_value(w) for w in row[:-1]
            )
            item_id = row[0].property(ID_PROPERTY)
            data.items.append(
                ItemInput(kind, title or "", month, partner, people, description, done, training, item_id)
            )
        return data

    def failure_title(self) -> str:
        return _("The programme was not saved")

    def write(self, data: ProgrammeData) -> None:
        try:
            if self.programme_id is None:
                self.saved_id = create_programme(self.db, data)
            else:
                update_programme(self.db, self.programme_id, data)
                self.saved_id = self.programme_id
        except ItemInUse as refusal:
            self.summary.setText(str(refusal))
            self.summary.show()
            raise SaveCancelled from None

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors({k: v for k, v in by_field.items() if ":" not in k})
        wrong = {int(k.split(":")[1]): v for k, v in by_field.items() if k.startswith("item:")}
        self.items.mark(wrong)
        if wrong and not self.form.errors.marked():
            self.form.setCurrentIndex(ITEMS_PAGE)

    def error_summary(self, by_field: dict[str, str]) -> str:
        lines = [message for key, message in by_field.items() if ":" in key]
        return "\n".join([not_saved_summary(self.failure_title(), len(by_field)), *lines])
