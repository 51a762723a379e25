"""Template text of an issued document filled from its snapshot."""

from __future__ import annotations

from collections.abc import Mapping

from coordinator_app.core.issuing import templating
from coordinator_app.core.issuing.snapshot import Snapshot


class Filler:
    """The blocks of one document's template, filled with its snapshot's values and flags."""

    def __init__(
        self, snapshot: Snapshot, template: Mapping[str, str], extra: Mapping[str, str] | None = None
    ):
        self.snapshot = snapshot
        self.template = template
        self.flags = frozenset(snapshot.flags)
        self.sex = snapshot.sex
        # clause texts may carry gendered forms and placeholders of their own
        self.values = templating.fill_values({**snapshot.fields, **(extra or {})}, self.sex)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    def lines(self, key: str) -> list[str]:
        """Printed lines of a block; a multi-line value (a clause text) gives several."""
        result: list[str] = []
        for line in templating.lines(self.template.get(key, ""), self.values, self.flags, self.sex):
            result += [part.strip() for part in line.split("\n") if part.strip()]
        return result

    def text(self, key: str) -> str:
        return " ".join(self.lines(key))

    def section(self, key: str) -> tuple[str, list[str]] | None:
        found = templating.section(self.template.get(key, ""), self.values, self.flags, self.sex)
        if found is None:
            return None
        heading, points = found
        split: list[str] = []
        for point in points:
            split += [part.strip() for part in point.split("\n") if part.strip()]
        return heading, split

    def fill(self, text: str) -> str:
        return templating.fill(text, self.values, self.sex)
