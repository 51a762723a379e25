"""A realistic demonstration dataset: a fictitious rural GOPS with its volunteers, clients,
agreements, assignments, hours and trainings (`coordinator-app demo`).

May import: `core/` (its services and rules, so the data is what the application would
write), `db/`, `i18n/`. Never: `ui/`, `cli/`, `storage/`, `output/` (tests/test_layering.py).
"""

from coordinator_app.demo.api import DemoError, DemoSize, DemoSummary
from coordinator_app.demo.generator import generate_demo

__all__ = ["DemoError", "DemoSize", "DemoSummary", "generate_demo"]
