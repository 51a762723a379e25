"""A realistic demonstration dataset: a fictitious rural GOPS with its volunteers, clients,
agreements, assignments, hours and trainings (`coordinator-app demo`)."""

from coordinator_app.demo.api import DemoError, DemoSize, DemoSummary
from coordinator_app.demo.generator import generate_demo

__all__ = ["DemoError", "DemoSize", "DemoSummary", "generate_demo"]
