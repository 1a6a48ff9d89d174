"""The rules that keep the code livable, checked rather than hoped for."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "podreader"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents:
            continue
        bad = [n for n in _imports(path) if n.split(".")[0] in QT_MODULES]
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)}: {', '.join(sorted(bad))}")
    assert not offenders, "Qt imported outside podreader/ui/: " + "; ".join(offenders)


def test_only_search_knows_whoosh() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if (PACKAGE / "search") not in path.parents
        and any(n.split(".")[0] == "whoosh" for n in _imports(path))
    ]
    assert not offenders, f"whoosh imported outside podreader/search/: {offenders}"


def test_every_package_ships_in_the_wheel() -> None:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(PACKAGE.parent).parts)
        for init in PACKAGE.rglob("__init__.py")
    }
    assert found - listed == set(), "add these packages to pyproject.toml"


def test_text_does_not_import_formats() -> None:
    """Parsers use ``text`` (decoding, languages); an import back up would be a hidden cycle."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "text").rglob("*.py")
        if any(n.startswith("podreader.formats") for n in _imports(path))
    ]
    assert not offenders, f"podreader/text/ imports podreader.formats: {offenders}"
