"""Packaging: what the wheel, the frozen app and the desktop files hold, checked by building them.

The fast tests read the packaging files; the slow ones (``-m slow``, run by ``.ci/run`` in a
step of their own) build the wheel and the frozen app and open the sample episodes with them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from podreader import APP_ID, __version__

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SAMPLES = REPO / "resources" / "samples"


def _load(path: Path) -> ModuleType:
    """A script from packaging/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package_dirs(root: Path, name: str, *, data: bool) -> set[str]:
    """Dotted names of ``root`` and its folders: those holding Python files, or all (``data``)."""
    found = set()
    for folder in [root, *root.rglob("*")]:
        if not folder.is_dir() or "__pycache__" in folder.parts:
            continue
        if data or any(folder.glob("*.py")):
            found.add(".".join([name, *folder.relative_to(root).parts]))
    return found


def test_every_package_directory_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    setuptools = config["setuptools"]
    assert setuptools["package-dir"] == {
        "podreader": "podreader",
        "podreader.resources": "resources",
    }
    listed = set(setuptools["packages"])
    found = _package_dirs(REPO / "podreader", "podreader", data=False)
    found |= _package_dirs(REPO / "resources", "podreader.resources", data=True)
    assert found - listed == set(), "add these packages to pyproject.toml"
    assert listed - found == set(), "these packages in pyproject.toml have no folder"


def test_the_application_id_is_the_same_everywhere() -> None:
    desktop = ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[:2] == ["podreader", "open"]

    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == APP_ID
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == __version__, "add this version's release notes to the metainfo"

    # Every type the desktop file opens is defined here or by shared-mime-info, and the
    # metainfo announces the same ones.
    opened = set(filter(None, entry["MimeType"].split(";")))
    provided = {e.text for e in component.iter("mediatype")}
    assert opened == provided
    defined = {t.get("type") for t in ElementTree.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")}
    assert defined <= opened
    assert opened - defined == {"text/plain", "text/vtt", "application/x-subrip"}

    spec = (PACKAGING / "pyinstaller" / "podreader.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec
    iss = (PACKAGING / "windows" / "podreader.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in iss
    assert f'#define AppVersion "{__version__}"' in iss


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    return path


def test_desktop_file_validates() -> None:
    done = subprocess.run(
        [_need("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    done = subprocess.run(
        [_need("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Errors fail the command; warnings do not, so look for them too.
    assert "\nW:" not in "\n" + done.stdout, done.stdout


def test_a_podquest_page_is_recognised_by_its_content(tmp_path: Path) -> None:
    """With the MIME package installed, a PodQuest page is our type by its content, and other
    text stays plain text (Qt reads the same shared-mime-info database as file managers)."""
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME, packages / f"{APP_ID}.xml")
    subprocess.run(
        [_need("update-mime-database"), str(packages.parent)], check=True, capture_output=True
    )
    plain = tmp_path / "notes"
    plain.write_text("cover letter draft\n", encoding="utf-8")
    page = tmp_path / "page"
    page.write_bytes(b"\xef\xbb\xbf" + (SAMPLES / "01-the-patient-hive.txt").read_bytes())
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "print(' '.join(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share"}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(page), str(plain)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.split() == ["text/x-podquest-page", "text/plain"]


def test_icons_are_drawn_for_every_platform(tmp_path: Path) -> None:
    from PIL import Image

    icons = _load(PACKAGING / "icons.py")
    # In a process of its own: it starts a QGuiApplication, and pytest-qt wants a QApplication.
    written = [
        Path(line) for line in _run(sys.executable, icons.__file__, tmp_path, cwd=tmp_path).split()
    ]
    for size in icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not transparent
    with Image.open(tmp_path / "podreader.ico") as ico:
        assert {s[0] for s in ico.info["sizes"]} == set(icons.ICO_SIZES)
    with Image.open(tmp_path / "podreader.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"]


# --- slow: build the real things ------------------------------------------------------------


def _run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _open_samples(podreader: Path, samples: Path, work: Path) -> None:
    """Import the sample episodes with ``podreader`` and take a screenshot of the first one."""
    data = work / "data"
    _run(podreader, "--data-dir", data, "import", samples, cwd=work)
    episodes = json.loads(_run(podreader, "--data-dir", data, "list", "--json", cwd=work))
    assert len(episodes) == len(list(SAMPLES.glob("*.txt")))
    shot = work / "out.png"
    _run(
        podreader,
        "--data-dir",
        data,
        "--screenshot",
        shot,
        "--episode",
        episodes[0]["id"],
        cwd=work,
    )
    from PIL import Image

    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == (1440, 900)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 100, "the screenshot is nearly blank"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_wheel_installs_and_opens_the_samples(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="pip install -e '.[package]' for the build tool")
    dist = tmp_path / "dist"
    # Builds the sdist, then the wheel from the sdist: both must hold the resources.
    _run(sys.executable, "-m", "build", "--outdir", dist, REPO, cwd=tmp_path)
    [wheel] = dist.glob("podreader-*.whl")
    assert len(list(dist.glob("podreader-*.tar.gz"))) == 1
    shipped = set(zipfile.ZipFile(wheel).namelist())
    resources = {
        "podreader/resources/" + path.relative_to(REPO / "resources").as_posix()
        for path in (REPO / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    # The translation catalogues are compiled during the build, not taken from the checkout.
    resources |= {
        f"podreader/resources/translations/{ts.stem}.qm"
        for ts in (REPO / "resources" / "translations").glob("*.ts")
    }
    assert resources - shipped == set()

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)
    # The installed package finds its resources in site-packages, as the window does.
    where = _run(
        python,
        "-c",
        "from importlib.resources import files; print(files('podreader.resources') / 'samples')",
        cwd=tmp_path,
    ).strip()
    assert Path(where).is_relative_to(environment), where
    _open_samples(environment / "bin" / "podreader", Path(where), tmp_path)


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder app, built once per session by the one command packaging/build.py."""
    root = tmp_path_factory.mktemp("frozen")
    dist = root / "dist"
    _run(sys.executable, PACKAGING / "build.py", "--dist", dist, "--work", root / "work", cwd=REPO)
    return dist


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_app_opens_the_samples(frozen_app: Path, tmp_path: Path) -> None:
    app = frozen_app / "podreader"
    samples = app / "_internal" / "podreader" / "resources" / "samples"
    assert sorted(p.name for p in samples.glob("*.txt")) == sorted(
        p.name for p in SAMPLES.glob("*.txt")
    )
    # The metadata Help → About reads: podreader's and every dependency's.
    metadata = {p.name.split("-")[0].lower() for p in (app / "_internal").glob("*.dist-info")}
    assert {"podreader", "pyside6_essentials", "whoosh_reloaded", "opencc"} <= metadata
    catalogues = app / "_internal" / "podreader" / "resources" / "translations"
    assert {p.stem for p in catalogues.glob("*.qm")} == {
        p.stem for p in (REPO / "resources" / "translations").glob("*.ts")
    }
    _open_samples(app / "podreader", samples, tmp_path)
    # The transcript formats' libraries are in the bundle too: cue files import.
    cues = tmp_path / "cues"
    cues.mkdir()
    (cues / "garden.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ana>Welcome to a show about small gardens.\n"
        "\n00:00:04.000 --> 00:00:09.000\n<v Ben>Today: tomatoes on a balcony.\n",
        encoding="utf-8",
    )
    (cues / "bread.srt").write_text(
        "1\n00:00:00,000 --> 00:00:03,500\nMira: Bread needs time.\n\n"
        "2\n00:00:03,500 --> 00:00:07,000\nThe dough rises slowly overnight.\n",
        encoding="utf-8",
    )
    data = tmp_path / "cue-data"
    _run(app / "podreader", "--data-dir", data, "import", cues, cwd=tmp_path)
    imported = json.loads(
        _run(app / "podreader", "--data-dir", data, "list", "--json", cwd=tmp_path)
    )
    assert len(imported) == 2
    if sys.platform.startswith("linux"):
        share = frozen_app / "share"
        assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
        assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
        assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_installed_desktop_files_make_podreader_open_its_types(
    frozen_app: Path, tmp_path: Path
) -> None:
    """dist/share/ copied into a user's data folder, as packaging/README.md says: the desktop
    knows podreader for transcripts and PodQuest pages (asked through GLib, as file managers do)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("freedesktop integration is Linux's")
    tools = [_need(t) for t in ("update-mime-database", "update-desktop-database", "gio")]
    home = tmp_path / "share"
    shutil.copytree(frozen_app / "share", home)
    subprocess.run([tools[0], str(home / "mime")], check=True, capture_output=True)
    subprocess.run([tools[1], str(home / "applications")], check=True, capture_output=True)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home),
        "PATH": f"{frozen_app / 'podreader'}{os.pathsep}{os.environ['PATH']}",  # TryExec
    }
    for mime_type in ("text/x-podquest-page", "text/vtt", "application/x-subrip", "text/plain"):
        done = subprocess.run(
            [tools[2], "mime", mime_type], env=env, capture_output=True, text=True, check=True
        )
        registered = done.stdout.split("Registered applications:")[1]
        assert DESKTOP.name in registered, done.stdout


#: What Qt's xcb platform needs beyond libxcb itself, and a bare Linux often lacks (README).
XCB_HELPERS = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxkbcommon-x11.so.0",
)


def _system_libraries(names: tuple[str, ...]) -> list[str]:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = {
        line.split()[0]: line.rsplit("=> ", 1)[1] for line in listing.splitlines() if "=> " in line
    }
    return sorted({os.path.realpath(found[name]) for name in names if name in found})


@pytest.fixture
def display() -> Iterator[str]:
    """An X display: the one in $DISPLAY, or a private Xvfb."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb") or pytest.skip("Xvfb is not installed (Debian: xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = os.read(read, 16).decode().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)
    os.close(read)  # not before: Xvfb writing to a closed pipe is killed by SIGPIPE


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_app_brings_the_xcb_libraries_a_bare_linux_lacks(
    frozen_app: Path, tmp_path: Path, display: str
) -> None:
    """With the system's copies of the xcb helper libraries hidden (bind-mounted empty in a
    mount namespace of this process's own), the installed podreader cannot start on X11 and the
    frozen app still can."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("hiding system libraries needs Linux, root and unshare")
    hidden = _system_libraries(XCB_HELPERS)
    script = 'for lib in "$@"; do mount --bind /dev/null "$lib" || exit 3; done; exec $PROGRAM'
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}

    def start(*program: str | Path) -> subprocess.CompletedProcess[str]:
        shot = tmp_path / "xcb.png"
        command = [
            *map(str, program),
            "--data-dir",
            str(tmp_path / "data"),
            "--screenshot",
            str(shot),
        ]
        return subprocess.run(
            ["unshare", "--mount", "sh", "-c", script, "hide", *hidden],
            env={**env, "PROGRAM": " ".join(command)},
            capture_output=True,
            text=True,
            timeout=120,
        )

    installed = start(sys.executable, "-m", "podreader")
    assert installed.returncode != 0 and "xcb-cursor0" in installed.stderr, installed.stderr
    frozen = start(frozen_app / "podreader" / "podreader")
    assert frozen.returncode == 0, frozen.stderr
    assert (tmp_path / "xcb.png").stat().st_size > 10_000
