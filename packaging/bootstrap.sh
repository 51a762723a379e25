#!/usr/bin/env bash
# Prepare this checkout and run the application or its test suite.
#
#   bash packaging/bootstrap.sh app  [arguments for the application]
#   bash packaging/bootstrap.sh test [arguments for pytest]
#
# On a fresh Debian 12 machine (root, or a user with sudo) it installs the system libraries
# Qt needs (only the missing ones), creates the virtual environment, installs the project in
# editable mode with its test tools and compiles the translation catalogs. Repeat runs skip
# what is already done. Environment: VENV_DIR (default: .venv in the project root),
# PYTHON (an interpreter to use instead of searching for one).
set -euo pipefail

usage() {
    echo "usage: bash packaging/bootstrap.sh app|test [arguments...]" >&2
    exit 2
}

say() { echo "[bootstrap] $*"; }
die() {
    echo "[bootstrap] ERROR: $*" >&2
    exit 1
}

[[ $# -ge 1 ]] || usage
MODE="$1"
shift
case "$MODE" in
    app | test) ;;
    *) usage ;;
esac

CALLER_DIR="$(pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV_DIR="${VENV_DIR:-.venv}"
case "$VENV_DIR" in
    /*) ;;
    *) VENV_DIR="$ROOT/$VENV_DIR" ;;
esac

QT_PACKAGES=(
    libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0
    libxcb-xfixes0 fonts-dejavu-core
)
TEST_PACKAGES=(xvfb xauth poppler-utils)

# --- system packages (Debian) --------------------------------------------------------------

APT_UPDATED=0

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root rights to run: $* (run as root or install sudo)"
    fi
}

is_installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

# Install the given Debian packages that are not installed yet.
apt_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    say "Installing system packages: ${missing[*]}"
    if [[ $APT_UPDATED -eq 0 ]]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

HAVE_DPKG=0
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    HAVE_DPKG=1
    wanted=("${QT_PACKAGES[@]}")
    if [[ $MODE == test ]]; then
        wanted+=("${TEST_PACKAGES[@]}")
    fi
    say "Checking the system libraries Qt needs"
    apt_install_missing "${wanted[@]}"
else
    say "Not a Debian-like system (no dpkg/apt-get): skipping the system packages"
fi

# --- Python and the virtual environment ----------------------------------------------------

python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate
    if [[ -n ${PYTHON:-} ]]; then
        python_ok "$PYTHON" || die "PYTHON=$PYTHON is not a Python 3.11 or newer"
        echo "$PYTHON"
        return
    fi
    for candidate in python3.11 python3 python3.12 python3.13; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return
        fi
    done
    die "no Python 3.11 or newer found (on Debian 12: apt-get install python3)"
}

venv_python() {
    if [[ -x $VENV_DIR/bin/python ]]; then
        echo "$VENV_DIR/bin/python"
    elif [[ -x $VENV_DIR/Scripts/python.exe ]]; then
        echo "$VENV_DIR/Scripts/python.exe"
    else
        echo ""
    fi
}

VPY="$(venv_python)"
if [[ -n $VPY ]] && ! python_ok "$VPY"; then
    say "The virtual environment in $VENV_DIR is broken or too old: creating it again"
    rm -rf "$VENV_DIR"
    VPY=""
fi

if [[ -z $VPY ]]; then
    PY="$(find_python)"
    say "Creating the virtual environment in $VENV_DIR with $PY ($("$PY" --version 2>&1))"
    rm -rf "$VENV_DIR"
    if ! "$PY" -m venv "$VENV_DIR" 2>/dev/null; then
        rm -rf "$VENV_DIR"
        [[ $HAVE_DPKG -eq 1 ]] || die "'$PY -m venv' failed; install Python's venv module"
        say "'$PY -m venv' is not possible yet: installing python3-venv"
        apt_install_missing python3-venv
        "$PY" -m venv "$VENV_DIR" || die "'$PY -m venv' still fails after installing python3-venv"
    fi
    VPY="$(venv_python)"
    [[ -n $VPY ]] || die "the virtual environment in $VENV_DIR has no python"
fi

STAMP="$VENV_DIR/.bootstrap-installed"
if [[ ! -f $STAMP || pyproject.toml -nt $STAMP ]]; then
    say "Installing the project and its test tools into $VENV_DIR (the first run takes a few minutes)"
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    "$VPY" -m pip install --quiet --editable '.[test]'
    touch "$STAMP"
else
    say "The virtual environment is up to date"
fi

# --- translations --------------------------------------------------------------------------

say "Compiling the translation catalogs"
# The same strict routine the wheel build uses: a malformed catalog stops here.
"$VPY" packaging/catalogs.py translations || die "a translation catalog cannot be compiled"

# --- run -----------------------------------------------------------------------------------

if [[ $MODE == app ]]; then
    say "Starting the application"
    cd "$CALLER_DIR" # so a relative --db PATH means what the caller meant
    exec "$VPY" -m coordinator_app "$@"
fi

say "Running the test suite (Qt offscreen)"
status=0
QT_QPA_PLATFORM=offscreen "$VPY" -m pytest -q -p no:cacheprovider "$@" || status=$?
if [[ $status -eq 5 ]]; then
    echo "[bootstrap] ERROR: pytest collected no tests; a run that tests nothing is a failure" >&2
    exit 1
fi
if [[ $status -ne 0 ]]; then
    echo "[bootstrap] Tests failed (pytest exit code $status)" >&2
fi
exit "$status"
