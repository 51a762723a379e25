"""Joining PDF files written by this package (ReportLab, classic cross-reference table) into one,
streaming: one part is read at a time, its objects renumbered and copied to the output as they
come, so joining a thousand pages holds one part and a list of offsets, never the whole file.

Each part's catalog, information dictionary and page tree are dropped; the pages (in order),
their contents, fonts and images are kept; the output gets one page tree, a catalog and the
first part's information dictionary (title, author, the personal-data mark). Fonts are not
shared across parts (each part embeds its own subset), which is what keeps memory flat.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_REF = re.compile(rb"(\d+) 0 R\b")
_OBJ = re.compile(rb"(\d+) 0 obj")
_ENTRY = re.compile(rb"/(\w+) (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")


class PdfJoinError(ValueError):
    """A part is not a PDF this module can join (not written by ReportLab's classic writer)."""


@dataclass
class _Part:
    data: bytes
    spans: dict[int, tuple[int, int]]  # object number -> (start, end) in data
    root: int
    info: int
    version: bytes

    def body(self, number: int) -> bytes:
        """The object's text between `N 0 obj` and `endobj`."""
        start, end = self.spans[number]
        chunk = self.data[start:end]
        opened = _OBJ.match(chunk)
        closed = chunk.rfind(b"endobj")
        if opened is None or int(opened.group(1)) != number or closed < 0:
            raise PdfJoinError(f"object {number} is not where the cross-reference table says")
        return chunk[opened.end() : closed]

    def entry(self, number: int, key: bytes) -> int | None:
        head = self.body(number).split(b"stream", 1)[0]
        for name, target in _ENTRY.findall(head):
            if name == key:
                return int(target)
        return None

    def pages(self, node: int) -> Iterator[tuple[int, int]]:
        """(page tree node, page) for every page under `node`, in order."""
        head = self.body(node).split(b"stream", 1)[0]
        kids = _KIDS.search(head)
        if kids is None:
            raise PdfJoinError(f"page tree node {node} has no kids")
        for target in _REF.findall(kids.group(1)):
            kid = int(target)
            if b"/Type /Pages" in self.body(kid).split(b"stream", 1)[0]:
                yield from self.pages(kid)
            else:
                yield node, kid


def _read(path: Path) -> _Part:
    data = path.read_bytes()
    version = data[5:8] if data.startswith(b"%PDF-") else b""
    at = data.rfind(b"startxref")
    xref_at = data.rfind(b"\nxref\n", 0, at) + 1
    trailer = data[data.rfind(b"trailer", 0, at) : at]
    entries = dict((name, int(number)) for name, number in _ENTRY.findall(trailer))
    if not version or at < 0 or xref_at <= 0 or b"Root" not in entries or b"Info" not in entries:
        raise PdfJoinError(f"{path.name}: not a PDF with a classic cross-reference table")
    lines = data[xref_at:at].split(b"\n")
    first, count = (int(value) for value in lines[1].split())
    offsets: list[tuple[int, int]] = []
    for index, line in enumerate(lines[2 : 2 + count]):
        if line.endswith((b" n ", b" n")):
            offsets.append((int(line[:10]), first + index))
    offsets.sort()
    ends = [start for start, _number in offsets[1:]] + [xref_at]
    spans = {number: (start, end) for (start, number), end in zip(offsets, ends, strict=True)}
    return _Part(data, spans, entries[b"Root"], entries[b"Info"], version)


class _Output:
    """The joined file being written: objects numbered from 1 in the order they are written."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offsets: list[int] = []
        self.position = 0

    def reserve(self) -> int:
        self.offsets.append(-1)
        return len(self.offsets)

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.position += len(data)

    def put(self, number: int, body: bytes) -> None:
        self.offsets[number - 1] = self.position
        self.write(b"%d 0 obj" % number + body + b"endobj\n")


def _renumber(body: bytes, numbers: dict[int, int], name: str) -> bytes:
    """References in the object's dictionary (never inside its stream) moved to `numbers`."""
    head, stream, rest = body.partition(b"stream")

    def moved(match: re.Match[bytes]) -> bytes:
        old = int(match.group(1))
        if old not in numbers:
            raise PdfJoinError(f"{name}: a reference to object {old}, which is not copied")
        return b"%d 0 R" % numbers[old]

    return _REF.sub(moved, head) + stream + rest


def join_pdfs(parts: Iterable[Path], out: BinaryIO) -> int:
    """Write the pages of `parts`, in order, into `out` as one PDF; returns the page count."""
    writer = _Output(out)
    root, tree = writer.reserve(), writer.reserve()
    writer.write(b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document (joined)\n")
    kids: list[int] = []
    info = 0
    digest = hashlib.md5(usedforsecurity=False)
    for path in parts:
        part = _read(path)
        digest.update(part.data[-200:])  # each part's trailer carries its own document ID
        catalog_tree = part.entry(part.root, b"Pages")
        if catalog_tree is None:
            raise PdfJoinError(f"{path.name}: the catalog names no page tree")
        placement = list(part.pages(catalog_tree))
        nodes = {node for node, _page in placement} | {catalog_tree}
        skipped = nodes | {part.root} | ({part.info} if info else set())
        numbers = {node: tree for node in nodes}
        for number in sorted(part.spans):
            if number not in skipped:
                numbers[number] = writer.reserve()
        for number in sorted(part.spans):
            if number not in skipped:
                writer.put(numbers[number], _renumber(part.body(number), numbers, path.name))
        info = info or numbers[part.info]
        kids.extend(numbers[page] for _node, page in placement)
        del part
    _finish(writer, root, tree, kids, info, digest.hexdigest())
    return len(kids)


def _finish(writer: _Output, root: int, tree: int, kids: Sequence[int], info: int, document_id: str) -> None:
    if not kids or not info:
        raise PdfJoinError("no pages to join")
    listed = b" ".join(b"%d 0 R" % kid for kid in kids)
    writer.put(tree, b"\n<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\n" % (len(kids), listed))
    writer.put(root, b"\n<<\n/Lang (pl-PL) /PageMode /UseNone /Pages %d 0 R /Type /Catalog\n>>\n" % tree)
    xref_at = writer.position
    rows = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(writer.offsets) + 1)]
    rows.extend(b"%010d 00000 n \n" % offset for offset in writer.offsets)
    writer.write(b"".join(rows))
    ident = document_id.encode()
    writer.write(
        b"trailer\n<<\n/ID \n[<%s><%s>]\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
        % (ident, ident, info, root, len(writer.offsets) + 1, xref_at)
    )
