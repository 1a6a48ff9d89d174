"""The text a browser shows for an HTML page, in document order, as its "Save as text" would.

Line breaks follow the ``innerText`` rules of the HTML standard: a block element such as a
``<div>`` or ``<li>`` is on lines of its own, a ``<p>`` is set off by a blank line, and breaks
next to each other collapse to the largest of them. Runs of spaces collapse. Image alt text is
a line of its own (PodQuest's ``cover of episode …`` lines come from it). Nothing inside
``<script>``, ``<style>``, ``<template>``, ``<title>`` or an element hidden by the ``hidden``
attribute or an inline ``display: none`` / ``visibility: hidden`` reaches the text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Not <head>: a page saved without </head> would lose everything; what it holds is skipped anyway.
_SKIPPED = frozenset({"script", "style", "template", "title", "noscript"})
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_PARAGRAPHS = frozenset({"p"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f]+")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._pending = 0  # line breaks owed before the next text
        #: The element whose content is skipped, and how deep in same-named elements we are.
        self._skip: tuple[str, int] | None = None
        self._pre = 0
        self._lists: list[str] = []

    # -- structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip is not None:
            name, depth = self._skip
            if tag == name and tag not in _VOID:
                self._skip = (name, depth + 1)
            return
        values = dict(attrs)
        hidden = "hidden" in values or _HIDDEN_STYLE.search(values.get("style") or "")
        if tag == "input" and (values.get("type") or "").lower() == "hidden":
            return
        if (tag in _SKIPPED or hidden) and tag not in _VOID:
            self._skip = (tag, 1)
            return
        if hidden:
            return
        self._open(tag, values)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip is not None:
            name, depth = self._skip
            if tag == name:
                self._skip = None if depth == 1 else (name, depth - 1)
            return
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _PARAGRAPHS:
            self._want(2)
        elif tag in _BLOCKS:
            self._want(1)

    def _open(self, tag: str, values: dict[str, str | None]) -> None:
        if tag == "br":
            self._end_line()
            self._pending = 0
        elif tag == "img":
            alt = " ".join((values.get("alt") or "").split())
            if alt:
                self._want(1)
                self._text(alt)
                self._want(1)
        elif tag in _PARAGRAPHS:
            self._want(2)
        elif tag in _BLOCKS:
            self._want(1)
            if tag in ("ul", "ol"):
                self._lists.append(tag)
            elif tag == "li" and self._lists and self._lists[-1] == "ul":
                self._text("  • ")
            elif tag == "pre":
                self._pre += 1

    # -- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._skip is not None:
            return
        if self._pre:
            for number, part in enumerate(data.split("\n")):
                if number:
                    self._end_line()
                self._text(part)
        else:
            self._text(_SPACES.sub(" ", data))

    def _want(self, breaks: int) -> None:
        self._pending = max(self._pending, breaks)

    def _text(self, text: str) -> None:
        if not text or (text == " " and not self._line):
            return
        if self._pending:
            if self._line or self.lines:
                self._end_line()
                self.lines.extend([""] * (self._pending - 1))
            self._pending = 0
        self._line.append(text)

    def _end_line(self) -> None:
        line = "".join(self._line)
        self.lines.append(line if self._pre else _SPACES.sub(" ", line).strip(" "))
        self._line = []

    def text(self) -> str:
        if self._line:
            self._end_line()
        return "\n".join(self.lines).strip("\n") + "\n"


def visible_text(html: str) -> str:
    """What a browser shows for ``html``, as lines of text (see the module docstring)."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return parser.text()
