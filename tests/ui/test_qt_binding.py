"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every call that returns None
(QWidget.update(), QLabel.setText(), processEvents()...): after a few thousand calls the
interpreter aborts with "deallocating None". The application would die minutes after start.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(1000):
    label.update()
    label.setText("x")
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_calls_returning_none_keep_the_reference_count_of_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) > -50, "the Qt binding leaks references to None"
