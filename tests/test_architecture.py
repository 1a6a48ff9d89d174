"""The rules that keep the code livable, checked rather than hoped for."""

from __future__ import annotations

import ast
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


# Lowest first: a module may import from its own layer and those below, never from one above.
# ``text`` sits below ``formats``: parsers use its decoding and language detection, while the
# import pipeline (``library``) runs the text analysis on what a parser made.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__init__", "model", "paths", "errors", "messages", "processes"}),
    frozenset({"text"}),
    frozenset({"formats"}),
    frozenset({"library"}),
    frozenset({"search"}),
    frozenset({"ui", "commands"}),
    frozenset({"cli", "__main__"}),
)
# Imports known to run upward, each with the issue that removes it (none left).
KNOWN_UPWARD: set[tuple[str, str]] = set()


def _module(path: Path) -> str:
    """Dotted name below podreader: ``text.decoding``, ``formats`` for formats/__init__.py."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _top(name: str) -> str:
    """The part of podreader a dotted name below it belongs to; ``__init__`` for the package."""
    first = name.split(".")[0] if name else ""
    exists = (PACKAGE / first).is_dir() or (PACKAGE / f"{first}.py").is_file()
    return first if first and exists else "__init__"  # e.g. __version__, from __init__.py


def _podreader_imports(source: str, package: list[str]) -> set[str]:
    """Parts of podreader imported anywhere in ``source`` (a module of ``package``, such as
    ``["text"]``): at the top, inside functions, for type checks only, relative or absolute."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = ["podreader", *package[: len(package) - node.level + 1]]
            tails = [node.module] if node.module else [alias.name for alias in node.names]
            names = [".".join([*base, tail]) for tail in tails]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name == "podreader" or name.startswith("podreader."):
                found.add(_top(name.removeprefix("podreader").lstrip(".")))
    return found


def _layer(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def _modules() -> dict[str, set[str]]:
    """Every module of podreader with the parts of podreader it imports."""
    out = {}
    for path in PACKAGE.rglob("*.py"):
        module = _module(path)
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        out[module] = _podreader_imports(path.read_text(encoding="utf-8"), package)
    return out


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = {
        (module, part)
        for module, parts in _modules().items()
        for part in parts
        if _layer(part) > _layer(_top(module))
    }
    assert upward - KNOWN_UPWARD == set(), "imports from a layer above: " + ", ".join(
        f"{a} -> {b}" for a, b in sorted(upward - KNOWN_UPWARD)
    )


def test_every_part_of_podreader_has_a_layer() -> None:
    parts = {_top(module) for module in _modules()}
    assert parts - set().union(*LAYERS) == set()


def test_the_layer_check_sees_every_kind_of_import() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import sentences\n"
        "from ..library import store\n"
        "if TYPE_CHECKING:\n"
        "    from podreader.search.engine import SearchEngine\n"
        "def later() -> None:\n"
        "    import podreader.ui.app\n"
        "    from podreader import __version__, formats\n"
    )
    found = _podreader_imports(source, ["text"])
    assert found == {"text", "library", "search", "ui", "formats", "__init__"}
    assert _modules()["text.decoding"] >= {"errors"}  # the real modules are read too


def test_shared_names_are_defined_once() -> None:
    """The reading view's track name, bookmark marks, the pane's modes and the Han characters
    are each defined in one module and imported elsewhere (issue #12 item 5)."""
    homes: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = (
                    ast.literal_eval(node.value) if isinstance(node.value, ast.Constant) else None
                )
                for target in targets:
                    if isinstance(target, ast.Name):
                        key = "'transcript'" if value == "transcript" else target.id
                        homes.setdefault(key, []).append(_module(path))
        if "\\u4e00" in source.lower() or "\\u3400" in source.lower():
            homes.setdefault("Han range", []).append(_module(path))
    expected = {
        "'transcript'": ["model"],
        "Mark": ["model"],
        "READING_MODES": ["model"],
        "Han range": ["text.language"],
    }
    assert {key: homes.get(key) for key in expected} == expected


TESTS = Path(__file__).resolve().parent
# Test modules that check the project across its modules rather than one of them, each with why.
CROSS_CUTTING: dict[str, str] = {
    "test_architecture.py": "rules over every module of podreader",
    "test_packaging.py": "pyproject, resources and the installed entry points together",
    "test_installer_recipes.py": "the PyInstaller spec against the .iss and the DMG recipe",
    "commands/test_read_only.py": "every command against one read-only data folder",
    "formats/test_parsers_robustness.py": "every registered parser on the same hostile text",
    "formats/test_real_samples.py": "every real sample file through whichever parser takes it",
    "formats/test_timed_formats.py": "the timed formats (SubRip, WebVTT, TTML, JSON) side by side",
    "search/test_against_whoosh.py": "the writer and the evaluator against Whoosh's own results",
    "ui/test_translatable.py": "every module of podreader/ui scanned for text shown untranslated",
}


def _mirrors_a_module(test: Path) -> bool:
    """``tests/a/test_b_aspect.py`` mirrors ``podreader/a/b.py`` or the package ``podreader/a/b``:
    the folder is a package, and the name after ``test_`` is a module of it, alone or followed
    by ``_`` and the aspect tested. A subpackage's modules have their own folder of tests."""
    folder = PACKAGE / test.parent.relative_to(TESTS)
    if not (folder / "__init__.py").is_file():
        return False
    name = test.stem.removeprefix("test_")
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__"}
    packages = {p.parent.name for p in folder.glob("*/__init__.py")}
    return name in packages or any(name == m or name.startswith(f"{m}_") for m in modules)


def test_test_modules_mirror_the_modules_they_test() -> None:
    tests = [p for p in TESTS.rglob("test_*.py") if "fixtures" not in p.parts]
    strays = [
        str(p.relative_to(TESTS))
        for p in tests
        if p.relative_to(TESTS).as_posix() not in CROSS_CUTTING and not _mirrors_a_module(p)
    ]
    assert not strays, (
        "test modules that mirror no module of podreader (name them tests/<package>/"
        "test_<module>[_<aspect>].py, or list them in CROSS_CUTTING with why): " + ", ".join(strays)
    )
    missing = [name for name in CROSS_CUTTING if not (TESTS / name).is_file()]
    assert not missing, f"cross-cutting tests listed but gone: {missing}"


def test_the_mirror_check_refuses_a_stray() -> None:
    assert _mirrors_a_module(TESTS / "ui" / "transcript" / "test_pane_speed.py")
    assert _mirrors_a_module(TESTS / "test_cli.py")
    assert not _mirrors_a_module(TESTS / "ui" / "test_transcript_pane.py")
    assert not _mirrors_a_module(TESTS / "nowhere" / "test_store.py")
