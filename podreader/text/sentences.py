"""Sentence splitting for English and Chinese with offsets back into the source paragraphs.

Alignment and reflow both work on sentences, and both must be able to say which page paragraph a
sentence came from, so paragraphs are joined into one text with a separator character that no
page contains (U+2029) and every sentence is a character range of that joined text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from podreader.text.language import HAN

SEP = "\u2029"
"""Joins page paragraphs: one character, so sentence offsets stay simple to map back."""

_CLOSERS = "\"'”’」』）)\\]】》〉"
_END = re.compile(rf"(?:\.\.\.|…+|[。！？]+|[!?]+|\.)[{_CLOSERS}]*")
# Titles and short forms that are followed by a name or a number, not by a new sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "mt",
        "no",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "sgt",
        "fig",
        "vol",
        "approx",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_SPACE = re.compile(r"\s*")
_CJK = re.compile(f"[\u3000-\u303f{HAN}\uff00-\uffef]")


class Sentence(NamedTuple):
    start: int
    end: int


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _ends_here(text: str, match: re.Match[str], paragraphs_end: bool) -> bool:
    """Does the terminator candidate ``match`` end a sentence?"""
    mark = match.group().rstrip(_CLOSERS)
    after = match.end()
    if after >= len(text):
        return True
    nxt = text[after]
    if mark[0] in "。！？":
        return True
    if not (nxt.isspace() or _is_cjk(nxt)):
        return False  # 2.28, $1.9, U.S.A, Yahoo!Inc: the mark sits inside a token
    gap = _SPACE.match(text, after).end()  # type: ignore[union-attr]
    first = text[gap] if gap < len(text) else ""
    at_page_break = SEP in text[after:gap]
    if at_page_break and paragraphs_end:
        return True
    if mark in "?!" or mark[0] in "?!":
        return True
    if mark in ("...", "…") or mark.startswith("…"):
        # A trailing-off ellipsis continues when the words go on in lower case.
        return not first.islower()
    if at_page_break:
        return True
    if first.islower():
        return False
    word = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if word:
        token = word.group(1)
        if token.casefold() in _ABBREVIATIONS or _INITIALS.match(token):
            return False
    return True


def split_sentences(text: str, *, paragraphs_end: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences, as character ranges without surrounding whitespace.

    Sentences end at 。！？ and ASCII ? ! and at a period that is not an abbreviation, an initial
    or a decimal point; closing quotes and brackets stay with their sentence. A page break
    (:data:`SEP`) after such a mark always ends the sentence; with ``paragraphs_end`` every page
    break does (for tracks whose paragraphs are whole units, such as a summary).
    """
    out: list[Sentence] = []
    start = 0
    pos = 0
    n = len(text)

    def emit(end: int) -> None:
        s = start
        while s < end and text[s].isspace():
            s += 1
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))

    while pos < n:
        match = _END.search(text, pos)
        brk = text.find(SEP, pos) if paragraphs_end else -1
        if brk != -1 and (match is None or brk < match.start()):
            emit(brk)
            start = pos = brk + 1
            continue
        if match is None:
            break
        if _ends_here(text, match, paragraphs_end):
            emit(match.end())
            start = match.end()
        pos = match.end()
    emit(n)
    return out


@dataclass(frozen=True, slots=True)
class JoinedText:
    """Page paragraphs joined by :data:`SEP`, remembering where each one starts."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> JoinedText:
        starts: list[int] = []
        pos = 0
        for p in paragraphs:
            starts.append(pos)
            pos += len(p) + 1
        return cls(SEP.join(p.replace(SEP, " ") for p in paragraphs), tuple(starts))

    def paragraph_at(self, offset: int) -> int:
        """Id of the page paragraph holding ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def paragraph_end(self, paragraph: int) -> int:
        if paragraph + 1 < len(self.starts):
            return self.starts[paragraph + 1] - 1
        return len(self.text)

    def display(self, start: int, end: int) -> str:
        """The range as reading text: page breaks become a space, or nothing between Chinese."""
        return self.displayed(start, end).text

    def displayed(self, start: int, end: int) -> Displayed:
        """:meth:`display` with the way back from positions here to positions in that text."""
        piece = self.text[start:end]
        if SEP not in piece:
            return Displayed(piece, (start,), (0,), (len(piece),))
        raw: list[int] = []
        out_starts: list[int] = []
        sizes: list[int] = []
        out = ""
        pos = start
        for part in piece.split(SEP):
            body = part.strip()
            if body:
                if out and not (_is_cjk(out[-1]) and _is_cjk(body[0])):
                    out += " "
                raw.append(pos + len(part) - len(part.lstrip()))
                out_starts.append(len(out))
                sizes.append(len(body))
                out += body
            pos += len(part) + 1
        return Displayed(out, tuple(raw), tuple(out_starts), tuple(sizes))


@dataclass(frozen=True, slots=True)
class Displayed:
    """Reading text made from a range of a :class:`JoinedText`: the text and, for each piece
    of a page paragraph in it, where the piece starts there and here and how long it is."""

    text: str
    raw_starts: tuple[int, ...]
    starts: tuple[int, ...]
    sizes: tuple[int, ...]

    def at(self, position: int) -> int:
        """Where a position of the joined text lands in :attr:`text` (clamped to its pieces)."""
        k = max(bisect_right(self.raw_starts, position) - 1, 0)
        inside = min(max(position - self.raw_starts[k], 0), self.sizes[k])
        return self.starts[k] + inside
