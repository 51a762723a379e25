"""What "fits the screen" means for one window: inside the available area with its frame, and
no label, button, check box or table header whose text is cut.

`problems(window, area)` lists what is wrong in words (empty when the window fits); each tab
page of the window's tab widgets is looked at in turn.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QWidget,
)

from coordinator_app.ui.widgets.geometry import DEFAULT_FRAME

SLACK = 1  # a pixel of rounding


def text_width(widget: QWidget, text: str, *, bold: bool = False) -> int:
    """The widest line of `text` in the widget's font (mnemonic ampersands removed); `bold` as
    a header draws the titles of the selected row's columns."""
    font = QFont(widget.font())
    font.setBold(font.bold() or bold)
    metrics = QFontMetrics(font)
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_name(label)} '{text[:40]}' needs {needed} px of height, has {label.height()}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth())
    else:
        needed = text_width(label, text)
    if needed > room + SLACK:
        return f"{_name(label)} '{text[:40]}' needs {needed} px, has {room}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    style = button.style()
    needed = text_width(button, text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        room = button.width()
    elif isinstance(button, QPushButton):
        room = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
    else:
        room = button.width() - 4
    if needed > room + SLACK:
        return f"{_name(button)} '{text}' needs {needed} px, has {room}"
    return None


def field_problem(field: QWidget) -> str | None:
    """A line edit, drop-down or spin box squeezed below the size it needs (text or arrow cut)."""
    need = field.minimumSizeHint()
    if field.height() + SLACK < need.height() or field.width() + SLACK < need.width():
        return f"{_name(field)} is {field.width()}×{field.height()}, needs {need.width()}×{need.height()}"
    return None


def header_problems(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = text_width(header, str(text), bold=header.highlightSections()) + margin
        if needed > header.sectionSize(section) + SLACK:
            found.append(
                f"{_name(view)} header '{text}' needs {needed} px, has {header.sectionSize(section)}"
            )
    return found


def _input_of(field: QWidget) -> QWidget:
    """The widget the coordinator types into: `field`, or the first visible one inside a row's
    container (a field with its error line)."""
    if isinstance(field, QLabel) or type(field) is not QWidget:
        return field
    for child in field.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isVisibleTo(field):
            return child
    return field


def far_labels(window: QWidget) -> list[str]:
    """Form labels standing far above their field (a tall row with the field sunk to its
    middle): the label's line must meet the field's first line."""
    found = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or field is None or not label.isVisibleTo(window):
                continue
            target = _input_of(field)
            gap = target.mapTo(window, QPoint(0, 0)).y() - label.mapTo(window, QPoint(0, 0)).y()
            if abs(gap) > label.height():
                found.append(f"label '{label.text()}' stands {gap} px away from its field")
    return found


def _visible_problems(window: QWidget) -> list[str]:
    found: list[str] = far_labels(window)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not widget.inherits("QToolButton"):
            problem = button_problem(widget)
        elif isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
            # a drop-down's or spin box's own line edit is measured with its box
            if not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                problem = field_problem(widget)
        elif isinstance(widget, QAbstractItemView):
            header = getattr(widget, "horizontalHeader", None)
            if callable(header):
                found.extend(header_problems(widget, header()))
            tree_header = getattr(widget, "header", None)
            if callable(tree_header):
                found.extend(header_problems(widget, tree_header()))
        if problem:
            found.append(problem)
    return found


def frame_rect(window: QWidget) -> QRect:
    """The window with its frame (the usual frame where the platform draws none)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return inner.marginsAdded(DEFAULT_FRAME) if frame == inner else frame


def problems(window: QWidget, area: QRect) -> list[str]:
    """Everything that does not fit in `window`, on every page of its tab widgets."""
    title = f"{type(window).__name__} '{window.windowTitle()}'"
    found = []
    outer = frame_rect(window)
    if not area.contains(outer):
        found.append(f"{title}: {outer.width()}×{outer.height()} at ({outer.x()}, {outer.y()}) off {area}")
    seen: set[str] = set()
    pages = [(tabs, index) for tabs in window.findChildren(QTabWidget) for index in range(tabs.count())]
    for tabs, index in [(None, 0), *pages]:
        if tabs is not None:
            if not tabs.isVisibleTo(window) and tabs is not window:
                continue
            tabs.setCurrentIndex(index)
        QApplication.processEvents()  # the layouts settle (a label's new text, a shown page)
        for problem in _visible_problems(window):
            if problem not in seen:
                seen.add(problem)
                found.append(f"{title}: {problem}")
    return found
