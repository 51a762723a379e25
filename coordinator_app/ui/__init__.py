"""The Qt shell. Only this package imports PySide6."""
