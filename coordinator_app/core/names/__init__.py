"""Names in the grammatical case a document needs: the forms the dictionary and rules propose
(`i18n.inflection`) and the forms the coordinator confirmed, stored once and used first.

May import core, db and i18n.
"""

from coordinator_app.core.names.forms import (
    KINDS,
    Declension,
    confirm,
    declension,
    forget,
    known_forms,
    staff_sex,
)

__all__ = ["KINDS", "Declension", "confirm", "declension", "forget", "known_forms", "staff_sex"]
