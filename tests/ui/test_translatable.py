"""Every user-visible string of the interface goes through Qt's translation system.

An AST scan of podreader/ui/: a string literal (or an f-string, or a literal's ``.format``)
handed to a call that puts text on the screen must be inside ``self.tr(...)`` or
``QCoreApplication.translate(...)``. ``tr`` is only ever called on ``self`` inside a class,
because lupdate files the message under the class it reads (``window.tr`` would be filed under
"window" while Qt looks it up under the window's class, so it would never be translated).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "podreader" / "ui"

#: Methods whose arguments at these positions are shown to the user.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setLabelText": (0,),
    "setCancelButtonText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setHeaderLabels": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "showMessage": (0,),
    "show_message": (0,),
    "addMenu": (0, 1),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addRow": (0,),
    "addItem": (0, 1),
    "addAction": (0, 1),
    "addButton": (0,),
    # QMessageBox and QFileDialog / QInputDialog statics: title and text.
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getOpenFileNames": (1, 3),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
}

#: podreader's own helpers that show text (podreader/ui/plain_text.py), with those positions.
TEXT_FUNCTIONS: dict[str, tuple[int, ...]] = {"message_box": (2, 3), "warn": (1, 2)}

#: Of those, the ones whose first argument may be an icon, the text following it.
ICON_FIRST = {"addMenu", "addItem", "addAction"}

#: Widgets and actions whose constructor takes their text first.
TEXT_CONSTRUCTORS = {
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QToolBar",
    "QDockWidget",
    "QCommandLinkButton",
    "QProgressDialog",
}

#: Methods of item models whose returned strings are shown in views.
MODEL_TEXT = {"data", "headerData"}

TRANSLATING = {"tr", "translate"}

#: Literals that are not language, each with the reason.
NOT_LANGUAGE: dict[str, str] = {
    "'podreader'": "the program's name, the same in every language",
    "'English'": "a language offered by its own name (the search panel's language filter)",
}


def _untranslated(node: ast.expr) -> list[ast.expr]:
    """The literals in ``node`` that would reach the screen untranslated: a literal with
    letters, an f-string, a literal's ``.format``, in sums, conditionals and lists."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        wordy = any(ch.isalpha() for ch in node.value)
        return [node] if wordy and ast.unparse(node) not in NOT_LANGUAGE else []
    if isinstance(node, ast.JoinedStr):
        parts = [v for v in node.values if isinstance(v, ast.Constant)]
        return [node] if any(_untranslated(v) for v in parts) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _untranslated(node.left) + _untranslated(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _untranslated(node.func.value)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [bad for e in node.elts for bad in _untranslated(e)]
    return []


def _is_qt_translation(node: ast.Call) -> bool:
    """``QCoreApplication.translate(…)`` (or QApplication's) or ``QT_TRANSLATE_NOOP(…)``, not a
    painter's or a string's ``translate``."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "QT_TRANSLATE_NOOP"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in {"QCoreApplication", "QApplication"}
    )


def _is_text(node: ast.expr) -> bool:
    """Whether ``node`` is text rather than an icon (``addAction(icon, text)`` and the like)."""
    if isinstance(node, ast.Constant | ast.JoinedStr):
        return True
    return isinstance(node, ast.Call) and _name(node.func) in TRANSLATING


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Scan(ast.NodeVisitor):
    def __init__(self, module: str) -> None:
        self.module = module
        self.problems: list[str] = []
        self.function: list[str] = []
        self.in_class = 0

    def _check(self, node: ast.expr, why: str) -> None:
        for bad in _untranslated(node):
            self.problems.append(f"{self.module}:{bad.lineno}: {why}: {ast.unparse(bad)}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.in_class += 1
        self.generic_visit(node)
        self.in_class -= 1

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.function.append(node.name)
        self.generic_visit(node)
        self.function.pop()

    def visit_Return(self, node: ast.Return) -> None:
        if self.function and self.function[-1] in MODEL_TEXT and node.value is not None:
            self._check(node.value, f"{self.function[-1]}() returns untranslated text")
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        # ``tr = self.tr`` hides the class from lupdate: the messages land in an empty context.
        if isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
            self.problems.append(f"{self.module}:{node.lineno}: tr aliased: {ast.unparse(node)}")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "tr":
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == "self" and self.in_class):
                self.problems.append(
                    f"{self.module}:{node.lineno}: tr() not on self in a class "
                    f"(use QCoreApplication.translate): {ast.unparse(node.func)}"
                )
        if name == "tr" and node.args and not isinstance(node.args[0], ast.Constant):
            self.problems.append(
                f"{self.module}:{node.lineno}: tr() of a variable: lupdate cannot see its text "
                "(mark the table with QT_TRANSLATE_NOOP and use QCoreApplication.translate)"
            )
        if (
            _is_qt_translation(node)
            and not (
                node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            )
            and (self.module, ast.unparse(node)) not in LOOKS_UP_MARKED_ELSEWHERE
        ):
            self.problems.append(
                f"{self.module}:{node.lineno}: {name}() with a context lupdate cannot read "
                f"(write it as a literal): {ast.unparse(node)[:60]}"
            )
        if name in TRANSLATING | {"QT_TRANSLATE_NOOP"}:
            return  # its arguments are the source text
        positions: tuple[int, ...] = ()
        if isinstance(node.func, ast.Attribute) and name in TEXT_METHODS:
            positions = TEXT_METHODS[name]
            if name in ICON_FIRST and node.args and _is_text(node.args[0]):
                positions = (0,)  # (text, data) rather than (icon, text)
        elif name in TEXT_CONSTRUCTORS:
            positions = (0,)
        elif name in TEXT_FUNCTIONS:
            positions = TEXT_FUNCTIONS[name]
        for position in positions:
            if position < len(node.args):
                self._check(node.args[position], f"{name}() shows untranslated text")
        for keyword in node.keywords:
            if keyword.arg in {"text", "title", "caption", "label", "toolTip"}:
                self._check(keyword.value, f"{name}({keyword.arg}=) shows untranslated text")
        self.generic_visit(node)


#: The one lookup whose texts lupdate reads elsewhere: sentences made below the interface, marked
#: with podreader.messages.QT_TRANSLATE_NOOP in the modules scripts/update_translations.py scans.
LOOKS_UP_MARKED_ELSEWHERE = {
    ("ui/translations.py", "QCoreApplication.translate(text.context, text.template)"),
}


def _problems(path: Path) -> list[str]:
    scan = _Scan(str(path.relative_to(UI.parent)))
    scan.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return scan.problems


def _modules() -> Iterator[Path]:
    return iter(sorted(UI.rglob("*.py")))


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: str(p.relative_to(UI)))
def test_user_visible_strings_are_translatable(path: Path) -> None:
    assert _problems(path) == []


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Hello")',
        'QAction("Open", self)',
        'bar.addMenu("&File")',
        'QMessageBox.warning(self, "Oops", f"Lost {n}")',
        'self.statusBar().showMessage("Saved {n}".format(n=n))',
        'window.tr("&File")',
        "tr = self.tr",
        'QCoreApplication.translate(CONTEXT, "Read-only")',
        'warn(parent, "Export", str(error))',
        'message_box(None, QMessageBox.Icon.Critical, title, f"Lost {n}")',
        "class W:\n    def f(self):\n        return self.tr(LABELS[key])",
        'class M:\n    def data(self, i, r):\n        return "Untitled"',
    ],
)
def test_the_scan_catches_untranslated_text(tmp_path: Path, source: str) -> None:
    module = UI / "probe_for_test.py"
    scan = _Scan(str(module))
    scan.visit(ast.parse(source))
    assert scan.problems


@pytest.mark.parametrize(
    "source",
    [
        'class W:\n    def f(self):\n        label.setText(self.tr("Hello"))',
        'QAction(QCoreApplication.translate("Ctx", "Open"), self)',
        'button.setText("…")',
        "label.setText(name)",
        'action.setShortcut("Ctrl+L")',
        'class P:\n    def f(self):\n        combo.addItem(self.tr("Newest first"), "date")',
    ],
)
def test_the_scan_lets_translated_and_non_language_text_pass(source: str) -> None:
    scan = _Scan("probe")
    scan.visit(ast.parse(source))
    assert scan.problems == []
