"""Snippets cut from the library's text of a hit, with the matching words marked.

The index holds no text, so snippets re-read the passage from the library and find the matches
with the same analysis that built the index: ``国际`` marks ``國際``, ``12 billion`` marks ``$12B``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from podreader.search.analysis import matching_ranges
from podreader.search.query import Highlight
from podreader.text.language import HAN

_HAN = re.compile(f"[{HAN}]")

#: About three lines of a narrow results list; Chinese carries more per character, so it gets
#: fewer.
SNIPPET_CHARS = 180
SNIPPET_CHARS_CJK = 90
#: Text kept before the first match: a few words, so that the match sits on the first line even
#: in a panel 300 px wide (about 40 Latin or 18 Chinese characters a line).
LEAD_CHARS = 24
LEAD_CHARS_CJK = 6
# A clause ends here: a lead starts after it rather than mid-clause. Pages often put ASCII
# commas between Chinese clauses.
_CLAUSE_END = re.compile(f"[.!?;:,](?:\\s|(?=[{HAN}]))|[。！？；：，、]")


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    #: (start, end) character ranges of matches within ``text``.
    marks: tuple[tuple[int, int], ...]

    def marked(self, before: str = "**", after: str = "**") -> str:
        out: list[str] = []
        last = 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def find_marks(text: str, highlight: Highlight) -> list[tuple[int, int]]:
    """Merged, sorted character ranges of ``text`` that match the query."""
    found = sorted(matching_ranges(text, highlight.terms, tuple(highlight.prefixes)))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def matched_words(text: str, marks: list[tuple[int, int]]) -> list[str]:
    """The distinct matching strings as they appear in the text, for highlighting it later."""
    seen: dict[str, None] = {}
    for start, end in marks:
        seen.setdefault(text[start:end], None)
    return list(seen)


def make_snippet(text: str, marks: list[tuple[int, int]]) -> Snippet:
    """The window of ``text`` holding the most marks, led in by a few words only.

    The first match starts at most :data:`LEAD_CHARS` (:data:`LEAD_CHARS_CJK`) characters after
    the snippet's start, so a narrow results list shows it; cuts fall between words.
    """
    cjk = len(_HAN.findall(text)) > len(text) / 3
    width = SNIPPET_CHARS_CJK if cjk else SNIPPET_CHARS
    lead = LEAD_CHARS_CJK if cjk else LEAD_CHARS
    if len(text) <= width and (not marks or marks[0][0] <= lead):
        return Snippet(text, tuple(marks))
    first, first_end = 0, 0
    if marks:
        fits = [
            sum(1 for s, e in marks if s >= start and e <= start + width - lead)
            for start, _ in marks
        ]
        first, first_end = marks[fits.index(max(fits))]
    begin = _lead_start(text, first, lead, cjk)
    end = min(len(text), max(begin + width, first_end))
    if end < len(text) and not cjk:
        space = text.rfind(" ", end - 20, end)
        end = space if space >= first_end else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = tuple((s + shift, e + shift) for s, e in marks if s >= begin and e <= end)
    return Snippet(prefix + text[begin:end] + suffix, inside)


def _lead_start(text: str, first: int, lead: int, cjk: bool) -> int:
    """Where a snippet whose first match starts at ``first`` begins: after the last clause end
    in the ``lead`` characters before it, or else at a word start among them."""
    begin = max(0, first - lead)
    if begin == 0:
        return 0
    ends = [m.end() for m in _CLAUSE_END.finditer(text, begin, first)]
    if ends:
        return ends[-1]
    if cjk:
        return begin
    space = text.find(" ", begin, first)
    return space + 1 if space >= 0 else first
