"""The packaging tests build and install the wheel; `-m "not wheel"` leaves them out."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "wheel: builds the wheel and runs the program installed from it")
