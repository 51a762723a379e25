"""The rotating log file, the personal-data mask and the fallback when the folder is unusable."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from coordinator_app.app.logs import (
    BACKUP_COUNT,
    MAX_BYTES,
    PersonalDataFilter,
    mask_personal_data,
    remove_logging_handlers,
    setup_logging,
)

PESEL = "44051401458"
EMAIL = "jan.kowalski@example.pl"
PHONES = ("+48 601 234 567", "601-234-567", "601234567", "(22) 123 45 67")


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    remove_logging_handlers()
    root.setLevel(level)


def _own_handlers() -> list[logging.Handler]:
    return [
        h for h in logging.getLogger().handlers if any(isinstance(f, PersonalDataFilter) for f in h.filters)
    ]


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_rotating_file_handler_is_installed(tmp_path: Path) -> None:
    log_dir = tmp_path / "nested" / "logs"
    log_file = setup_logging(log_dir)

    assert log_file.parent == log_dir
    assert log_dir.is_dir()
    files = [h for h in _own_handlers() if isinstance(h, RotatingFileHandler)]
    assert len(files) == 1
    assert Path(files[0].baseFilename) == log_file
    assert files[0].maxBytes == MAX_BYTES > 0
    assert files[0].backupCount == BACKUP_COUNT > 0
    assert files[0].encoding == "utf-8"

    logging.getLogger("coordinator_app.test").info("Zażółć gęślą jaźń")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Zażółć gęślą jaźń" in text
    assert "INFO" in text and "coordinator_app.test" in text


def test_setup_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path)
    setup_logging(tmp_path, debug=True)
    assert len([h for h in _own_handlers() if isinstance(h, RotatingFileHandler)]) == 1
    assert logging.getLogger().level == logging.DEBUG


def test_the_log_started_without_rotation_rotates_once_set_up_again(tmp_path: Path) -> None:
    """The window's start (`rotating=False` until its first paint): the records go straight to
    the file, masked, and the rotating handler installed after the paint continues that file
    and rotates it when it is full."""
    log_file = setup_logging(tmp_path, rotating=False)
    assert not [h for h in _own_handlers() if isinstance(h, RotatingFileHandler)]
    log = logging.getLogger("coordinator_app.test")
    log.warning("before the paint, PESEL %s", PESEL)
    _flush()
    assert "before the paint" in log_file.read_text(encoding="utf-8")
    assert PESEL not in log_file.read_text(encoding="utf-8")

    log_file.write_text("x" * MAX_BYTES, encoding="utf-8")  # a full file
    assert setup_logging(tmp_path) == log_file
    assert len(_own_handlers()) == 1
    log.warning("after the paint")
    _flush()
    assert log_file.read_text(encoding="utf-8").count("after the paint") == 1
    rotated = log_file.with_name(log_file.name + ".1")
    assert rotated.read_text(encoding="utf-8") == "x" * MAX_BYTES
    if os.name == "posix":
        assert stat.S_IMODE(rotated.stat().st_mode) == stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_sqlalchemy_and_alembic_are_quiet(tmp_path: Path) -> None:
    setup_logging(tmp_path, debug=True)
    assert logging.getLogger("sqlalchemy.engine").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("alembic.runtime.migration").getEffectiveLevel() == logging.WARNING


def test_personal_data_never_reaches_the_file(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    log = logging.getLogger("coordinator_app.test")

    log.warning("Volunteer %s, e-mail %s, phone %s", PESEL, EMAIL, PHONES[0])
    log.warning(f"inline {PESEL} {EMAIL} " + " / ".join(PHONES))
    try:
        raise ValueError(f"invalid record: PESEL {PESEL}, {EMAIL}, tel. {PHONES[1]}")
    except ValueError:
        log.exception("Saving failed for %s", EMAIL)
    _flush()

    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text and "Saving failed" in text
    assert PESEL not in text
    assert EMAIL not in text
    assert "kowalski" not in text
    for phone in PHONES:
        assert phone not in text
    for digits in ("601234567", "234 567", "123 45 67"):
        assert digits not in text


@pytest.mark.parametrize(
    "text",
    [
        f"PESEL {PESEL}",
        f"PESEL:{PESEL}.",
        f"mail {EMAIL}",
        "mail a.b-c@gops.gmina.pl",
        *(f"tel. {p}" for p in PHONES),
        "NIP 123-456-32-18",
        "konto 61 1090 1014 0000 0712 1981 2874",
    ],
)
def test_mask_hides_identifiers(text: str) -> None:
    masked = mask_personal_data(text)
    assert sum(ch.isdigit() for ch in masked) < 9, masked
    assert "@" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-05 12:00:01 backup done",
        "volunteer id 42, assignment 1234",
        "12 of 40 rows, 2,5 godziny",
        "schema revision 0001",
    ],
)
def test_mask_keeps_ordinary_text(text: str) -> None:
    assert mask_personal_data(text) == text


def test_unusable_log_dir_falls_back_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    regular_file = tmp_path / "not-a-folder"
    regular_file.write_text("x", encoding="utf-8")

    log_file = setup_logging(regular_file / "logs")  # must not raise

    assert not log_file.exists()
    handlers = _own_handlers()
    assert handlers and not any(isinstance(h, logging.FileHandler) for h in handlers)
    logging.getLogger("coordinator_app.test").error("still logged, PESEL %s", PESEL)
    _flush()
    err = capsys.readouterr().err
    assert "still logged" in err
    assert "Cannot write the log file" in err
    assert PESEL not in err


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Saving Żaneta Żółć failed", ("Żaneta", "Żółć")),
        ("volunteer Anna Nowak-Lis (id 4)", ("Anna", "Nowak")),
        ("address ul. Szkolna 12, 62-200 Mnichowo", ("Szkolna", "62-200", "Mnichowo")),
        ("al. Jana Pawła II 5/7", ("Jana", "Pawła", "5/7")),
        ("[SQL: SELECT 1] [parameters: ('Żaneta', 'Żółć', 'ul. Szkolna 12')]", ("Żaneta", "Szkolna")),
        ("WHERE last_name = 'kowalska'", ("kowalska",)),
    ],
)
def test_mask_hides_names_and_addresses(text: str, hidden: tuple[str, ...]) -> None:
    masked = mask_personal_data(text)
    for word in hidden:
        assert word not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Koordynator Wolontariatu 0.1.0 starting (Python 3.11.9, Qt 6.7.2)",
        'File "/opt/app/coordinator_app/db/engine.py", line 70, in session',
        "Backup written (startup, 442368 bytes)",
        "The database could not be opened: the disk is full",
        "can't write, don't retry",
    ],
)
def test_mask_keeps_log_lines_readable(text: str) -> None:
    assert mask_personal_data(text) == text
