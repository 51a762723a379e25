"""The recovery every start runs first finds a replacement journal where swap.py writes it
(it looks before importing swap.py, so a start without one stays light)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coordinator_app.storage.recovery import swap_journal
from coordinator_app.storage.swap import journal_path


def test_the_journal_is_looked_for_where_swap_writes_it(tmp_path: Path) -> None:
    db_path = tmp_path / "koordynator.sqlite"
    assert swap_journal(db_path.absolute()) == journal_path(db_path)


def test_a_start_without_a_journal_does_not_import_the_swap_or_sqlalchemy(tmp_path: Path) -> None:
    db_path = tmp_path / "koordynator.sqlite"
    db_path.write_bytes(b"")
    check = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coordinator_app.storage.recovery import recover_at_start\n"
        f"recover_at_start(Path({str(db_path)!r}))\n"
        "heavy = ('coordinator_app.storage.swap', 'coordinator_app.storage.backup', 'sqlalchemy')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
