"""A form of several pages (tabs), each a scrollable list of labelled fields with error lines;
every page holding a field with an error is marked (warning icon, red title, a tooltip with
the count) until its fields are changed or pass the next save."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QFormLayout, QScrollArea, QStyle, QTabWidget, QWidget

from coordinator_app.i18n import ngettext
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.forms import FieldErrors


class PagedForm(QTabWidget):
    """`fields` maps each key to its widget; `show_errors` opens the page of the first error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.errors.cleared.append(self.mark_pages)
        self.fields: dict[str, QWidget] = {}
        self._page_of: dict[str, int] = {}

    def add_page(self, title: str) -> QFormLayout:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or page.isAncestorOf(widget):
                return index
        return None

    def mark_pages(self) -> dict[int, int]:
        """Mark the pages holding a field with an error, unmark the others; page → count."""
        counts: dict[int, int] = {}
        for key, widget in self.errors.marked().items():
            page = self._page_of.get(key, self.page_of(widget))
            if page is not None:
                counts[page] = counts.get(page, 0) + 1
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bar = self.tabBar()
        for index in range(self.count()):
            count = counts.get(index, 0)
            self.setTabIcon(index, warning if count else QIcon())
            bar.setTabTextColor(index, QColor(Colours.ERROR) if count else QColor())
            self.setTabToolTip(
                index,
                ngettext(
                    "{n} field to correct on this page", "{n} fields to correct on this page", count
                ).format(n=count)
                if count
                else "",
            )
        return counts
