"""A form of several pages (tabs), each a scrollable list of labelled fields with error lines."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from coordinator_app.ui.widgets.forms import FieldErrors


def form_page() -> tuple[QWidget, QFormLayout]:
    """A page of labelled fields that keep to the top: the height left over goes below the
    last row, never between the rows nor between a label and its (fixed-height) field."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    column.addLayout(form)
    column.addStretch(1)
    return page, form


class PagedForm(QTabWidget):
    """`fields` maps each key to its widget; `show_errors` opens the page of the first error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        self._page_of: dict[str, int] = {}

    def add_page(self, title: str) -> QFormLayout:
        inner, form = form_page()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.addTab(scroll, title)
        return form

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> QWidget:
        """A field on the page being built, with its error line."""
        self.fields[key] = widget
        widget.setObjectName(key)
        self._page_of[key] = self.count() - 1
        self.errors.add_row(form, label, key, widget)
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        first = self.errors.show(errors)
        pages = [self._page_of[key] for key in errors if key in self._page_of]
        if pages:
            self.setCurrentIndex(min(pages))
        if first is not None:
            first.setFocus()
