"""The encrypted file format of backups on removable drives and of handover archives.

Layout (format version 1)::

    b"KWBAK"  version (1 byte)  header length (4 bytes, big-endian)  header (UTF-8 JSON)
    chunk 0, chunk 1, ... each the AES-256-GCM ciphertext of up to `chunk_size` bytes + 16-byte tag

The header states the kind ("backup" or "handover"), the scrypt parameters and salt, the nonce
base, the creation time, the application version and a 16-byte passphrase check (a second
part of the scrypt output, so a wrong passphrase is told apart from a damaged file). The key
is the first 32 bytes of scrypt(passphrase). Chunk i uses the nonce base + i and, as
associated data, every header byte, i and a flag marking the last chunk: a changed header, a
reordered, altered, removed or appended chunk and a cut-off end all fail authentication.

A file is read only with the values this application writes: a header of at most
`_MAX_HEADER` bytes, exactly its scrypt parameters and chunk size, a 16-byte salt. Anything else
is refused before the key is derived (a forged header cannot make the derivation cost
minutes and gigabytes, nor a chunk be larger than `CHUNK_SIZE`).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hmac
import json
import os
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from coordinator_app import __version__
from coordinator_app.i18n import _

MAGIC = b"KWBAK"
FORMAT_VERSION = 1
KINDS = ("backup", "handover")
CHUNK_SIZE = 1024 * 1024
MIN_PASSPHRASE_LENGTH = 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_TAG = 16
_PREFIX = struct.Struct(">5sBI")  # magic, version, header length
_MAX_HEADER = 4096  # what the application writes is about 400 bytes
_SALT = 16


class ArchiveError(Exception):
    """An encrypted file cannot be written or read; the message is one sentence for the user."""


class WrongPassphrase(ArchiveError):
    """The passphrase does not open the file."""


class DamagedArchive(ArchiveError):
    """The file is not an archive of this application, is cut short or was changed."""


class WeakPassphrase(ArchiveError):
    """A new passphrase is too short to protect personal data."""


@dataclass(frozen=True)
class ArchiveHeader:
    version: int
    kind: str
    created: dt.datetime
    app_version: str
    chunk_size: int
    salt: bytes
    nonce: bytes
    key_check: bytes
    kdf_n: int = SCRYPT_N
    kdf_r: int = SCRYPT_R
    kdf_p: int = SCRYPT_P


def is_archive(path: Path) -> bool:
    """True when the file starts with this format's magic bytes."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            _("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
        )


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    material = Scrypt(salt=salt, length=48, n=n, r=r, p=p).derive(secret)
    return material[:32], material[32:48]


def _nonce(base: bytes, index: int) -> bytes:
    return ((int.from_bytes(base, "big") + index) % (1 << 96)).to_bytes(12, "big")


def _aad(header_bytes: bytes, index: int, final: bool) -> bytes:
    return header_bytes + struct.pack(">QB", index, 1 if final else 0)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header_bytes(header: ArchiveHeader) -> bytes:
    body = json.dumps(
        {
            "kind": header.kind,
            "created": header.created.isoformat(timespec="seconds"),
            "app_version": header.app_version,
            "cipher": "AES-256-GCM",
            "chunk_size": header.chunk_size,
            "nonce": _b64(header.nonce),
            "kdf": {
                "name": "scrypt",
                "n": header.kdf_n,
                "r": header.kdf_r,
                "p": header.kdf_p,
                "salt": _b64(header.salt),
            },
            "key_check": _b64(header.key_check),
        },
        sort_keys=True,
    ).encode("utf-8")
    return _PREFIX.pack(MAGIC, header.version, len(body)) + body


def _not_archive(path: Path) -> DamagedArchive:
    return DamagedArchive(
        _("The file {path} is not an encrypted file of this application.").format(path=path)
    )


def _damaged(path: Path) -> DamagedArchive:
    return DamagedArchive(
        _("The file {path} is damaged or was changed after it was written; it cannot be read.").format(
            path=path
        )
    )


def _parse_header(fh: IO[bytes], path: Path) -> tuple[ArchiveHeader, bytes]:
    prefix = fh.read(_PREFIX.size)
    if len(prefix) < _PREFIX.size or not prefix.startswith(MAGIC):
        raise _not_archive(path)
    _magic, version, length = _PREFIX.unpack(prefix)
    if version != FORMAT_VERSION:
        raise DamagedArchive(
            _(
                "The file {path} uses format version {version}, which this version of the "
                "application cannot read; install the newer version."
            ).format(path=path, version=version)
        )
    if length > _MAX_HEADER:
        raise _damaged(path)
    body = fh.read(length)
    try:
        data: dict[str, Any] = json.loads(body.decode("utf-8"))
        kdf = data["kdf"]
        header = ArchiveHeader(
            version=version,
            kind=str(data["kind"]),
            created=dt.datetime.fromisoformat(data["created"]),
            app_version=str(data["app_version"]),
            chunk_size=_integer(data["chunk_size"]),
            salt=base64.b64decode(kdf["salt"], validate=True),
            nonce=base64.b64decode(data["nonce"], validate=True),
            key_check=base64.b64decode(data["key_check"], validate=True),
            kdf_n=_integer(kdf["n"]),
            kdf_r=_integer(kdf["r"]),
            kdf_p=_integer(kdf["p"]),
        )
        ours = kdf["name"] == "scrypt" and data["cipher"] == "AES-256-GCM"
    except (ValueError, KeyError, TypeError, RecursionError) as exc:  # RecursionError: deep JSON
        raise _damaged(path) from exc
    sane = (
        ours
        and header.kind in KINDS
        and header.chunk_size == CHUNK_SIZE
        and (header.kdf_n, header.kdf_r, header.kdf_p) == (SCRYPT_N, SCRYPT_R, SCRYPT_P)
        and len(header.salt) == _SALT
        and len(header.nonce) == 12
        and len(header.key_check) == 16
    )
    if not sane:
        raise _damaged(path)
    return header, prefix + body


def _integer(value: Any) -> int:
    """A JSON integer, as the application writes it (not a float, a string or a boolean)."""
    if type(value) is not int:
        raise TypeError(value)
    return value


def read_header(path: Path) -> ArchiveHeader:
    """The header of an encrypted file (no passphrase needed)."""
    path = Path(path)
    with path.open("rb") as fh:
        return _parse_header(fh, path)[0]


@contextlib.contextmanager
def _temporary_output(dst: Path) -> Iterator[IO[bytes]]:
    """A hidden file beside `dst`, renamed to `dst` on success and deleted on any failure."""
    work = dst.with_name(f".{dst.name}.part-{os.getpid()}")
    try:
        with work.open("wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(work, dst)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            work.unlink()
        raise


def encrypt_file(src: Path, dst: Path, passphrase: str, *, kind: str) -> None:
    """Encrypt `src` into `dst` (replaced only when the whole file is written)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if kind not in KINDS:
        raise ValueError(f"unknown archive kind: {kind}")
    check_new_passphrase(passphrase)
    salt, nonce = os.urandom(_SALT), os.urandom(12)
    key, key_check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = ArchiveHeader(
        version=FORMAT_VERSION,
        kind=kind,
        created=dt.datetime.now().replace(microsecond=0),
        app_version=__version__,
        chunk_size=CHUNK_SIZE,
        salt=salt,
        nonce=nonce,
        key_check=key_check,
    )
    header_bytes = _header_bytes(header)
    aes = AESGCM(key)
    with Path(src).open("rb") as fh, _temporary_output(Path(dst)) as out:
        out.write(header_bytes)
        chunk = fh.read(CHUNK_SIZE)
        index = 0
        while True:
            following = fh.read(CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
            final = not following
            out.write(aes.encrypt(_nonce(nonce, index), chunk, _aad(header_bytes, index, final)))
            if final:
                break
            chunk, index = following, index + 1


def decrypt_file(src: Path, dst: Path, passphrase: str) -> ArchiveHeader:
    """Decrypt `src` into `dst`; `dst` appears only when every chunk has been authenticated."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    src = Path(src)
    with src.open("rb") as fh:
        header, header_bytes = _parse_header(fh, src)
        key, key_check = _derive(passphrase, header.salt, header.kdf_n, header.kdf_r, header.kdf_p)
        if not hmac.compare_digest(key_check, header.key_check):
            raise WrongPassphrase(_("The passphrase is wrong: it does not open {path}.").format(path=src))
        aes = AESGCM(key)
        size = header.chunk_size + _TAG
        with _temporary_output(Path(dst)) as out:
            chunk = fh.read(size)
            index = 0
            while True:
                following = fh.read(size) if len(chunk) == size else b""
                final = not following
                try:
                    plain = aes.decrypt(_nonce(header.nonce, index), chunk, _aad(header_bytes, index, final))
                except (InvalidTag, ValueError) as exc:
                    raise _damaged(src) from exc
                out.write(plain)
                if final:
                    break
                chunk, index = following, index + 1
    return header
