"""The training session form: two pages of fields bound by name to `TrainingData`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator_app.core import validation as v
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import CLOCK, LESSON45, LESSON_MINUTES, TrainingData
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_money
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.forms import (
    OptionalDateEdit,
    OptionalTimeEdit,
    line_edit,
    text_edit,
)
from coordinator_app.ui.widgets.paged_form import PagedForm

# Fields bound as they are (the duration and the cost are converted by the form).
PLAIN_FIELDS = (
    "title",
    "category",
    "session_date",
    "time_from",
    "time_to",
    "place",
    "remote",
    "trainer_name",
    "trainer_organisation",
    "trainer_qualifications",
    "organiser",
    "programme",
    "funding_source",
    "project",
)
UNIT_MINUTES = {CLOCK: 60, LESSON45: LESSON_MINUTES}


class TrainingForm(PagedForm):
    """All fields of a session; `errors` shows validation messages beside each field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_session()
        self._build_programme()

    def _build_session(self) -> None:
        form = self.add_page(_("Session"))
        self._add(form, _("Title *"), "title", line_edit(200))
        category = QComboBox()
        category.addItem("—", None)
        for value, label in TrainingCategory.choices():
            category.addItem(label, value)
        self._add(form, _("Category *"), "category", category)
        self._add(form, _("Date *"), "session_date", OptionalDateEdit())
        for key, label in (("time_from", _("From")), ("time_to", _("To"))):
            time = self._add(form, label, key, OptionalTimeEdit())
            assert isinstance(time, OptionalTimeEdit)
            time.timeChanged.connect(lambda _t: self._duration_from_times())
        self.duration = QDoubleSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(0, 999)
        self.duration.setSpecialValueText(" ")
        self.unit = QComboBox()
        self.unit.setObjectName("duration_unit")
        self.unit.setAccessibleName(_("Unit of the duration"))
        self.unit.addItem(_("clock hours (60 min)"), CLOCK)
        self.unit.addItem(_("teaching hours (45 min)"), LESSON45)
        self.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.duration, 1)
        layout.addWidget(self.unit, 2)
        self._page_of["duration_minutes"] = self._page_of["duration_unit"] = self.count() - 1
        box = self.errors.add_row(form, _("Duration *"), "duration_minutes", row)
        # Mark the number field itself (a red border on the row would also frame the unit).
        error_label = box.findChild(QLabel, "error_duration_minutes")
        assert error_label is not None  # add_row made it
        self.errors.register("duration_minutes", self.duration, error_label)
        self._unit_changed()
        self._add(form, _("Place"), "place", line_edit(200, _("e.g. the GOPS conference room")))
        self._add(form, "", "remote", QCheckBox(_("Remote (online)")))
        self._add(form, _("Trainer *"), "trainer_name", line_edit(200, _("name and surname")))
        self._add(form, _("Trainer's organisation"), "trainer_organisation", line_edit(200))
        self._add(form, _("Trainer's qualifications"), "trainer_qualifications", line_edit(300))
        self._add(form, _("Organiser"), "organiser", line_edit(200, _("GOPS or a partner")))

    def _build_programme(self) -> None:
        form = self.add_page(_("Programme and cost"))
        self._add(
            form,
            _("Programme"),
            "programme",
            text_edit(_("One point a line; printed on the certificate."), height=160),
        )
        self.cost = self._add(form, _("Cost"), "cost_grosze", line_edit(20, _("e.g. 150,50 zł")))
        self._add(form, _("Source of funding"), "funding_source", line_edit(200))
        self._add(form, _("Project / grant"), "project", line_edit(200))

    # --- behaviour --------------------------------------------------------------------------
    def _unit_changed(self) -> None:
        lessons = self.unit.currentData() == LESSON45
        self.duration.setDecimals(0 if lessons else 2)
        self.duration.setSingleStep(1 if lessons else 0.5)

    def _duration_from_times(self) -> None:
        """Fill an empty duration in clock hours from the times, as a convenience."""
        start, end = get_value(self.fields["time_from"]), get_value(self.fields["time_to"])
        if start is None or end is None or self.duration.value() or self.unit.currentData() != CLOCK:
            return
        span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if span > 0:
            self.duration.setValue(span / 60)

    def duration_minutes(self) -> int | None:
        value = self.duration.value()
        if not value:
            return None
        return round(value * UNIT_MINUTES[self.unit.currentData()])

    # --- data -------------------------------------------------------------------------------
    def load(self, data: TrainingData) -> None:
        for name in PLAIN_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        minutes = data.duration_minutes or 0
        unit = data.duration_unit
        if unit == LESSON45 and minutes % LESSON_MINUTES:
            unit = CLOCK  # not whole teaching hours (older data): shown exactly, in clock hours
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
        self.duration.setValue(minutes / UNIT_MINUTES[unit])
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the beginning of a long title, not its end
        assert isinstance(self.cost, QLineEdit)
        self.cost.setText(format_money(data.cost_grosze) if data.cost_grosze is not None else "")

    def collect(self) -> tuple[TrainingData, dict[str, str]]:
        """The data typed in, and the messages of fields that could not even be read (cost)."""
        values = {name: get_value(self.fields[name]) for name in PLAIN_FIELDS}
        data = TrainingData(**values)
        data.title = data.title or ""
        data.category = data.category or ""
        data.trainer_name = data.trainer_name or ""
        data.duration_unit = self.unit.currentData()
        data.duration_minutes = self.duration_minutes()
        unreadable: dict[str, str] = {}
        assert isinstance(self.cost, QLineEdit)
        try:
            data.cost_grosze = v.money(self.cost.text(), "cost_grosze")
        except v.FieldError as error:
            unreadable[error.field] = error.message
        return data, unreadable
