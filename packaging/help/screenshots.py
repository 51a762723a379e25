"""Take the manual's screenshots from the real application (resources/help/img/*.png).

Runs offscreen on a demo database made for the purpose, with the main window at 1366×768 (the
office laptop), so the pictures show what the coordinator sees today. Run it after a change to
a window the manual shows:

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python packaging/help/screenshots.py

Each picture is scaled to at most 760 px wide (the help window's text width) and saved as PNG.
The demo database lies in a folder named as a user's documents (<temp>/Dokumenty/
wolontariat.sqlite), so the path in the status bar reads like the coordinator's own, not like
a random temporary folder; the folder is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "resources" / "help" / "img"
WIDTH = 760
DOCUMENTS = Path(tempfile.gettempdir()) / "Dokumenty"  # the folder shown in the status bar
DATABASE_NAME = "wolontariat.sqlite"


def save(widget: QWidget, name: str) -> Path:
    """Grab `widget` (shown, laid out) into img/<name>.png, scaled to the text width."""
    app = QApplication.instance()
    assert app is not None
    widget.show()
    app.processEvents()
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    path = IMAGES / f"{name}.png"
    if not image.save(str(path), "PNG", 9):
        raise RuntimeError(f"cannot write {path}")
    return path


def _main_window(db_path: Path, workdir: Path) -> QWidget:
    from coordinator_app.ui.main_window import MainWindow

    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db_path, settings)
    window.resize(1366, 768)
    window.show()
    window.open_database()
    app = QApplication.instance()
    assert app is not None
    while window.main_tabs is None:
        app.processEvents()
    return window


def _tabs(window: QWidget) -> None:
    from coordinator_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    app = QApplication.instance()
    assert app is not None
    for index, name in enumerate(("pulpit", "wolontariusze", "podopieczni", "przydzialy", "szkolenia")):
        window.tabs.setCurrentIndex(index)
        page = window._page(window.tabs.currentWidget())
        while page is not None and not page.tab.loaded:
            app.processEvents()
        save(window, f"tab-{name}")


def _dialogs(db_path: Path) -> dict[str, Callable[[], QDialog]]:
    from sqlalchemy import select

    from coordinator_app.db.models import Agreement, Need, TrainingSession
    from coordinator_app.storage.opening import open_database
    from coordinator_app.ui.agreements.dialog import AgreementDialog
    from coordinator_app.ui.assignments.dialog import AssignmentDialog
    from coordinator_app.ui.assignments.match_dialog import MatchDialog
    from coordinator_app.ui.clients.need_dialog import NeedDialog
    from coordinator_app.ui.dictionaries import DictionariesDialog
    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
    from coordinator_app.ui.hours.card_dialog import HoursCardDialog
    from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog
    from coordinator_app.ui.reports.dialog import ReportsDialog
    from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog

    db = open_database(db_path)
    with db.session() as session:
        agreement_id, volunteer_id = session.execute(
            select(Agreement.id, Agreement.volunteer_id).limit(1)
        ).one()
        need_id, client_id = session.execute(select(Need.id, Need.client_id).limit(1)).one()
        training_id = session.execute(select(TrainingSession.id).limit(1)).scalar_one()
    return {
        "organizacja": lambda: OrganisationDialog(None, db),
        "slowniki": lambda: DictionariesDialog(db),
        "wolontariusz": lambda: VolunteerDialog(db, volunteer_id),
        "potrzeba": lambda: NeedDialog(db, client_id, need_id),
        "porozumienie": lambda: AgreementDialog(db, volunteer_id, agreement_id),
        "dobor": lambda: MatchDialog(db, need_id),
        "przydzial": lambda: AssignmentDialog(db, 1),
        "karta-godzin": lambda: HoursCardDialog(db, volunteer_id, None, None),
        "zamkniecie-miesiaca": lambda: MonthCloseDialog(db, None),
        "obecnosc": lambda: AttendanceDialog(db, training_id),
        "raporty": lambda: ReportsDialog(db),
    }


def take(workdir: Path) -> list[Path]:
    """Make the demo database in `workdir` (the folder shown in the status bar) and write every
    picture; returns their paths."""
    from coordinator_app.demo import DemoSize, generate_demo
    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database

    set_language("pl")
    db_path = workdir / DATABASE_NAME
    database = open_database(db_path)
    generate_demo(database, DemoSize(40, 25, 1200), seed=7)
    database.dispose()
    IMAGES.mkdir(parents=True, exist_ok=True)
    window = _main_window(db_path, workdir)
    _tabs(window)
    written = sorted(IMAGES.glob("tab-*.png"))
    for name, make in _dialogs(db_path).items():
        dialog = make()
        written.append(save(dialog, name))
        dialog.close()
    window.close()
    return written


def main() -> int:
    from coordinator_app.ui import style
    from coordinator_app.ui.app import install_qt_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style.apply(app)
    install_qt_translations(app, "pl")  # Polish numbers in spin boxes ("3,00"), as the app shows
    if DOCUMENTS.exists():
        print(f"{DOCUMENTS} exists already: remove it first (the pictures show it).", file=sys.stderr)
        return 1
    DOCUMENTS.mkdir()
    try:
        paths = take(DOCUMENTS)
    finally:
        shutil.rmtree(DOCUMENTS)
    total = sum(path.stat().st_size for path in paths)
    for path in paths:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    print(f"{len(paths)} pictures, {total // 1024} KB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
