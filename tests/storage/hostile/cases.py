"""The crafted files of the hostile-input suite, one `Case` each.

A case names the route the file takes into the application (`check` of the file as the
database, `restore` of it as a backup, `handover import` of it) and builds the file in `work`
from the real sources. `names` is a fragment the refusal must contain (the object it names).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.storage.archive import CHUNK_SIZE, encrypt_file
from tests.storage.hostile import archives as a
from tests.storage.hostile import databases as d

FROZEN_0001 = Path(__file__).resolve().parents[2] / "data" / "schema-0001.sqlite"


@dataclass(frozen=True)
class Sources:
    current: Path  # the demo template at the newest revision
    old: Path = FROZEN_0001  # a real file of revision 0001


@dataclass(frozen=True)
class Case:
    route: str  # "check", "restore" or "handover"
    build: Callable[[Path, Sources], Path]
    names: str = ""
    stall: bool = False  # the time bound is set to nothing: the refusal must say so


def _db(work: Path, sources: Sources, craft: d.DatabaseCraft, old: bool) -> Path:
    path = work / "hostile.sqlite"
    shutil.copyfile(sources.old if old else sources.current, path)
    craft(path)
    return path


def database(craft: d.DatabaseCraft, *, old: bool = False, wrap: str = "") -> Callable[[Path, Sources], Path]:
    """A hostile database, as it is, sealed as a backup (`wrap="backup"`) or as a handover."""

    def build(work: Path, sources: Sources) -> Path:
        path = _db(work, sources, craft, old)
        if wrap == "backup":
            encrypt_file(path, work / "hostile.kwbak", a.PASSPHRASE, kind="backup")
            return work / "hostile.kwbak"
        if wrap == "handover":
            return a.handover(work / "hostile.kwbak", path.read_bytes())
        return path

    return build


def backup(make: Callable[[Path, Path], Path]) -> Callable[[Path, Sources], Path]:
    """`make(plain database, target)` seals or tampers a backup of a sound database."""

    def build(work: Path, sources: Sources) -> Path:
        plain = _db(work, sources, d.sound, False)
        return make(plain, work / "hostile.kwbak")

    return build


def sealed(plain: Path, target: Path) -> Path:
    encrypt_file(plain, target, a.PASSPHRASE, kind="backup")
    return target


def header(edit: Callable[[dict[str, Any]], Any]) -> Callable[[Path, Path], Path]:
    return lambda plain, target: a.with_header(sealed(plain, target), edit)


def kdf(**values: Any) -> Callable[[dict[str, Any]], Any]:
    return lambda body: body["kdf"].update(values)


def handover(
    edit: Callable[[a.Manifest, a.Members], Any] | None = None, *, documents: a.Members | None = None
) -> Callable[[Path, Sources], Path]:
    pdf = [("documents/a.pdf", b"%PDF a")] if documents is None else documents
    return lambda work, sources: a.handover(
        work / "hostile.kwbak", sources.current.read_bytes(), documents=pdf, edit=edit
    )


def zipped(write: Callable[[Any, bytes], Any]) -> Callable[[Path, Sources], Path]:
    return lambda work, sources: a.seal_zip(
        work / "hostile.kwbak", lambda zf: write(zf, sources.current.read_bytes())
    )


def set_field(key: str, value: Any) -> Callable[[a.Manifest, a.Members], None]:
    return lambda manifest, members: manifest.__setitem__(key, value)


def document_field(key: str, value: Any) -> Callable[[a.Manifest, a.Members], None]:
    return lambda manifest, members: manifest["files"][1].__setitem__(key, value)


def renamed(name: str) -> Callable[[a.Manifest, a.Members], None]:
    def edit(manifest: a.Manifest, members: a.Members) -> None:
        members[1] = (name, members[1][1])
        manifest["files"][1]["name"] = name

    return edit


def listed_twice(manifest: a.Manifest, members: a.Members) -> None:
    manifest["files"].insert(1, {**manifest["files"][1], "sha256": "0" * 64})


def not_in_zip(manifest: a.Manifest, members: a.Members) -> None:
    members.pop()


def no_database(manifest: a.Manifest, members: a.Members) -> None:
    members.pop(0)
    manifest["files"].pop(0)


def _raw_manifest(body: bytes) -> Callable[[Path, Sources], Path]:
    def write(zf: Any, database_bytes: bytes) -> None:
        zf.writestr("manifest.json", body)
        zf.writestr("database.sqlite", database_bytes)

    return zipped(write)


def _twice_in_zip(zf: Any, database_bytes: bytes) -> None:
    good = [("database.sqlite", database_bytes), ("documents/a.pdf", b"%PDF a")]
    zf.writestr("manifest.json", json.dumps(a.manifest_for(good)))
    zf.writestr("documents/a.pdf", b"%PDF evil")
    for name, data in good:
        zf.writestr(name, data)


def _bomb(zf: Any, database_bytes: bytes) -> None:
    """A document the manifest says is 6 bytes, 64 MiB of zeros inside (64 KiB deflated)."""
    members = [("database.sqlite", database_bytes), ("documents/a.pdf", b"%PDF a")]
    zf.writestr("manifest.json", json.dumps(a.manifest_for(members)))
    zf.writestr("database.sqlite", database_bytes)
    a.zeros(zf, "documents/a.pdf", 64 << 20)


def _manifest_bomb(zf: Any, database_bytes: bytes) -> None:
    """A valid manifest followed by 96 MiB of spaces (about 100 KB deflated)."""
    members = [("database.sqlite", database_bytes)]
    info_body = a.manifest_bytes(a.manifest_for(members), 96 << 20)
    with zf.open("manifest.json", "w", force_zip64=True) as out:
        while block := info_body.read(1 << 20):
            out.write(block)
    zf.writestr("database.sqlite", database_bytes)


def _handover_as_backup(work: Path, sources: Sources) -> Path:
    return a.handover(work / "hostile.kwbak", sources.current.read_bytes())


def _backup_as_handover(work: Path, sources: Sources) -> Path:
    return sealed(_db(work, sources, d.sound, False), work / "hostile.kwbak")


def _inner_not_zip(work: Path, sources: Sources) -> Path:
    plain = work / "noise.bin"
    plain.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)
    return sealed_as(plain, work / "hostile.kwbak", "handover")


def _cut_in_header(plain: Path, target: Path) -> Path:
    target.write_bytes(sealed(plain, target).read_bytes()[:40])
    return target


def sealed_as(plain: Path, target: Path, kind: str) -> Path:
    encrypt_file(plain, target, a.PASSPHRASE, kind=kind)
    return target


C, R, H = "check", "restore", "handover"
_DB_CASES: list[tuple[str, d.DatabaseCraft, tuple[str, ...], str, bool]] = [
    # id, craft, routes, the name the refusal must give, on the frozen 0001 file
    ("trigger-empties-hours", d.trigger_empties_hours, (C, R, "backup", H), "wipe", False),
    ("trigger-blocks-settings", d.trigger_blocks_settings, (C, R), "freeze", False),
    ("trigger-fires-on-upgrade", d.trigger_fires_on_upgrade, (C, R, H), "on_upgrade", True),
    ("volunteers-endless-view", d.volunteers_endless_view, (C, R, H), "volunteers", False),
    ("hours-endless-view", d.hours_endless_view, (C, "backup"), "hours_entries", False),
    ("activity-types-endless-view-0001", d.activity_types_endless_view, (R,), "activity_types", True),
    ("extra-endless-view", d.extra_endless_view, (C, R), "report", False),
    ("instead-of-trigger", d.view_with_instead_of_trigger, (C,), "people_write", False),
    ("extra-table", d.extra_table, (C, R), "copies", False),
    ("extra-index", d.extra_index, (C, R), "ix_pesel", False),
    ("expression-index", d.expression_index, (C,), "ix_upper", False),
    ("missing-table", d.missing_table, (C, R), "document_images", False),
    ("missing-index", d.missing_index, (C, R), "ix_hours_entries_status_date", False),
    ("extra-column", d.extra_column, (C, R), "volunteers", False),
    ("changed-column", d.changed_column, (C, R), "volunteers", False),
    ("partial-index", d.partial_index, (C,), "ix_hours_entries_status_date", False),
    ("fts5-virtual-table", d.fts_virtual_table, (C, R), "notes", False),
    ("rtree-virtual-table", d.rtree_virtual_table, (C,), "places", False),
    ("no-version-endless-view", d.no_version_endless_view, (C, R), "", False),
    ("newer-version-endless-view", d.newer_version_endless_view, (C, R), "ffff_future", False),
    ("version-table-is-a-view", d.version_as_view, (C, R), "", False),
]


def _db_params() -> list[Any]:
    params = []
    for case_id, craft, routes, names, old in _DB_CASES:
        for route in routes:
            wrap = route if route in ("backup", H) else ""
            case = Case(R if route == "backup" else route, database(craft, old=old, wrap=wrap), names)
            params.append(pytest.param(case, id=f"db-{case_id}-{route}"))
    for route in (C, R):
        stalled = Case(route, database(d.sound), stall=True)
        params.append(pytest.param(stalled, id=f"db-check-stalls-{route}"))
    return params


_ARCHIVE_CASES: list[tuple[str, Case]] = [
    ("scrypt-n2e20-r16", Case(R, backup(header(kdf(n=2**20, r=16))))),
    ("scrypt-weaker-n", Case(R, backup(lambda p, t: a.seal_with(p, t, kdf_n=2**14)))),
    ("scrypt-r4", Case(R, backup(lambda p, t: a.seal_with(p, t, kdf_r=4)))),
    ("scrypt-p2", Case(R, backup(lambda p, t: a.seal_with(p, t, kdf_p=2)))),
    ("chunk-64mib", Case(R, backup(lambda p, t: a.seal_with(p, t, chunk_size=64 * CHUNK_SIZE)))),
    ("header-60kb", Case(R, backup(header(lambda body: body.update(padding="x" * 60000))))),
    ("header-length-4gib", Case(R, backup(lambda p, t: a.raw_header(t, b"{}", length=2**32 - 1)))),
    ("header-nested-json", Case(R, backup(lambda p, t: a.raw_header(t, b"[" * 1500 + b"]" * 1500)))),
    ("header-infinite-n", Case(R, backup(header(kdf(n=float("inf")))))),
    ("header-boolean-n", Case(R, backup(header(kdf(n=True))))),
    ("header-a-list", Case(R, backup(lambda p, t: a.raw_header(t, b"[]")))),
    ("header-short-salt", Case(R, backup(header(kdf(salt="AA=="))))),
    ("header-bad-created", Case(R, backup(header(lambda body: body.update(created="soon"))))),
    ("header-other-kdf", Case(R, backup(header(kdf(name="argon2id"))))),
    ("cut-in-header", Case(R, backup(_cut_in_header))),
    ("handover-as-backup", Case(R, _handover_as_backup)),
]

_HANDOVER_CASES: list[tuple[str, Case]] = [
    ("bad-created", Case(H, handover(set_field("created", "yesterday")))),
    ("created-a-number", Case(H, handover(set_field("created", 12)))),
    ("format-2", Case(H, handover(set_field("format", 2)))),
    ("revision-a-list", Case(H, handover(set_field("revision", ["0004"])))),
    ("counts-a-string", Case(H, handover(set_field("counts", "many")))),
    ("size-too-small", Case(H, handover(document_field("size", 3)))),
    ("size-a-string", Case(H, handover(document_field("size", "6")))),
    ("size-negative", Case(H, handover(document_field("size", -1)))),
    ("sha-not-hex", Case(H, handover(document_field("sha256", 5)))),
    ("sha-missing", Case(H, handover(lambda m, _: m["files"][1].pop("sha256")))),
    ("listed-twice", Case(H, handover(listed_twice))),
    ("twice-in-zip", Case(H, zipped(_twice_in_zip))),
    ("outside-documents", Case(H, handover(renamed("notes/readme.txt")))),
    ("absolute-name", Case(H, handover(renamed("/tmp/koordynator-hostile-absolute.pdf")))),
    ("parent-name", Case(H, handover(renamed("documents/../../escaped.pdf")))),
    ("backslash-name", Case(H, handover(renamed("documents\\..\\..\\escaped.pdf")))),
    ("drive-name", Case(H, handover(renamed("C:escaped.pdf")))),
    ("overlong-name", Case(H, handover(renamed("documents/" + "x" * 300 + ".pdf")))),
    ("file-and-folder", Case(H, handover(documents=[("documents/a", b"1"), ("documents/a/b", b"2")]))),
    ("manifest-nested", Case(H, _raw_manifest(b"[" * 100000 + b"]" * 100000))),
    ("manifest-not-utf8", Case(H, _raw_manifest(b"\xff\xfe{}"))),
    ("manifest-a-list", Case(H, _raw_manifest(b"[]"))),
    ("files-not-a-list", Case(H, handover(set_field("files", {"database.sqlite": 1})))),
    ("member-missing", Case(H, handover(not_in_zip))),
    ("no-database", Case(H, handover(no_database))),
    ("inner-not-a-zip", Case(H, _inner_not_zip)),
    ("zip-bomb-document", Case(H, zipped(_bomb))),
    ("manifest-bomb", Case(H, zipped(_manifest_bomb))),
    ("backup-as-handover", Case(H, _backup_as_handover)),
]

CASES = [
    *_db_params(),
    *(pytest.param(case, id=f"archive-{case_id}") for case_id, case in _ARCHIVE_CASES),
    *(pytest.param(case, id=f"handover-{case_id}") for case_id, case in _HANDOVER_CASES),
]
