"""The training sessions list model: date, title, category, duration, place, attendance counts,
programme."""

from __future__ import annotations

from collections.abc import Callable

from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import TrainingRow, place_text
from coordinator_app.i18n import N_
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, attribute_is, searchable_model

CATEGORY_ORDER = {category.value: i for i, category in enumerate(TrainingCategory)}


def training_columns() -> list[Column[TrainingRow]]:
    return [
        Column(
            "date",
            N_("Date"),
            lambda r: format_date(r.session_date),
            sort_key=lambda r: r.session_date,
            align_right=True,
        ),
        Column("title", N_("Title"), lambda r: r.title, tooltip=lambda r: r.title),
        Column(
            "category",
            N_("Category"),
            lambda r: TrainingCategory(r.category).label,
            sort_key=lambda r: CATEGORY_ORDER.get(r.category, len(CATEGORY_ORDER)),
        ),
        Column(
            "duration",
            N_("Duration"),
            lambda r: r.duration_text,
            sort_key=lambda r: r.duration_minutes,
            align_right=True,
            tooltip=lambda r: r.duration_text,
        ),
        Column(
            "place",
            N_("Place"),
            lambda r: place_text(r.place, r.remote),
            tooltip=lambda r: place_text(r.place, r.remote) or None,
        ),
        Column("trainer", N_("Trainer"), lambda r: r.trainer_name),
        Column(
            "present", N_("Present"), lambda r: str(r.present), sort_key=lambda r: r.present, align_right=True
        ),
        Column(
            "partly", N_("Partly"), lambda r: str(r.partly), sort_key=lambda r: r.partly, align_right=True
        ),
        Column(
            "absent", N_("Absent"), lambda r: str(r.absent), sort_key=lambda r: r.absent, align_right=True
        ),
        Column(
            "registered",
            N_("Registered"),
            lambda r: str(r.registered),
            sort_key=lambda r: r.registered,
            align_right=True,
        ),
        Column("programmes", N_("Programme"), lambda r: r.programmes, tooltip=lambda r: r.programmes or None),
    ]


def make_training_model() -> tuple[RecordTableModel[TrainingRow], SearchProxy]:
    return searchable_model(training_columns())


def category_predicate(category: str) -> Callable[[TrainingRow], bool]:
    return attribute_is("category", category)
