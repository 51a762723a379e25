#!/usr/bin/env bash
# Build the Debian package (Debian 12, Ubuntu 24.04 and later; amd64).
#
#   bash packaging/deb/build.sh
#
# → dist/koordynator-wolontariatu_VERSION_amd64.deb
#
# The package carries the application's wheel and the wheels of its dependencies for
# CPython 3.11, 3.12 and 3.13 (manylinux, x86_64) in /opt/koordynator-wolontariatu/wheels;
# its postinst makes the private environment /opt/koordynator-wolontariatu/venv from them
# with the system's python3, without the network. /usr/bin/coordinator-app starts it; a menu
# entry and the icon come with it. Removing the package removes the environment too (prerm).
# Needs: python3 (3.11+), dpkg-deb. Work folder: .build/deb (BUILD_ROOT replaces .build).
set -euo pipefail

say() { echo "[deb] $*"; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
WORK="${BUILD_ROOT:-$ROOT/.build}/deb"
DIST="$ROOT/dist"
PACKAGE=koordynator-wolontariatu
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
APP_DIR=/opt/$PACKAGE
# Python versions of the supported systems: Debian 12 (3.11), Ubuntu 24.04 (3.12), Debian 13 (3.13).
PYTHONS=(3.11 3.12 3.13)
# glibc 2.36 (Debian 12) is the oldest supported system.
PLATFORMS=(--platform manylinux_2_36_x86_64 --platform manylinux_2_34_x86_64
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64
    --platform manylinux2014_x86_64 --platform linux_x86_64)
# Qt's system libraries (as packaging/bootstrap.sh installs them) and Python with venv.
DEPENDS="python3 (>= 3.11), python3-venv, libgl1, libegl1, libglib2.0-0, libxkbcommon0, \
libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, \
libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-randr0, \
libxcb-xinerama0, libxcb-xfixes0"

mkdir -p "$WORK" "$DIST"
say "Building the application's wheel"
rm -rf "$WORK/app-wheel" "$WORK/pkg"
"$PYTHON" -m pip wheel -q --disable-pip-version-check --no-deps -w "$WORK/app-wheel" "$ROOT"
APP_WHEEL="$(ls "$WORK"/app-wheel/koordynator_wolontariatu-"$VERSION"-*.whl)"

STAGE="$WORK/pkg"
WHEELS="$STAGE$APP_DIR/wheels"
mkdir -p "$WHEELS"
for version in "${PYTHONS[@]}"; do
    say "Downloading the wheels for CPython $version"
    "$PYTHON" -m pip download -q --disable-pip-version-check --only-binary=:all: \
        --implementation cp --python-version "$version" "${PLATFORMS[@]}" \
        -d "$WORK/wheels-cache" "$APP_WHEEL"
done
# Only what the application needs (the cache may hold older downloads).
"$PYTHON" - "$WORK/wheels-cache" "$WHEELS" "$APP_WHEEL" <<'PY'
import shutil, sys
from pathlib import Path
cache, target, app = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
for wheel in sorted(cache.glob("*.whl")):
    if not wheel.name.startswith("koordynator_wolontariatu-"):
        shutil.copy2(wheel, target / wheel.name)
shutil.copy2(app, target / app.name)
PY

say "Laying out the package"
install -D -m 755 "$HERE/launcher.sh" "$STAGE/usr/bin/coordinator-app"
install -D -m 644 "$HERE/$PACKAGE.desktop" "$STAGE/usr/share/applications/$PACKAGE.desktop"
for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "$ROOT/resources/icons/koordynator-$size.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/$PACKAGE.png"
done
install -D -m 644 "$ROOT/LICENSE" "$STAGE/usr/share/doc/$PACKAGE/copyright"
install -D -m 644 "$ROOT/resources/notices/THIRD-PARTY-NOTICES.txt" \
    "$STAGE/usr/share/doc/$PACKAGE/THIRD-PARTY-NOTICES.txt"
mkdir -p "$STAGE/DEBIAN"
for script in postinst prerm postrm; do
    install -m 755 "$HERE/$script" "$STAGE/DEBIAN/$script"
done
SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: amd64
Maintainer: Koordynator Wolontariatu <koordynator-wolontariatu@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Description: volunteer coordinator of a Polish social-welfare centre
 Koordynator Wolontariatu keeps the centre's volunteers, their agreements, trainings,
 assignments and hours, prints the documents and the monthly reports, offline. The
 package brings its own Python environment in /opt/$PACKAGE (made when it is installed).
EOF
find "$STAGE" -type d -exec chmod 755 {} +
OUT="$DIST/${PACKAGE}_${VERSION}_amd64.deb"
say "Writing $OUT"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT" >/dev/null
say "Done: $(du -h "$OUT" | cut -f1) $OUT"
