"""The encrypted file format: round trips, and every kind of tampering or mistake refused."""

from __future__ import annotations

import datetime as dt
import os
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app import __version__
from coordinator_app.storage.archive import (
    CHUNK_SIZE,
    MAGIC,
    ArchiveError,
    DamagedArchive,
    WeakPassphrase,
    WrongPassphrase,
    decrypt_file,
    encrypt_file,
    is_archive,
    read_header,
)

PASSPHRASE = "Źdźbło trawy 2026"
TAG = 16


def header_length(path: Path) -> int:
    """Bytes before the first chunk: magic, version, length, JSON."""
    with path.open("rb") as fh:
        _magic, _version, length = struct.unpack(">5sBI", fh.read(10))
    return 10 + length


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "plain.bin"
    path.write_bytes(os.urandom(2 * CHUNK_SIZE + 12345))  # three chunks, the last one short
    return path


@pytest.fixture
def sealed(plain: Path, tmp_path: Path) -> Path:
    path = tmp_path / "backup.kwbak"
    encrypt_file(plain, path, PASSPHRASE, kind="backup")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_round_trip_of_several_chunks(plain: Path, sealed: Path, tmp_path: Path) -> None:
    assert is_archive(sealed) and not is_archive(plain)
    assert sealed.stat().st_size == header_length(sealed) + plain.stat().st_size + 3 * TAG
    out = tmp_path / "out.bin"
    header = decrypt_file(sealed, out, PASSPHRASE)
    assert out.read_bytes() == plain.read_bytes()
    assert header.kind == "backup" and header.version == 1 and header.app_version == __version__
    assert abs(header.created - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert read_header(sealed) == header
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 2 * CHUNK_SIZE])
def test_round_trip_at_chunk_edges(tmp_path: Path, size: int) -> None:
    src, sealed, out = tmp_path / "a", tmp_path / "a.kwbak", tmp_path / "b"
    src.write_bytes(os.urandom(size))
    encrypt_file(src, sealed, PASSPHRASE, kind="handover")
    assert read_header(sealed).kind == "handover"
    decrypt_file(sealed, out, PASSPHRASE)
    assert out.read_bytes() == src.read_bytes()


def test_the_same_passphrase_typed_decomposed_opens_it(sealed: Path, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    decrypt_file(sealed, tmp_path / "out", decomposed)


def test_wrong_passphrase(sealed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    with pytest.raises(WrongPassphrase) as caught:
        decrypt_file(sealed, out, "zdzblo trawy 2026")
    assert isinstance(caught.value, ArchiveError) and str(sealed) in str(caught.value)
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_flipped_byte_in_a_later_chunk(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[header_length(sealed) + CHUNK_SIZE + TAG + 1000] ^= 0x01
    sealed.write_bytes(bytes(data))
    out = tmp_path / "out.bin"
    with pytest.raises(DamagedArchive):
        decrypt_file(sealed, out, PASSPHRASE)
    assert not out.exists() and leftovers(tmp_path) == []


def test_an_existing_destination_survives_a_failure(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[-1] ^= 0xFF
    sealed.write_bytes(bytes(data))
    out = tmp_path / "out.bin"
    out.write_bytes(b"the previous content")
    with pytest.raises(DamagedArchive):
        decrypt_file(sealed, out, PASSPHRASE)
    assert out.read_bytes() == b"the previous content"


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda data, start: data[:-1], id="last byte"),
        pytest.param(lambda data, start: data[: start + 2 * (CHUNK_SIZE + TAG)], id="whole last chunk"),
        pytest.param(lambda data, start: data[: start + CHUNK_SIZE + TAG], id="two last chunks"),
        pytest.param(lambda data, start: data[: start + 100], id="inside the first chunk"),
        pytest.param(lambda data, start: data[:start], id="every chunk"),
        pytest.param(lambda data, start: data[: start - 3], id="inside the header"),
        pytest.param(lambda data, start: data + b"\x00" * 50, id="appended bytes"),
        pytest.param(
            lambda data, start: (
                data[:start]
                + data[start + CHUNK_SIZE + TAG : start + 2 * (CHUNK_SIZE + TAG)]
                + data[start : start + CHUNK_SIZE + TAG]
                + data[start + 2 * (CHUNK_SIZE + TAG) :]
            ),
            id="swapped chunks",
        ),
    ],
)
def test_cut_or_rearranged_files_are_damaged(
    sealed: Path, tmp_path: Path, cut: Callable[[bytes, int], bytes]
) -> None:
    sealed.write_bytes(cut(sealed.read_bytes(), header_length(sealed)))
    out = tmp_path / "out.bin"
    with pytest.raises(DamagedArchive):
        decrypt_file(sealed, out, PASSPHRASE)
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_changed_header_is_damage(sealed: Path, tmp_path: Path) -> None:
    data = sealed.read_bytes()
    created = read_header(sealed).created.isoformat()
    earlier = (read_header(sealed).created - dt.timedelta(days=365)).isoformat()
    assert len(created) == len(earlier)
    sealed.write_bytes(data.replace(created.encode(), earlier.encode(), 1))
    assert read_header(sealed).created.isoformat() == earlier
    with pytest.raises(DamagedArchive):
        decrypt_file(sealed, tmp_path / "out.bin", PASSPHRASE)


def test_not_an_archive_and_an_unknown_version(sealed: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.kwbak"
    letter.write_text("Szanowni Państwo", encoding="utf-8")
    with pytest.raises(DamagedArchive):
        read_header(letter)
    with pytest.raises(DamagedArchive):
        decrypt_file(letter, tmp_path / "out.bin", PASSPHRASE)
    data = bytearray(sealed.read_bytes())
    data[len(MAGIC)] = 2
    sealed.write_bytes(bytes(data))
    with pytest.raises(DamagedArchive):
        read_header(sealed)


def test_a_short_passphrase_is_refused(plain: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.kwbak"
    with pytest.raises(WeakPassphrase):
        encrypt_file(plain, out, "krótkie", kind="backup")
    assert not out.exists()


def test_encryption_failure_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "x.kwbak"
    with pytest.raises(FileNotFoundError):
        encrypt_file(tmp_path / "missing", out, PASSPHRASE, kind="backup")
    assert list(tmp_path.iterdir()) == []
