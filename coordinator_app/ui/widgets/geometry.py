"""Windows that fit the screen and remember their size and place.

One event filter on the application (`install`, called once at start-up) sees every window
as it is shown: it gives it back the size and place it had when it was last closed (QSettings,
key `windows/<class name>/geometry`, or the object name of a plain QDialog), shrinks it to
the screen's available area (the desktop without the taskbar: 1366×728 on the office laptop)
and moves it so that its title bar and its buttons are on that screen. A dialog seen for the
first time is centred over its parent. When a window is hidden its geometry is saved. The
main window does the same through `restore_window` / `save_window` with its own settings.

Message boxes and file dialogs size themselves and are only kept on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# The window frame Windows 10 draws around a window before the frame is known (the title bar
# and the thin borders): room is kept for it so the frame fits as well.
DEFAULT_FRAME = QMargins(8, 31, 8, 8)
# Named, not imported: each of Qt's classes costs start-up time when Python first touches it.
SELF_SIZED = ("QMessageBox", "QFileDialog", "QInputDialog", "QColorDialog", "QProgressDialog")
GROUP = "windows"


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without the taskbar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(widget: QWidget) -> QMargins:
    """The frame around the window's client area: as drawn once it is known, else the usual one."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if frame == inner:
        return DEFAULT_FRAME
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def fitted(geometry: QRect, area: QRect, frame: QMargins, minimum: QSize | None = None) -> QRect:
    """`geometry` (the client area) shrunk so that with its `frame` it fits `area`, then moved
    so that it lies inside it: the title bar is never above or beside the screen. A window
    whose `minimum` size is larger than the area keeps that size, its top-left corner on it."""
    room = area.marginsRemoved(frame)
    width = min(geometry.width(), room.width())
    height = min(geometry.height(), room.height())
    if minimum is not None:
        width, height = max(width, minimum.width()), max(height, minimum.height())
    x = max(room.left(), min(geometry.x(), room.right() + 1 - width))
    y = max(room.top(), min(geometry.y(), room.bottom() + 1 - height))
    return QRect(x, y, width, height)


def centred(size: QSize, over: QRect) -> QRect:
    """A rectangle of `size` centred over `over`."""
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(over.center())
    return rect


def fit_to_screen(widget: QWidget, geometry: QRect | None = None) -> None:
    """Place `widget` at `geometry` (default: where it is), fitted to its screen."""
    target = fitted(
        geometry or widget.geometry(), available_area(widget), frame_margins(widget), widget.minimumSize()
    )
    if target != widget.geometry():
        widget.setGeometry(target)


def _key(widget: QWidget, key: str | None = None) -> str:
    """`windows/<class name>`, or `windows/<object name>` for a plain QDialog built in place."""
    name = type(widget).__name__
    if type(widget) is QDialog and widget.objectName():
        name = widget.objectName()
    return f"{GROUP}/{key or name}"


def saved_geometry(settings: QSettings, widget: QWidget, key: str | None = None) -> QRect | None:
    value = settings.value(_key(widget, key) + "/geometry")
    return value if isinstance(value, QRect) and value.isValid() else None


def save_window(settings: QSettings, widget: QWidget, key: str | None = None) -> None:
    """Remember the window's place and size (its normal ones when it is maximised)."""
    maximised = widget.isMaximized()
    geometry = widget.normalGeometry() if maximised else widget.geometry()
    if geometry.isValid():
        settings.setValue(_key(widget, key) + "/geometry", geometry)
    settings.setValue(_key(widget, key) + "/maximized", maximised)


def restore_window(settings: QSettings, widget: QWidget, key: str | None = None) -> None:
    """Give the window its remembered place and size, fitted to the screen (called before it is
    first shown)."""
    saved = saved_geometry(settings, widget, key)
    if saved is not None:
        fit_to_screen(widget, saved)
    else:
        area = available_area(widget)
        fit_to_screen(widget, centred(widget.size(), area))
    if settings.value(_key(widget, key) + "/maximized") in (True, "true"):
        from PySide6.QtCore import Qt  # only then before the first paint (test_first_paint.py)

        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)


def _first_placement(widget: QWidget) -> QRect:
    """Centred over the parent's window (or the screen) at the size the window asked for."""
    parent = widget.parentWidget()
    over = parent.window().frameGeometry() if parent is not None else available_area(widget)
    return centred(widget.size(), over)


class WindowKeeper(QObject):
    """The application-wide event filter described in the module docstring."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(watched, QDialog):
            return False
        if not watched.isWindow() or event.spontaneous():
            return False
        remembers = not any(watched.inherits(name) for name in SELF_SIZED)
        if kind == QEvent.Type.Show:
            self._place(watched, remembers)
        elif remembers:
            save_window(self.settings, watched)
        return False

    def _place(self, dialog: QDialog, remembers: bool) -> None:
        saved = saved_geometry(self.settings, dialog) if remembers else None
        if saved is not None:
            fit_to_screen(dialog, saved)
        elif not dialog.property("geometry_placed"):
            fit_to_screen(dialog, _first_placement(dialog))
        else:
            fit_to_screen(dialog)
        dialog.setProperty("geometry_placed", True)


def install(app: QApplication, settings: QSettings) -> WindowKeeper:
    """Watch every dialog of `app` (once, at start-up)."""
    keeper = WindowKeeper(settings, app)
    app.installEventFilter(keeper)
    return keeper
