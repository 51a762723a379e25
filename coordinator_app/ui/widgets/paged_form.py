"""A form of several pages (tabs), each a scrollable list of labelled fields with error lines;
every page holding a field with an error is marked (warning icon, red title, a tooltip with
the count) until its fields are changed or pass the next save."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QFormLayout, QScrollArea, QStyle, QTabWidget, QVBoxLayout, QWidget

from coordinator_app.i18n import ngettext
from coordinator_app.ui.style import Colours
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
        self.errors.cleared.append(self.mark_pages)
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
        pages = self.mark_pages()
        if pages:
            self.setCurrentIndex(min(pages))
        if first is not None:
            first.setFocus()

    def page_of(self, widget: QWidget) -> int | None:
        return page_holding(self, widget)

    def mark_pages(self) -> dict[int, int]:
        """Mark the pages holding a field with an error, unmark the others; page → count."""
        return mark_error_tabs(self, self.errors, self._page_of)


def page_holding(tabs: QTabWidget, widget: QWidget) -> int | None:
    """The index of the page of `tabs` that holds `widget`."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            return index
    return None


def mark_error_tabs(
    tabs: QTabWidget, errors: FieldErrors, known: dict[str, int] | None = None
) -> dict[int, int]:
    """Mark the tabs holding a field that shows an error (warning icon, red title, a tooltip
    with the count), unmark the others; returns page → count. `known` gives field → page
    where the page is known without searching."""
    counts: dict[int, int] = {}
    for key, widget in errors.marked().items():
        page = (known or {}).get(key)
        if page is None:
            page = page_holding(tabs, widget)
        if page is not None:
            counts[page] = counts.get(page, 0) + 1
    warning = tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        count = counts.get(index, 0)
        tabs.setTabIcon(index, warning if count else QIcon())
        bar.setTabTextColor(index, QColor(Colours.ERROR) if count else QColor())
        tip = ngettext("{n} field to correct on this page", "{n} fields to correct on this page", count)
        tabs.setTabToolTip(index, tip.format(n=count) if count else "")
    return counts
