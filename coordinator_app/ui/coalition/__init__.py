"""The Koalicja tab: the local coalition's meetings (attendance, agenda, decisions, tasks; the
attendance list and minutes printed) and the yearly programme of volunteer activities (planned
against done, printed). May import PySide6, core, output, db, i18n and ui.widgets."""
