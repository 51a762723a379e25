"""The application's one look: a palette of named colours and one stylesheet of named roles.

The stylesheet is applied once, to the whole application (`apply`, called when the window
starts). A widget takes a look by its role, a dynamic property: `set_role(label, "error")`
instead of a stylesheet of its own. Table models and painted charts take their colours from
`Colours` (as `QColor(Colours.ERROR)`), so each colour is written here and nowhere else.

Qt only; imports nothing else from the application.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget


class Colours:
    """Every colour of the window, by what it means."""

    ERROR = "#b00020"  # refusals, wrong fields, what is missing, weekends on the hours card
    ERROR_BACKGROUND = "#fde2e4"  # a wrong cell of the hours card
    OK = "#1b5e20"  # a use case done
    READY = "#2e7d32"  # complete, valid, ready
    WARNING = "#8a5a00"  # needs attention soon, not confirmed yet
    CAUTION = "#a35a00"  # suspended; minors involved
    PLANNED = "#1f5fa8"  # candidates, planned assignments
    NOTE = "#555555"  # hints and secondary text
    MUTED = "#6b6b6b"  # ended, archived, not counting
    FADED = "#888888"  # cancelled hours
    INACTIVE = "#a0a0a4"  # dictionary entries no longer offered (Qt's own grey)
    READ_ONLY_BACKGROUND = "#f1f1f1"  # a cell that cannot be edited
    MIRROR_BACKGROUND = "#e2e2e2"  # the mirrored half of the distances table
    BANNER_BACKGROUND = "#fff4ce"  # the backup reminder and the closed-month strip
    BANNER_BORDER = "#e0c060"
    CLOSED_BORDER = "#e0c36a"
    TILE_BACKGROUND = "#f1f5f9"  # the dashboard's figures
    PAGES_BACKGROUND = "#808080"  # behind the pages of a document preview
    PAGE_BORDER = "#444444"
    PAGE_BACKGROUND = "white"
    FRAME_BORDER = "#aaaaaa"  # the logo in the organisation settings
    NOTICE_WARNING_BACKGROUND = "#fff3cd"
    NOTICE_WARNING_TEXT = "#664d03"
    NOTICE_WARNING_BORDER = "#ffe69c"
    NOTICE_INFO_BACKGROUND = "#e7f1ff"
    NOTICE_INFO_TEXT = "#084298"
    NOTICE_INFO_BORDER = "#b6d4fe"
    CHART_CONFIRMED = "#3c6e9f"
    CHART_DONE = "#a9c4de"
    CHART_PREVIOUS = "#c9c9c9"
    CHART_TEXT = "#333333"
    CHART_GRID = "#e3e3e3"


def _rules(c: type[Colours]) -> str:
    """The stylesheet; each role names what a widget shows, not how."""
    return f"""
QLabel[role="error"] {{ color: {c.ERROR}; }}
QLabel[role="ok"] {{ color: {c.OK}; }}
QLabel[role="ready"] {{ color: {c.READY}; }}
QLabel[role="warning"] {{ color: {c.WARNING}; }}
QLabel[role="caution"] {{ color: {c.CAUTION}; }}
QLabel[role="note"] {{ color: {c.NOTE}; }}
QLabel[role="blocked"] {{ color: {c.ERROR}; font-weight: bold; }}
QLabel[role="heading"] {{ font-weight: bold; }}
QLabel[role="empty_list"] {{ color: {c.NOTE}; padding: 4px; }}
QLabel[role="refusal"] {{ color: {c.ERROR}; border: 1px solid {c.ERROR}; padding: 6px; }}
QLabel[role="closed_month"] {{
    background: {c.BANNER_BACKGROUND}; border: 1px solid {c.CLOSED_BORDER}; padding: 4px;
}}
QLabel[role="notice_warning"] {{
    background: {c.NOTICE_WARNING_BACKGROUND}; color: {c.NOTICE_WARNING_TEXT}; padding: 6px;
    border: 1px solid {c.NOTICE_WARNING_BORDER};
}}
QLabel[role="notice_info"] {{
    background: {c.NOTICE_INFO_BACKGROUND}; color: {c.NOTICE_INFO_TEXT}; padding: 6px;
    border: 1px solid {c.NOTICE_INFO_BORDER};
}}
QLabel[role="page"] {{ border: 1px solid {c.PAGE_BORDER}; background: {c.PAGE_BACKGROUND}; }}
QLabel[role="framed"] {{ border: 1px solid {c.FRAME_BORDER}; }}
QScrollArea[role="pages"] {{ background: {c.PAGES_BACKGROUND}; }}
QFrame[role="tile"] {{ background: {c.TILE_BACKGROUND}; border-radius: 4px; }}
QPushButton[role="step"] {{ text-align: left; padding: 2px 8px; }}
QFrame#backup_reminder {{ background: {c.BANNER_BACKGROUND}; border: 1px solid {c.BANNER_BORDER}; }}
*[invalid="true"], *[invalid="true"] * {{ border: 1px solid {c.ERROR}; }}
"""


STYLESHEET = _rules(Colours)
ROLES = frozenset(re.findall(r'\[role="(\w+)"\]', STYLESHEET))


def apply(app: QApplication) -> None:
    """Give the whole application its look; called once, before the first window opens."""
    app.setStyleSheet(STYLESHEET + _spin_box_rule(app))


def _spin_box_rule(app: QApplication) -> str:
    """Keep spin and date boxes as tall as the platform style draws them.

    Under an application stylesheet Qt sizes a spin box by its own box model, a few pixels
    shorter than a line edit next to it; a `min-height` measured here gives the native height
    back (the rule only sizes the box: it is drawn by the platform style as before).
    """
    app.setStyleSheet("")
    native = QSpinBox().sizeHint().height()
    probe_height = 100
    app.setStyleSheet(f"QAbstractSpinBox {{ min-height: {probe_height}px; }}")
    probe = QSpinBox()
    probe.ensurePolished()
    frame = probe.minimumHeight() - probe_height
    marked = 2  # a field marked wrong has a 1-pixel red border instead of the platform frame
    return (
        f"QAbstractSpinBox {{ min-height: {native - frame}px; }}\n"
        f'QAbstractSpinBox[invalid="true"] {{ min-height: {native - frame - marked}px; }}\n'
    )


def set_role(widget: QWidget, role: str | None) -> None:
    """Show `widget` in a role of the stylesheet (None: plain), repainted at once."""
    if role is not None and role not in ROLES:
        raise ValueError(f"no such role in the stylesheet: {role}")
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a dynamic property changed (Qt does not on its own)."""
    style = widget.style()
    for each in (widget, *widget.findChildren(QWidget)):
        style.unpolish(each)
        style.polish(each)
        # As setStyleSheet would: combo and spin boxes forget their cached size hints.
        QApplication.sendEvent(each, QEvent(QEvent.Type.StyleChange))
        each.updateGeometry()
        each.update()
