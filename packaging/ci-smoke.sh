#!/usr/bin/env bash
# What users get, built and tried (issue #17): the Windows installer (installed silently under
# wine) and the .deb (installed with apt-get), each running the installed command line.
# .ci/run calls it after the test suite; it can be run alone, as root, on Debian 12.
#
#   bash packaging/ci-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
    local started=$SECONDS
    echo "[ci-smoke] ==> $*"
    "$@"
    echo "[ci-smoke] <== $* ($((SECONDS - started)) s)"
}

step bash packaging/windows/build.sh
step bash packaging/windows/smoke.sh
step bash packaging/deb/build.sh
step bash packaging/deb/smoke.sh
ls -l dist/
