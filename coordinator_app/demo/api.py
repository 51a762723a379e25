"""Public types of the demo generator: the requested size, the error and the summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# progress(done, total, stage) -> False to cancel
ProgressCallback = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class DemoSize:
    volunteers: int
    clients: int
    hours: int


class DemoError(Exception):
    """The demo dataset was not created; the message is one Polish sentence for the user."""


def plural_pl(n: int, one: str, few: str, many: str) -> str:
    """`n` with the Polish noun form for it: 1 wolontariusz, 2 wolontariusze, 5 wolontariuszy."""
    if n == 1:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


@dataclass(frozen=True)
class DemoSummary:
    volunteers: int
    clients: int
    hours: int
    trainings: int
    agreements: int = 0
    assignments: int = 0
    villages: int = 0
    staff: int = 0

    def __str__(self) -> str:
        parts = (
            plural_pl(self.volunteers, "wolontariusz", "wolontariusze", "wolontariuszy"),
            plural_pl(self.clients, "podopieczny", "podopieczni", "podopiecznych"),
            plural_pl(self.hours, "wpis godzin", "wpisy godzin", "wpisów godzin"),
            plural_pl(self.trainings, "szkolenie", "szkolenia", "szkoleń"),
        )
        return "Utworzono: " + ", ".join(parts) + "."
