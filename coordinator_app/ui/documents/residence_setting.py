"""The organisation settings' child-protection tab: who signs the art. 21 statement on the
countries of residence in the last 20 years (the stored setting
`RESIDENCE_STATEMENT_FROM_EVERYONE`), with what the choice means."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from coordinator_app.core.settings import RESIDENCE_STATEMENT_FROM_EVERYONE
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role


class ResidenceStatementTab(QWidget):
    """Two choices: only the volunteers the act names, or every volunteer working with minors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox(_("Statement on the countries of residence in the last 20 years (art. 21)"))
        options = QVBoxLayout(box)
        self.named = QRadioButton(_("Only from the volunteers the act names"))
        self.named.setObjectName("statement_named")
        self.everyone = QRadioButton(_("From every volunteer working with minors"))
        self.everyone.setObjectName("statement_everyone")
        options.addWidget(self.named)
        options.addWidget(self.everyone)
        explanation = QLabel(
            _(
                "Before admitting a volunteer to work with minors, the centre receives a statement, made "
                "under criminal liability, on the countries other than Poland and the country of "
                "citizenship where the person lived in the last 20 years (art. 21 sec. 4–7 of the act "
                "of 13 May 2016). The act names foreigners and those who lived abroad; the centre cannot "
                "know who lived abroad without asking, so many organisations ask every volunteer working "
                "with minors. The choice decides what the vetting record lists as missing, for records "
                "already made as well."
            )
        )
        explanation.setObjectName("statement_explanation")
        explanation.setWordWrap(True)
        set_role(explanation, "note")
        options.addWidget(explanation)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)

    def load(self, db: Database) -> None:
        everyone = bool(settings_store.read(db, RESIDENCE_STATEMENT_FROM_EVERYONE))
        (self.everyone if everyone else self.named).setChecked(True)

    def save(self, db: Database) -> None:
        """Store the choice (only when it changed)."""
        value = int(self.everyone.isChecked())
        if settings_store.read(db, RESIDENCE_STATEMENT_FROM_EVERYONE) != value:
            settings_store.write(db, RESIDENCE_STATEMENT_FROM_EVERYONE, value)
