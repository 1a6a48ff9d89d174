#!/usr/bin/env bash
# Disk image for macOS: the podreader.app that packaging/build.py leaves in dist/, beside a
# link to /Applications so it installs by dragging. Run on a Mac from the repository root:
#
#   python3 packaging/build.py && bash packaging/macos/make-dmg.sh
#
# Writes dist/podreader-VERSION.dmg. The app is not signed; to sign and notarise, run
# `codesign --deep --options runtime --sign "Developer ID Application: …" dist/podreader.app`
# before this script and `xcrun notarytool submit … --wait` on the .dmg after it.
set -euo pipefail
cd "$(dirname "$0")/../.."

app=dist/podreader.app
[ -d "$app" ] || { echo "make-dmg: $app is missing; run python3 packaging/build.py first." >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "podreader $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -ov "dist/podreader-$version.dmg"
echo "built dist/podreader-$version.dmg"
