"""Copies put aside before a restore, a handover or an upgrade rotate out (issue 15, point 5)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from coordinator_app.core import settings
from coordinator_app.db import settings_store
from coordinator_app.storage.aside import oldest_copy, rotate_aside_copies
from coordinator_app.storage.backup import backups_dir, plan_aside, rotate_as_set
from coordinator_app.storage.opening import backup_before_upgrade, open_database

NOW = dt.datetime(2026, 12, 3, 12, 0)


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"SQLite format 3\0")
    return path


def test_old_copies_go_but_the_newest_of_each_kind_stays(tmp_path: Path) -> None:
    old_restore = _touch(tmp_path, "koordynator-before-restore-20250101-101010.sqlite")
    old_wal = _touch(tmp_path, "koordynator-before-restore-20250101-101010.sqlite-wal")
    new_restore = _touch(tmp_path, "koordynator-before-restore-20261101-101010.sqlite")
    only_handover = _touch(tmp_path, "koordynator-before-handover-20200101-101010.sqlite")
    old_upgrade = _touch(tmp_path, "koordynator-before-upgrade-0004-20240101-101010.sqlite")
    new_upgrade = _touch(tmp_path, "koordynator-before-upgrade-0005-20250601-101010.sqlite")
    recent_upgrade = _touch(tmp_path, "koordynator-before-upgrade-0008-20261201-101010.sqlite")
    other = _touch(tmp_path, "moja-kopia.sqlite")
    deleted = rotate_aside_copies(tmp_path, keep_days=365, now=NOW)
    assert set(deleted) == {old_restore, old_wal, old_upgrade, new_upgrade}
    for kept in (new_restore, only_handover, recent_upgrade, other):
        assert kept.exists()
    assert oldest_copy(tmp_path) == dt.datetime(2020, 1, 1, 10, 10, 10)


def test_the_names_the_application_writes_are_rotated_by_the_setting(tmp_path: Path) -> None:
    db_path = tmp_path / "koordynator.sqlite"
    open_database(db_path).dispose()
    upgrade_copy = backup_before_upgrade(db_path, "0005")
    aside, _moves = plan_aside(db_path, "before-handover")
    assert aside is not None
    _touch(aside.parent, aside.name)
    again = backup_before_upgrade(db_path, "0008")
    old = upgrade_copy.with_name(re.sub(r"\d{8}-\d{6}", "20200101-000000", upgrade_copy.name))
    upgrade_copy.rename(old)
    db = open_database(db_path)
    try:
        settings_store.write(db, settings.ASIDE_COPIES_KEEP_DAYS, 30)
    finally:
        db.dispose()
    rotate_as_set(db_path)
    remaining = sorted(path.name for path in backups_dir(db_path).iterdir())
    assert old.name not in remaining
    assert again.name in remaining and aside.name in remaining
