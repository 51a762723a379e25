"""The application's icon, apart from the About box so that start-up loads no dialog classes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from coordinator_app.app.resources import icons_dir


def application_icon() -> QIcon:
    """The application's icon (window, taskbar), in every size that was drawn."""
    icon = QIcon()
    for path in sorted(icons_dir().glob("koordynator-*.png")):
        icon.addFile(str(path))
    return icon
