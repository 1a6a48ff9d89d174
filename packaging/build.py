"""Build the one-folder podreader app for this platform from a clean checkout, in one command:

    python3 packaging/build.py [--dist DIR] [--work DIR]

1. makes a fresh virtual environment in WORK/venv and installs podreader into it from this
   checkout (a real install, as from the wheel, not an editable one) with PyInstaller and Pillow;
2. draws the icon set into WORK/icons (packaging/icons.py);
3. runs PyInstaller on packaging/pyinstaller/podreader.spec: DIST/podreader/ (and on macOS
   DIST/podreader.app);
4. on Linux, lays out DIST/share/ (desktop file, AppStream metainfo, MIME types, hicolor
   icons) to copy into ~/.local/share or /usr/share.

Defaults: WORK is build/ and DIST is dist/ in the checkout. Needs Python 3.11+ and PyPI.
The installers (Inno Setup, DMG) start from DIST; packaging/README.md says how.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def _run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd, env=env)


def _venv_python(folder: Path) -> Path:
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    return folder / scripts / ("python.exe" if sys.platform == "win32" else "python")


def build_environment(work: Path) -> Path:
    """A fresh virtual environment with podreader and the build tools; its Python."""
    folder = work / "venv"
    venv.create(folder, clear=True, with_pip=True)
    python = _venv_python(folder)
    _run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(python, "-m", "pip", "install", "--quiet", f"{ROOT}[package]")
    return python


def linux_share(dist: Path, icons: Path, app_id: str) -> Path:
    """DIST/share/: what a Linux desktop needs to list podreader and open files with it."""
    share = dist / "share"
    if share.exists():
        shutil.rmtree(share)
    targets = {
        LINUX / f"{app_id}.desktop": share / "applications" / f"{app_id}.desktop",
        LINUX / f"{app_id}.metainfo.xml": share / "metainfo" / f"{app_id}.metainfo.xml",
        LINUX / f"{app_id}.mime.xml": share / "mime" / "packages" / f"{app_id}.xml",
    }
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    return share


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)

    python = build_environment(work)
    icons = work / "icons"
    _run(python, PACKAGING / "icons.py", icons)
    env = {**os.environ, "PODREADER_ICONS": str(icons)}
    _run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        dist,
        "--workpath",
        work / "pyinstaller",
        PACKAGING / "pyinstaller" / "podreader.spec",
        # Not from the checkout: `python -m` puts the working folder first on sys.path, and
        # podreader must come from the installed package, resources included.
        cwd=work,
        env=env,
    )
    print(f"built {dist / 'podreader'}")
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(ROOT))
        from podreader import APP_ID

        print(f"desktop files in {linux_share(dist, icons, APP_ID)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
