"""Snippets cut from the library's text of a hit, with the matching words marked.

The index holds no text, so snippets re-read the passage from the library and find the matches
with the same analysis that built the index: ``国际`` marks ``國際``, ``12 billion`` marks ``$12B``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from podreader.search.analysis import matching_ranges
from podreader.search.query import Highlight

_HAN = re.compile("[\u3400-\u9fff]")

#: About two lines of a results list; Chinese carries more per character, so it gets fewer.
SNIPPET_CHARS = 180
SNIPPET_CHARS_CJK = 90


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
    """The window of ``text`` holding the most marks, cut at spaces where there are any."""
    cjk = len(_HAN.findall(text)) > len(text) / 3
    width = SNIPPET_CHARS_CJK if cjk else SNIPPET_CHARS
    if len(text) <= width:
        return Snippet(text, tuple(marks))
    best_start, best_count = 0, -1
    for start, _ in marks:
        count = sum(1 for s, e in marks if s >= start and e <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    lead = width // 5 if marks else 0
    begin = max(0, best_start - lead)
    end = min(len(text), begin + width)
    begin = max(0, end - width)
    if begin > 0 and not cjk:
        space = text.find(" ", begin, begin + 20)
        begin = space + 1 if space >= 0 else begin
    if end < len(text) and not cjk:
        space = text.rfind(" ", end - 20, end)
        end = space if space > begin else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = tuple((s + shift, e + shift) for s, e in marks if s >= begin and e <= end)
    return Snippet(prefix + text[begin:end] + suffix, inside)
