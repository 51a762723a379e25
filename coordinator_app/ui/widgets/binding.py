"""Read and write a plain value from/to any form widget, so forms map fields by name."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from coordinator_app.ui.widgets.forms import OptionalDateEdit, OptionalTimeEdit


def get_value(widget: QWidget) -> Any:
    """Empty text becomes None; a spin box at its minimum (shown blank) is None."""
    if isinstance(widget, OptionalDateEdit | OptionalTimeEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            data = widget.currentData()
            return data if data is not None else (widget.currentText().strip() or None)
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return None if widget.value() == widget.minimum() else widget.value()
    raise TypeError(f"no binding for {type(widget).__name__}")


def set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, OptionalDateEdit | OptionalTimeEdit):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and widget.isEditable() and value:
            widget.setEditText(str(value))
        else:
            widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    else:
        raise TypeError(f"no binding for {type(widget).__name__}")


def spin_box(maximum: int, suffix: str = "") -> QSpinBox:
    """A number field whose minimum (-1) shows as empty."""
    box = QSpinBox()
    box.setRange(-1, maximum)
    box.setSpecialValueText(" ")
    box.setValue(-1)
    if suffix:
        box.setSuffix(suffix)
    return box
