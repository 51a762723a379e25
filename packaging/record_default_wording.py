"""Record the fingerprints of the shipped default wording in coordinator_app/core/issuing/defaults/shipped.py.

    .venv/bin/python packaging/record_default_wording.py [EXTRA.json ...]

Run it whenever a default block of a document changes (tests/core/test_template_upgrade.py fails
until it is run). It only ever adds: a database whose stored wording still holds a block exactly
as an earlier version shipped it, never edited by the OPS, gets the new default of that block
when it next issues the document (core/issuing/templates.py). Run `ruff format` on the file
afterwards. EXTRA.json files add fingerprints
of other versions ({kind: {block: sha256}}), e.g. taken from an older release.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coordinator_app.core.issuing.catalog import DEFAULT_TEMPLATES  # noqa: E402
from coordinator_app.core.issuing.defaults.shipped import SHIPPED, fingerprint  # noqa: E402

TARGET = ROOT / "coordinator_app" / "core" / "issuing" / "defaults" / "shipped.py"
HEADER = '''"""Fingerprints (SHA-256) of every block of default wording any released version shipped.

Written by packaging/record_default_wording.py, which only adds. A stored block whose text still
has one of these fingerprints was never edited by the OPS, so a newer default may replace it.
"""

from __future__ import annotations

import hashlib


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


'''


def main(extra_files: list[str]) -> int:
    known: dict[str, dict[str, set[str]]] = {
        kind: {block: set(hashes) for block, hashes in blocks.items()} for kind, blocks in SHIPPED.items()
    }
    sources = [{k: {b: fingerprint(t) for b, t in v.items()} for k, v in DEFAULT_TEMPLATES.items()}]
    sources += [json.loads(Path(name).read_text(encoding="utf-8")) for name in extra_files]
    for source in sources:
        for kind, blocks in source.items():
            for block, digest in blocks.items():
                known.setdefault(kind, {}).setdefault(block, set()).add(digest)
    lines = ["SHIPPED: dict[str, dict[str, frozenset[str]]] = {"]
    for kind in sorted(known):
        lines.append(f"    {kind!r}: {{")
        for block in sorted(known[kind]):
            digests = ", ".join(repr(d) for d in sorted(known[kind][block]))
            lines.append(f"        {block!r}: frozenset({{{digests}}}),")
        lines.append("    },")
    lines.append("}")
    TARGET.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {sum(len(b) for b in known.values())} blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
