"""Hostile encrypted files (issue #13, point 7): backups and handovers made with the application's
own `encrypt_file` and then tampered with, or sealed by hand with header values the application
never writes (the key is known, so such a file decrypts and authenticates correctly).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coordinator_app.storage import archive
from coordinator_app.storage.archive import MAGIC, ArchiveHeader, encrypt_file

PASSPHRASE = "przekazanie 2026"
_PREFIX = struct.Struct(">5sBI")

Manifest = dict[str, Any]
Members = list[tuple[str, bytes]]


def seal_with(plain: Path, dst: Path, *, kind: str = "backup", **fields: Any) -> Path:
    """`plain` sealed correctly, but with header `fields` (kdf_n, chunk_size, …) of our choosing."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    values: dict[str, Any] = {
        "version": 1,
        "kind": kind,
        "created": dt.datetime(2026, 11, 21, 15, 30),
        "app_version": "0.1.0",
        "chunk_size": archive.CHUNK_SIZE,
        "salt": b"s" * 16,
        "nonce": b"n" * 12,
        "key_check": b"",
        **fields,
    }
    key, check = archive._derive(
        PASSPHRASE, values["salt"], values.get("kdf_n", 2**15), values.get("kdf_r", 8), values.get("kdf_p", 1)
    )
    header = ArchiveHeader(**{**values, "key_check": check})
    header_bytes = archive._header_bytes(header)
    data = plain.read_bytes()
    size = header.chunk_size
    chunks = [data[i : i + size] for i in range(0, len(data), size)] or [b""]
    aes = AESGCM(key)
    with dst.open("wb") as out:
        out.write(header_bytes)
        for index, chunk in enumerate(chunks):
            final = index == len(chunks) - 1
            out.write(
                aes.encrypt(
                    archive._nonce(header.nonce, index), chunk, archive._aad(header_bytes, index, final)
                )
            )
    return dst


def with_header(sealed: Path, edit: Callable[[dict[str, Any]], Any]) -> Path:
    """A real archive whose header JSON was changed by `edit` (its length field kept right)."""
    data = sealed.read_bytes()
    _magic, version, length = _PREFIX.unpack(data[: _PREFIX.size])
    body = json.loads(data[_PREFIX.size : _PREFIX.size + length])
    edit(body)
    raw = json.dumps(body).encode()
    sealed.write_bytes(_PREFIX.pack(MAGIC, version, len(raw)) + raw + data[_PREFIX.size + length :])
    return sealed


def raw_header(dst: Path, body: bytes, *, length: int | None = None) -> Path:
    """Magic, version 1, a header length and `body` as the header, then some bytes."""
    declared = len(body) if length is None else length
    dst.write_bytes(_PREFIX.pack(MAGIC, 1, declared) + body + b"\x00" * 64)
    return dst


def entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def manifest_for(members: Members) -> Manifest:
    return {
        "format": 1,
        "app_version": "0.1.0",
        "revision": "0004",
        "created": "2026-11-21T15:30:00",
        "counts": {},
        "files": [entry(name, data) for name, data in members],
    }


def seal_zip(dst: Path, write: Callable[[zipfile.ZipFile], None]) -> Path:
    """A handover file whose inner zip is written by `write`."""
    plain = dst.with_suffix(".zip")
    with (
        zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")  # duplicate names are the point of some cases
        write(zf)
    encrypt_file(plain, dst, PASSPHRASE, kind="handover")
    plain.unlink()
    return dst


def handover(
    dst: Path,
    database: bytes,
    *,
    documents: Members | None = None,
    edit: Callable[[Manifest, Members], Any] | None = None,
) -> Path:
    """A handover file built by hand: `edit(manifest, members)` runs before it is sealed."""
    members: Members = [("database.sqlite", database), *(documents or [])]
    manifest = manifest_for(members)
    if edit is not None:
        edit(manifest, members)

    def write(zf: zipfile.ZipFile) -> None:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members:
            zf.writestr(name, data)

    return seal_zip(dst, write)


def zeros(zf: zipfile.ZipFile, name: str, size: int, *, compress: bool = True) -> None:
    """An entry of `size` zero bytes, written in blocks (a deflated bomb of a few hundred KB)."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    block = b"\x00" * (1 << 20)
    with zf.open(info, "w", force_zip64=True) as out:
        left = size
        while left > 0:
            out.write(block[: min(left, len(block))])
            left -= len(block)


def manifest_bytes(manifest: Manifest, padding: int) -> io.BytesIO:
    """The manifest JSON followed by `padding` spaces (still valid JSON)."""
    return io.BytesIO(json.dumps(manifest).encode() + b" " * padding)
