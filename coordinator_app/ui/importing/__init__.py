"""The import wizard (Plik → Importuj…) and the blank template (Plik → Pobierz wzór arkusza).

`wizard` (the QWizard and its flow), `pages_read` (file, sheet and header row, columns),
`pages_check` (preview of every row, dictionary values), `pages_write` (import and report),
`model` (the preview's table model), `template` (saving the blank sheet). Qt only; the work is
`core.importing`'s, run off the GUI thread through `ui.tasks`.
"""

from coordinator_app.ui.importing.template import save_template
from coordinator_app.ui.importing.wizard import ImportWizard, open_import_wizard

__all__ = ["ImportWizard", "open_import_wizard", "save_template"]
