#!/usr/bin/env bash
# Build BackTimer as a one-folder app with PyInstaller, report its size, and start it.
#
#   packaging/build-pyinstaller.sh [OUT]
#
# OUT defaults to build/pyinstaller; the app lands in OUT/dist/backtimer/. Uses the
# project's virtual environment (.venv, made by ./dev setup; PYTHON=... to choose another
# interpreter) and installs PyInstaller into it when missing. Finally runs
# `backtimer --check-startup` on Qt's offscreen platform, with a throw-away data folder,
# and fails if the built app does not start.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
OUT=$(realpath -m "${1:-$ROOT/build/pyinstaller}")
PYINSTALLER_REQ="pyinstaller>=6.10"

say() { printf '[build-pyinstaller] %s\n' "$*" >&2; }

[ -x "$PY" ] || { say "no Python at $PY: run ./dev setup first (or set PYTHON)"; exit 1; }
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    say "installing $PYINSTALLER_REQ into $("$PY" -c 'import sys; print(sys.prefix)')"
    "$PY" -m pip install -q "$PYINSTALLER_REQ"
fi

start=$(date +%s)
say "building into $OUT/dist/backtimer"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/backtimer.spec
elapsed=$(($(date +%s) - start))

APP="$OUT/dist/backtimer"
BIN="$APP/backtimer"
[ -x "$BIN" ] || { say "no executable at $BIN"; exit 1; }
# A Python built from source (pyenv) carries its debug symbols: libpython alone is
# 22 MiB, 5 MiB stripped. Strip only the interpreter's own files; the wheels' libraries
# (Qt, numpy's OpenBLAS) are stripped already or patched in ways strip can break.
if command -v strip >/dev/null 2>&1; then
    find "$APP/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f \
        -exec strip --strip-unneeded {} +
    find "$APP/_internal" -path '*/lib-dynload/*.so' -type f -exec strip --strip-unneeded {} +
else
    say "no strip command (binutils): the folder stays about 25 MiB larger"
fi
size_mib=$(du -sm "$APP" | cut -f1)
files=$(find "$APP" -type f | wc -l)
echo "pyinstaller-build-seconds: $elapsed"
echo "pyinstaller-folder-size-mib: $size_mib ($files files) $APP"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
say "starting $BIN --check-startup (offscreen)"
QT_QPA_PLATFORM=offscreen BACKTIMER_DATA_DIR="$data" "$BIN" --check-startup
