#!/usr/bin/env bash
# Build the one-folder app and run it headless as a user would (packaging/smoke.py).
# Usage: bash packaging/smoke.sh            build, then smoke-test dist/arkan-desktop
#        bash packaging/smoke.sh --no-build smoke-test the existing build
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
started=$(date +%s)
if [ "${1:-}" != "--no-build" ]; then
  bash packaging/build.sh
fi
uv run --no-sync python packaging/smoke.py dist/arkan-desktop
echo "packaging: build and smoke in $(( $(date +%s) - started )) s"
