"""The Qt shell. Only this package imports PySide6.

One package per tab or window (view, table model, dialogs), shared widgets in `widgets`, and the
window's one look in `style` (a palette of named colours and one application stylesheet with named
roles: no widget sets a stylesheet or writes a colour of its own). Imports app, core, db, i18n,
output and storage; nothing outside ui imports it (tests/test_layering.py).
"""
