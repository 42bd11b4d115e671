#!/usr/bin/env bash
# Install the one-folder Linux build with its menu entry and icons.
#
#   bash install.sh [BUILD_DIR]          for this user: ~/.local (lib/, bin/, share/)
#   sudo PREFIX=/usr/local bash install.sh [BUILD_DIR]     for everyone
#
# BUILD_DIR defaults to the folder this script is in when that is a build (build.sh copies
# it there), else dist/arkan-desktop of the repository. Installing again replaces the app;
# the data directory (~/.local/share/arkan-desktop) is not touched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then
  build=$(cd "$1" && pwd)
elif [ -x "$here/arkan-desktop" ]; then
  build=$here
else
  build=$(cd "$here/../.." && pwd)/dist/arkan-desktop
fi
[ -x "$build/arkan-desktop" ] || { echo "install: no build at $build" >&2; exit 1; }
prefix=${PREFIX:-$HOME/.local}
app="$prefix/lib/arkan-desktop"
icons="$build/_internal/arkan_desktop/resources/icons"

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications"
rm -rf "$app.new"
cp -a "$build" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/arkan-desktop" "$prefix/bin/arkan-desktop"

for png in "$icons"/arkan-desktop-*.png; do
  size=${png##*-}; size=${size%.png}
  install -Dm644 "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/arkan-desktop.png"
done
install -Dm644 "$icons/arkan-desktop.svg" "$prefix/share/icons/hicolor/scalable/apps/arkan-desktop.svg"
# The menu runs the installed program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=arkan-desktop|Exec=$prefix/bin/arkan-desktop|" "$build/arkan-desktop.desktop" \
  > "$prefix/share/applications/arkan-desktop.desktop"
chmod 644 "$prefix/share/applications/arkan-desktop.desktop"

# Menus and icon themes notice new files by themselves; these only make it immediate.
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$prefix/share/applications" || true
fi
# Only refresh an icon cache that exists: a new one would go stale when other programs add
# icons beside ours without refreshing it, and then hide theirs.
if [ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
fi
echo "install: Arkan Desktop is in $app; run $prefix/bin/arkan-desktop or find it in the menu"
