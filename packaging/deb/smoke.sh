#!/usr/bin/env bash
# Smoke test of the .deb: install it, run the installed program, remove it.
#
#   bash packaging/deb/smoke.sh [dist/koordynator-wolontariatu_VERSION_amd64.deb]
#
# As root on a Debian 12 (or Ubuntu 24.04) machine: apt-get installs the package with its
# dependencies; the shipped files are there (launcher, menu entry, icon, fonts, catalogs,
# notices); with a clean, empty home folder the installed `coordinator-app` runs --version,
# demo, print agreement and report monthly --format xlsx; removing the package (purge) leaves
# nothing of the program and keeps the user's data. Any failure stops it with a non-zero status.
#
# SMOKE_REMOVE=path (relative to /opt/koordynator-wolontariatu, globs allowed) deletes that
# file after installing, to prove the test fails when a resource is missing.
set -euo pipefail

say() { echo "[deb-smoke] $*"; }
die() {
    echo "[deb-smoke] FAILED: $*" >&2
    exit 1
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PACKAGE=koordynator-wolontariatu
APP=/opt/$PACKAGE
VERSION="$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
DEB="$(realpath "${1:-$ROOT/dist/${PACKAGE}_${VERSION}_amd64.deb}")"
[[ -f "$DEB" ]] || die "no package at $DEB (bash packaging/deb/build.sh makes it)"
[[ $(id -u) -eq 0 ]] || die "installing a package needs root"

WORK="$(mktemp -d)"
cleanup() {
    if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$PACKAGE" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

say "Installing $(basename "$DEB")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" \
    >"$WORK/install.log" 2>&1 || {
    tail -20 "$WORK/install.log" >&2
    die "apt-get could not install the package"
}
say "Installed: $(du -sh "$APP" | cut -f1) in $APP"
if [[ -n "${SMOKE_REMOVE:-}" ]]; then
    say "Removing $SMOKE_REMOVE from the installed copy (SMOKE_REMOVE)"
    for path in $APP/$SMOKE_REMOVE; do rm -rf "$path"; done
fi

SITE="$(echo "$APP"/venv/lib/python3*/site-packages)"
for file in /usr/bin/coordinator-app "/usr/share/applications/$PACKAGE.desktop" \
    "/usr/share/icons/hicolor/256x256/apps/$PACKAGE.png" "/usr/share/icons/hicolor/48x48/apps/$PACKAGE.png" \
    "$SITE/coordinator_app/_data/icons/koordynator.png" \
    "$SITE/coordinator_app/_data/notices/THIRD-PARTY-NOTICES.txt" \
    "$SITE/coordinator_app/_data/notices/LICENSE" \
    "$SITE/coordinator_app/_data/fonts/DejaVuSans.ttf" \
    "$SITE/coordinator_app/_data/fonts/DejaVuSans-Bold.ttf" \
    "$SITE/coordinator_app/_data/locale/pl/LC_MESSAGES/coordinator_app.mo"; do
    [[ -f "$file" ]] || die "the installed package lacks $file"
done
# Qt's widgets still load after postinst's trimming: the plug-ins and modules the window uses
# find their libraries, and a dialog (the About box, with the icon) builds and paints offscreen.
QT_PARTS=("$SITE"/PySide6/Qt/plugins/platforms/lib{qxcb,qoffscreen}.so "$SITE"/PySide6/Qt{Core,Gui,Widgets,PrintSupport}.abi3.so)
if ldd "${QT_PARTS[@]}" | grep "not found"; then die "a Qt library is missing"; fi
env -i HOME="$WORK" QT_QPA_PLATFORM=offscreen "$APP/venv/bin/python" -c '
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from coordinator_app.ui.about import AboutDialog, application_icon
assert not application_icon().isNull()
assert not AboutDialog(Path("db.sqlite"), None).grab().isNull()
' || die "the About box cannot be built with the installed Qt"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "/usr/share/applications/$PACKAGE.desktop" || die "the menu entry is invalid"
fi

# A clean user: an empty home folder, the program found on PATH as a user would.
export HOME="$WORK/home" XDG_DATA_HOME="" XDG_STATE_HOME="" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
cd "$HOME"
cli() {
    local status=0
    env -i HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 coordinator-app "$@" >"$WORK/out.txt" 2>&1 || status=$?
    cat "$WORK/out.txt"
    [[ $status -eq 0 ]] || die "coordinator-app $* exited with $status"
}
cli --version
grep -qx "coordinator-app $VERSION" "$WORK/out.txt" || die "--version printed something else"
cli --lang pl demo --volunteers 6 --clients 4 --hours 30
DATA="$HOME/.local/share/$PACKAGE/koordynator.sqlite"
[[ -f "$DATA" ]] || die "demo wrote no database in $DATA"
cli --lang pl print agreement --id 1 --out "$HOME/umowa.pdf"
grep -q "Wydano dokument" "$WORK/out.txt" || die "print spoke no Polish (catalog missing?)"
[[ -s "$HOME/umowa.pdf" ]] || die "print agreement wrote no PDF"
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$HOME/umowa.pdf" "$WORK/umowa.txt"
    grep -q "POROZUMIENIE" "$WORK/umowa.txt" || die "the agreement PDF lacks its text: $(head -c 300 "$WORK/umowa.txt")"
fi
cli --lang pl report monthly --month "$(date +%Y-%m)" --format xlsx --out "$HOME/raport.xlsx"
python3 -c 'import sys, zipfile; assert "xl/workbook.xml" in zipfile.ZipFile(sys.argv[1]).namelist()' \
    "$HOME/raport.xlsx" || die "report monthly wrote no workbook"

say "Removing the package (purge)"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$PACKAGE" >"$WORK/remove.log" 2>&1 || die "apt-get purge failed"
[[ ! -e "$APP" ]] || die "$APP is still there after removal"
[[ ! -e /usr/bin/coordinator-app ]] || die "/usr/bin/coordinator-app is still there after removal"
[[ ! -e "/usr/share/applications/$PACKAGE.desktop" ]] || die "the menu entry is still there"
[[ -f "$DATA" ]] || die "removing the package removed the user's data"
say "OK: installed, ran --version, demo, print agreement, report monthly (xlsx), removed cleanly"
