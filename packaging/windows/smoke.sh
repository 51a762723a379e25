#!/usr/bin/env bash
# Smoke test of the Windows installer under wine: what a user gets, installed silently.
#
#   bash packaging/windows/smoke.sh [dist/Koordynator-Wolontariatu-VERSION-setup.exe]
#
# In a throw-away wine prefix: `setup.exe /S`; the shipped files are there (icon, shortcuts,
# fonts, catalogs, notices); the installed command line runs --version, demo, print agreement
# and report monthly --format xlsx (a PDF with the Polish text, a real workbook); installing
# again over it keeps the data (an upgrade); `uninstall.exe /S` removes the program and keeps
# the data folder; the portable zip, unpacked, keeps its data in data\ beside the program.
# Any failure stops it with a non-zero status.
#
# SMOKE_REMOVE=path (relative to the installation folder) deletes that file after installing,
# to prove the test fails when a resource is missing. The window itself cannot start under
# wine (Qt needs the Windows icuuc.dll), so only the command line is run.
set -euo pipefail

say() { echo "[windows-smoke] $*"; }
die() {
    echo "[windows-smoke] FAILED: $*" >&2
    exit 1
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
SETUP="${1:-$ROOT/dist/Koordynator-Wolontariatu-$VERSION-setup.exe}"
[[ -f "$SETUP" ]] || die "no installer at $SETUP (bash packaging/windows/build.sh makes it)"

if ! command -v wine >/dev/null 2>&1; then
    [[ $(id -u) -eq 0 ]] || die "wine is missing: apt-get install wine wine64"
    say "Installing wine"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine wine64 >/dev/null
fi

WORK="$(mktemp -d)"
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
export HOME="$WORK/home" WINEPREFIX="$WORK/prefix" WINEDEBUG=-all
# No Mono/Gecko prompts; wbemprox off: wine 8 lacks propsys.VariantToString, which Python's
# platform module reaches through WMI (SQLAlchemy asks for the machine type); without WMI
# Python falls back to the registry, as it does on a Windows without the WMI service.
export WINEDLLOVERRIDES="mscoree,mshtml=;wbemprox=d"
mkdir -p "$HOME"
USER_NAME="$(id -un)"
WIN_HOME="C:\\users\\$USER_NAME"
UNIX_HOME="$WINEPREFIX/drive_c/users/$USER_NAME"
INSTDIR="$UNIX_HOME/AppData/Local/Programs/Koordynator Wolontariatu"
DATADIR="$UNIX_HOME/AppData/Local/koordynator-wolontariatu"

say "Preparing a wine prefix"
wineboot -i >/dev/null 2>&1 || true

install_app() {
    say "Installing silently: $(basename "$SETUP") /S"
    wine "$SETUP" /S </dev/null >"$WORK/install.log" 2>&1 || die "the installer exited with $?"
    [[ -f "$INSTDIR/uninstall.exe" ]] || die "nothing installed in $INSTDIR"
}

# Runs a Windows program, its output captured through a pipe (wine cannot hand a Windows
# console handle to a file) into out.txt and shown; returns the program's exit status.
run_wine() {
    local status
    set +o pipefail # the pipeline's status is tee's; the program's is in PIPESTATUS
    wine "$@" </dev/null 2>&1 | tee "$WORK/out.txt"
    status=${PIPESTATUS[0]}
    set -o pipefail
    sed -i 's/\r$//' "$WORK/out.txt" # Windows line ends
    return "$status"
}

# The installed command line.
cli() {
    local status=0
    run_wine "$INSTDIR\\bin\\coordinator-app.exe" "$@" || status=$?
    [[ $status -eq 0 ]] || die "coordinator-app $* exited with $status"
}

install_app
say "Installed in $INSTDIR ($(du -sh "$INSTDIR" | cut -f1))"
if [[ -n "${SMOKE_REMOVE:-}" ]]; then
    say "Removing $SMOKE_REMOVE from the installed copy (SMOKE_REMOVE)"
    rm -rf "${INSTDIR:?}/$SMOKE_REMOVE"
fi

for file in koordynator.ico "Koordynator_Wolontariatu.launch.pyw" Python/pythonw.exe \
    pkgs/coordinator_app/_data/icons/koordynator.png \
    pkgs/coordinator_app/_data/notices/THIRD-PARTY-NOTICES.txt \
    pkgs/coordinator_app/_data/notices/LICENSE \
    pkgs/coordinator_app/_data/fonts/DejaVuSans.ttf \
    pkgs/coordinator_app/_data/fonts/DejaVuSans-Bold.ttf \
    pkgs/coordinator_app/_data/locale/pl/LC_MESSAGES/coordinator_app.mo; do
    [[ -f "$INSTDIR/$file" ]] || die "the installed copy lacks $file"
done
# Byte-compiled by the installer, so that the first start compiles nothing.
compgen -G "$INSTDIR/pkgs/coordinator_app/ui/__pycache__/main_window.cpython-3*.pyc" >/dev/null ||
    die "the installer did not byte-compile the program"
START_MENU_LINK="$UNIX_HOME/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Koordynator Wolontariatu.lnk"
DESKTOP_LINK="$UNIX_HOME/Desktop/Koordynator Wolontariatu.lnk" # wine links Desktop to $HOME
[[ -f "$START_MENU_LINK" ]] || die "no Start-menu shortcut"
[[ -f "$DESKTOP_LINK" ]] || die "no desktop shortcut"

cli --version
grep -qx "coordinator-app $VERSION" "$WORK/out.txt" || die "--version printed something else"
cli --lang pl demo --volunteers 6 --clients 4 --hours 30
[[ -f "$DATADIR/koordynator.sqlite" ]] || die "demo wrote no database in $DATADIR"
cli --lang pl print agreement --id 1 --out "$WIN_HOME\\umowa.pdf"
grep -q "Wydano dokument" "$WORK/out.txt" || die "print spoke no Polish (catalog missing?)"
[[ -s "$UNIX_HOME/umowa.pdf" ]] || die "print agreement wrote no PDF"
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$UNIX_HOME/umowa.pdf" "$WORK/umowa.txt"
    grep -q "POROZUMIENIE" "$WORK/umowa.txt" || die "the agreement PDF lacks its text: $(head -c 300 "$WORK/umowa.txt")"
fi
MONTH="$(date +%Y-%m)"
cli --lang pl report monthly --month "$MONTH" --format xlsx --out "$WIN_HOME\\raport.xlsx"
python3 -c 'import sys, zipfile; assert "xl/workbook.xml" in zipfile.ZipFile(sys.argv[1]).namelist()' \
    "$UNIX_HOME/raport.xlsx" || die "report monthly wrote no workbook"

say "Installing again over the installed copy (an upgrade keeps the data)"
install_app
cli --lang pl check
[[ -f "$DATADIR/koordynator.sqlite" ]] || die "the upgrade lost the database"

say "Uninstalling silently"
# The uninstaller copies itself to a temporary folder and runs from there: wait for it.
wine "$INSTDIR\\uninstall.exe" /S </dev/null >"$WORK/uninstall.log" 2>&1 || die "the uninstaller exited with $?"
wineserver -w
[[ ! -d "$INSTDIR/pkgs" && ! -d "$INSTDIR/Python" ]] || die "the uninstaller left the program behind"
[[ ! -e "$START_MENU_LINK" && ! -e "$DESKTOP_LINK" ]] || die "the uninstaller left a shortcut"
[[ -f "$DATADIR/koordynator.sqlite" ]] || die "the uninstaller removed the user's data"
PORTABLE="${SETUP%-setup.exe}-portable.zip"
if [[ -f "$PORTABLE" ]]; then
    say "Portable copy: $(basename "$PORTABLE")"
    python3 -m zipfile -e "$PORTABLE" "$WORK/stick"
    STICK="$(echo "$WORK"/stick/*-portable)"
    run_wine "$STICK/coordinator-app.exe" --lang pl demo --volunteers 3 --clients 2 --hours 5 ||
        die "the portable copy's demo failed"
    [[ -f "$STICK/data/koordynator.sqlite" ]] || die "the portable copy kept no data beside it"
fi
say "OK: installed, ran --version, demo, print agreement, report monthly (xlsx), upgraded, uninstalled"
