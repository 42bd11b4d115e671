#!/usr/bin/env bash
# Build the one-folder app: dist/arkan-desktop/arkan-desktop (packaging/README.md).
# Usage: bash packaging/build.sh     (from anywhere; writes build/ and dist/ at the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

# PyInstaller is in its own dependency group, so neither the wheel nor `uv sync` carry it.
# --inexact: add the group without removing what other groups put in the environment.
uv sync --locked --inexact --group packaging
uv run --group packaging pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/arkan-desktop.spec

app=dist/arkan-desktop
if [ "$(uname -s)" = Linux ]; then  # so that a copy of the folder installs itself
  cp packaging/linux/arkan-desktop.desktop packaging/linux/install.sh "$app/"
fi
echo "build: $app in $(( $(date +%s) - started )) s, $(du -sh "$app" | cut -f1)"
