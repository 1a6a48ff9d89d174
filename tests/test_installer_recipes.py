"""The Windows installer and the macOS disk image agree with what the PyInstaller spec builds.

Neither installer can be built on Linux (packaging/windows/check-with-wine.sh tries the Windows
one under Wine, by hand). These tests run the spec as PyInstaller would on Windows and on macOS,
with PyInstaller's build steps (the names it hands every spec) recording their arguments
instead of building, and compare the result with what podreader.iss installs and what
make-dmg.sh packs.
"""

from __future__ import annotations

import plistlib
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from podreader import APP_ID, __version__

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
SPEC = PACKAGING / "pyinstaller" / "podreader.spec"
ISS = PACKAGING / "windows" / "podreader.iss"
DMG = PACKAGING / "macos" / "make-dmg.sh"


class Step:
    """One of PyInstaller's build steps, as the spec called it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        # What Analysis finds, which the later steps take: nothing, as nothing is analysed.
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


def _steps(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Step]:
    """The build steps the spec asks for on ``platform`` (``win32``, ``darwin``), by name."""
    hooks = ModuleType("PyInstaller.utils.hooks")
    # What these gather (data files, modules, metadata) is checked by the slow frozen-app test.
    for name in ("collect_data_files", "collect_submodules", "copy_metadata"):
        setattr(hooks, name, lambda *args, **kwargs: [])
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)

    steps: dict[str, Step] = {}

    def step(kind: str) -> type[Step]:
        class Recorded(Step):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                steps[kind] = self

        return Recorded

    names: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    names |= {kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    return steps


def test_the_windows_installer_installs_what_the_spec_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps = _steps("win32", monkeypatch)
    exe, folder = steps["EXE"].kwargs["name"], steps["COLLECT"].kwargs["name"]
    icon = Path(steps["EXE"].kwargs["icon"]).name
    assert "BUNDLE" not in steps
    iss = ISS.read_text(encoding="utf-8")

    sources = re.findall(r'^Source: "([^"]+)"', iss, flags=re.MULTILINE)
    assert sources == [f"{{#Dist}}\\{folder}\\*"]
    programs = set(re.findall(r"\{app\}\\([^\"\s,]+\.exe)", iss))
    assert programs == {f"{exe}.exe"}
    assert f"SetupIconFile={{#Icons}}\\{icon}" in iss
    # The AppId and version: test_packaging.py's test_the_application_id_is_the_same_everywhere.


def test_the_windows_installer_compiles_without_unofficial_languages() -> None:
    """Inno Setup ships only some translations of its messages (no Chinese): each language
    beyond its default is taken only when its file is there, or ISCC stops at that line."""
    lines = ISS.read_text(encoding="utf-8").splitlines()
    languages = [
        (number, found.group(1))
        for number, line in enumerate(lines)
        if (found := re.search(r'MessagesFile: "compiler:(Languages\\\w+\.isl)"', line))
    ]
    assert languages, "the installer offers the app's own languages"
    for number, path in languages:
        assert lines[number - 1] == f'#if FileExists(CompilerPath + "{path}")', path


def test_the_disk_image_packs_the_bundle_the_spec_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _steps("darwin", monkeypatch)
    bundle = steps["BUNDLE"]
    assert bundle.args == (steps["COLLECT"],)
    assert steps["EXE"].kwargs["argv_emulation"] is True
    assert f"app=dist/{bundle.kwargs['name']}\n" in DMG.read_text(encoding="utf-8")
    assert bundle.kwargs["bundle_identifier"] == APP_ID

    # PyInstaller writes info_plist with plistlib into Contents/Info.plist: it must survive that.
    info = bundle.kwargs["info_plist"]
    assert plistlib.loads(plistlib.dumps(info)) == info
    # macOS reads these versions as up to three numbers; "0.2.0.dev1" would be refused.
    assert info["CFBundleShortVersionString"] == bundle.kwargs["version"] == __version__
    assert re.fullmatch(r"\d+(\.\d+){0,2}", info["CFBundleShortVersionString"])
    for document in info["CFBundleDocumentTypes"]:
        assert document["CFBundleTypeRole"] in {"Editor", "Viewer", "Shell", "None"}
        assert document["LSHandlerRank"] in {"Owner", "Default", "Alternate", "None"}
