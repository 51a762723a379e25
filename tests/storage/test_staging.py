"""The staging folder beside the database and the swap journal: what the sweep at start-up
removes, what it leaves to a live process, and how an interrupted swap is finished or undone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coordinator_app.storage.staging import StagingArea, owner_alive, staging_root, sweep_stale_staging
from coordinator_app.storage.swap import (
    COMPLETED,
    ROLLED_BACK,
    finish_interrupted_swap,
    journal_path,
    swap_in,
)
from tests.storage.custody_helpers import content

HOLD = """
import sys, time
from pathlib import Path
from coordinator_app.storage.staging import StagingArea
area = StagingArea(Path(sys.argv[1]))
print(area.folder, flush=True)
time.sleep(120)
"""


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_an_area_is_private_and_removed_on_exit(db_path: Path) -> None:
    with StagingArea(db_path) as area:
        (area.path("work.sqlite")).write_bytes(b"x")
        assert area.folder.parent == staging_root(db_path)
        if os.name == "posix":
            assert area.folder.stat().st_mode & 0o777 == 0o700
            assert staging_root(db_path).stat().st_mode & 0o777 == 0o700
        assert sweep_stale_staging(db_path) == []  # this process runs
    assert not staging_root(db_path).exists()


def test_the_folder_of_a_live_process_is_kept_and_of_a_killed_one_removed(db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        folder = Path(child.stdout.readline().strip())
        assert owner_alive(folder)
        assert sweep_stale_staging(db_path) == []
    finally:
        child.kill()
        child.wait()
    assert not owner_alive(folder)
    assert sweep_stale_staging(db_path) == [folder]
    assert not staging_root(db_path).exists()


def test_folders_without_a_marker_go_by_their_pid(db_path: Path) -> None:
    root = staging_root(db_path)
    starting = root / f"{os.getpid()}-0a0a"
    dead = root / f"{dead_pid()}-0b0b"
    for folder in (starting, dead):
        folder.mkdir(parents=True)
    assert sweep_stale_staging(db_path) == [dead]
    assert starting.is_dir()


def test_work_files_of_older_versions_are_removed(db_path: Path) -> None:
    data, pid = db_path.parent, dead_pid()
    stale = [
        data / f".{db_path.name}.external-{pid}",
        data / f"..{db_path.name}.restoring-{pid}.part-{pid}",
        data / f".{db_path.name}.readback-{pid}",
    ]
    live = data / f".{db_path.name}.external-{os.getpid()}"
    for path in (*stale, live):
        path.write_bytes(b"SQLite format 3\x00")
    old_handover = data / ".handover-abc123" / "in"
    old_handover.mkdir(parents=True)
    long_ago = time.time() - 3600
    os.utime(old_handover.parent, (long_ago, long_ago))
    removed = sweep_stale_staging(db_path)
    assert sorted(removed) == sorted([*stale, old_handover.parent])
    assert live.exists()


def _interrupted_swap(db_path: Path, tmp_path: Path, new_file: Path) -> Path:
    """The journal and the first rename of a swap whose process died: the database aside."""
    owner = staging_root(db_path) / f"{dead_pid()}-0c0c"
    owner.mkdir(parents=True)
    aside = tmp_path / "aside.sqlite"
    steps = [[str(db_path), str(aside)], [str(new_file), str(db_path)]]
    journal_path(db_path).write_text(json.dumps({"format": 1, "owner": str(owner), "steps": steps}))
    os.replace(db_path, aside)
    return aside


def test_an_interrupted_swap_with_a_sound_new_file_is_completed(
    db_path: Path, template: Path, tmp_path: Path
) -> None:
    new_file = tmp_path / "new.sqlite"
    shutil.copyfile(template, new_file)
    aside = _interrupted_swap(db_path, tmp_path, new_file)
    assert finish_interrupted_swap(db_path) == COMPLETED
    assert content(db_path) == content(template) and aside.exists()
    assert not journal_path(db_path).exists() and not new_file.exists()


def test_an_interrupted_swap_with_a_damaged_new_file_is_undone(db_path: Path, tmp_path: Path) -> None:
    before = content(db_path)
    new_file = tmp_path / "new.sqlite"
    new_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    aside = _interrupted_swap(db_path, tmp_path, new_file)
    assert finish_interrupted_swap(db_path) == ROLLED_BACK
    assert content(db_path) == before and not aside.exists()
    assert not journal_path(db_path).exists()


def test_a_swap_of_a_live_process_is_left_alone(db_path: Path, tmp_path: Path) -> None:
    with StagingArea(db_path) as area:
        journal_path(db_path).write_text(
            json.dumps(
                {"format": 1, "owner": str(area.folder), "steps": [[str(area.path("n")), str(db_path)]]}
            )
        )
        assert finish_interrupted_swap(db_path) is None
        assert journal_path(db_path).exists()


def test_a_failed_rename_undoes_the_swap(db_path: Path, tmp_path: Path) -> None:
    before = content(db_path)
    with StagingArea(db_path) as area, pytest.raises(FileNotFoundError):
        steps = [(db_path, tmp_path / "aside.sqlite"), (area.path("missing.sqlite"), db_path)]
        swap_in(db_path, steps, owner=area.folder)
    assert content(db_path) == before
    assert not journal_path(db_path).exists()


def test_the_window_start_finishes_a_swap_before_it_opens(
    db_path: Path, template: Path, tmp_path: Path
) -> None:
    from coordinator_app.storage.startup import start_database

    new_file = tmp_path / "new.sqlite"
    shutil.copyfile(template, new_file)
    _interrupted_swap(db_path, tmp_path, new_file)
    assert not db_path.exists()
    start_database(db_path).dispose()
    assert content(db_path) == content(template)
    assert not journal_path(db_path).exists() and not staging_root(db_path).exists()
