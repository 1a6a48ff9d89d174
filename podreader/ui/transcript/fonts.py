"""Reading fonts: a Latin face plus a CJK face from what is installed, in serif or sans.

Qt falls back per glyph through a family list, so each passage gets its own language's face
first: Chinese punctuation and quotes then come from the CJK font (full width, as typeset),
while Latin words in either language still find a face.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from podreader.ui.transcript.passages import is_cjk

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 7
MAX_POINT_SIZE = 40

_LATIN = {
    True: ("Noto Serif", "Source Serif 4", "Georgia", "Cambria", "DejaVu Serif", "Times New Roman"),
    False: ("Noto Sans", "Source Sans 3", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Arial"),
}
# {variant} is the regional glyph set: SC, TC, HK, JP or KR.
_CJK = {
    True: ("Noto Serif CJK {variant}", "Source Han Serif {variant}", "Songti SC", "SimSun"),
    False: (
        "Noto Sans CJK {variant}",
        "Source Han Sans {variant}",
        "Source Han Sans",
        "PingFang SC",
        "Microsoft YaHei",
        "Droid Sans Fallback",
    ),
}


def _variant(language: str) -> str:
    parts = [part.lower() for part in language.split("-")]
    if parts[0] == "ja":
        return "JP"
    if parts[0] == "ko":
        return "KR"
    if "hk" in parts:
        return "HK"
    return "TC" if {"hant", "tw", "mo"} & set(parts) else "SC"


@cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def _first_installed(candidates: tuple[str, ...], variant: str) -> str | None:
    installed = _installed()
    return next(
        (
            name.format(variant=variant)
            for name in candidates
            if name.format(variant=variant) in installed
        ),
        None,
    )


@cache
def font_families(language: str, serif: bool) -> tuple[str, ...]:
    """Installed families for text in ``language``: its own script's face first.

    A serif CJK face is rarely installed; the sans one stands in rather than no CJK face at all.
    """
    variant = _variant(language)
    latin = _first_installed(_LATIN[serif], variant) or _first_installed(_LATIN[not serif], variant)
    cjk = _first_installed(_CJK[serif], variant) or _first_installed(_CJK[not serif], variant)
    ordered = [cjk, latin] if is_cjk(language) else [latin, cjk]
    return tuple(name for name in ordered if name)
