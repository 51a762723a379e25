"""Compile the gettext catalogs (.po) into the binary form gettext reads (.mo), strictly.

One routine for both places that need compiled catalogs: `bootstrap.sh` compiles them next to
the .po files of a checkout, and the wheel build (setup.py) compiles them into the package.
Unlike `pybabel compile`, which only warns, a catalog that cannot be read cleanly, is marked
fuzzy as a whole (pybabel would skip it and ship no translation) or has messages whose
format flags do not match stops the compilation before anything is written.

    python packaging/catalogs.py translations            # .mo next to each .po
    python packaging/catalogs.py translations OUT_DIR    # OUT_DIR/<language>/LC_MESSAGES/*.mo
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

DOMAIN = "coordinator_app"


class CatalogError(Exception):
    """A catalog that must not be compiled; the message names the file and the fault."""


def _read_strictly(po: Path, language: str) -> Catalog:
    try:
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=language, domain=DOMAIN, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogError(f"{po}: {exc}") from None
    if catalog.fuzzy:
        raise CatalogError(f"{po}: the whole catalog is marked fuzzy")
    faults = [f"{po}:{message.lineno}: {error}" for message, errors in catalog.check() for error in errors]
    if faults:
        raise CatalogError("\n".join(faults))
    return catalog


def compile_catalogs(source: Path, target: Path | None = None) -> list[Path]:
    """Compile every `source/<language>/LC_MESSAGES/coordinator_app.po` to the same place under
    `target` (default: beside the .po); returns the .mo files written. All catalogs are checked
    before the first one is written."""
    pos = sorted(source.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    if not pos:
        raise CatalogError(f"{source}: no {DOMAIN}.po catalogs found")
    catalogs = [(po, _read_strictly(po, po.parents[1].name)) for po in pos]
    written = []
    for po, catalog in catalogs:
        mo = (target or source) / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as fh:
            write_mo(fh, catalog)
        written.append(mo)
    return written


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        sys.stderr.write(f"usage: python {Path(__file__).name} TRANSLATIONS_DIR [OUT_DIR]\n")
        return 2
    try:
        compile_catalogs(Path(argv[0]), Path(argv[1]) if len(argv) == 2 else None)
    except CatalogError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
