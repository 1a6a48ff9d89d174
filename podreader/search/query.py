"""The query language, parsed by hand into a small tree (compiled to Whoosh queries in
:mod:`podreader.search.compiling`).

Whoosh's own QueryParser raises on some inputs and slows down quadratically with length; this
parser is linear, total (every string parses to something) and capped in length and depth.

    words  "a phrase"  a OR b  a | b  -word  NOT word  (a OR b) c  prefix*
    podcast:NAME  title:WORDS  person:NAME  lang:en|zh  in:chapters|transcript|summary
    date:2024  date:2024-03  date:2024-01..2024-06  date:..2023  date:2024-02-01..

Numbers (``12 billion``, ``$12B``, ``120亿``) also match every other way of writing their value.
Unknown field names are searched as plain words; a bad value for a known field is dropped with a
one-sentence notice.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field

from podreader.messages import QT_TRANSLATE_NOOP, joined
from podreader.search.analysis import WordTerms, normalize, number_term, query_terms
from podreader.text.numbers import find_numbers

MAX_QUERY_CHARS = 256
MAX_DEPTH = 8
MAX_NODES = 40

EPISODE_FIELDS = {
    "title": "title",
    "podcast": "podcast_name",
    "person": "people",
    "people": "people",
}
LANGS = {"en": "en", "english": "en", "zh": "zh", "chinese": "zh", "中文": "zh"}
SCOPES = {
    "transcript": "transcript",
    "chapter": "chapter",
    "chapters": "chapter",
    "summary": "summary",
    "topics": "summary",
}
_FIELDS = {*EPISODE_FIELDS, "lang", "date", "in"}


# -- the tree --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """A word or a quoted phrase: its terms must appear in order, next to each other.

    A quoted single word is ``exact``: it matches its own form, not every form of its stem
    (a word that is its own stem, such as ``row``, still matches the forms that stem to it).
    """

    raw: str
    terms: WordTerms
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Prefix:
    text: str


@dataclass(frozen=True, slots=True)
class Number:
    raw: str
    value: float


@dataclass(frozen=True, slots=True)
class Filter:
    name: str  # a key of EPISODE_FIELDS, or lang / date / in
    value: str


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Words | Prefix | Number | Filter | Not | And | Or


@dataclass(slots=True)
class Parsed:
    node: Node | None
    notices: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        return joined(self.notices) if self.notices else None


# -- lexing ----------------------------------------------------------------------------------

_LEX = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<lp>\()
  | (?P<rp>\))
  | (?P<neg>-)(?=[^\s-])
  | (?P<phrase>"[^"]*"?)
  | (?P<field>[^\W\d_]+):(?=[^\s()])
  | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)
_VALUE = re.compile(r'"[^"]*"?|[^\s()"]+')
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "「": '"', "」": '"'})


@dataclass(frozen=True, slots=True)
class _Lexeme:
    kind: str  # lp rp neg not or and phrase word number field
    text: str
    value: float = 0.0
    field_name: str = ""


def _lex(text: str) -> list[_Lexeme]:
    numbers = {m.start: m for m in find_numbers(text)}
    out: list[_Lexeme] = []
    pos = 0
    while pos < len(text):
        mention = numbers.get(pos)
        if mention is not None and (mention.end == len(text) or text[mention.end] in " ()"):
            out.append(_Lexeme("number", text[pos : mention.end], mention.value))
            pos = mention.end
            continue
        m = _LEX.match(text, pos)
        if m is None:  # pragma: no cover - the word pattern accepts any other character
            break
        kind = m.lastgroup or "ws"
        pos = m.end()
        if kind == "field" and m.group("field").lower() in _FIELDS:
            value = _VALUE.match(text, pos)
            if value is not None:
                out.append(_Lexeme("field", value.group(), field_name=m.group("field").lower()))
                pos = value.end()
                continue
        if kind == "field":  # not one of ours: the whole thing is a plain word
            value = _VALUE.match(text, m.start())
            assert value is not None
            kind, pos = "word", value.end()
            out.append(_Lexeme(kind, value.group()))
            continue
        word = m.group()
        if kind == "word" and word in ("OR", "|"):
            kind = "or"
        elif kind == "word" and word in ("AND", "&", "&&"):
            kind = "and"
        elif kind == "word" and word == "NOT":
            kind = "not"
        if kind != "ws":
            out.append(_Lexeme(kind, word))
    return out


# -- parsing ---------------------------------------------------------------------------------


class _Parser:
    def __init__(self, lexemes: list[_Lexeme], notices: list[str]) -> None:
        self.lexemes = lexemes
        self.i = 0
        self.nodes = 0
        self.notices = notices

    def peek(self) -> _Lexeme | None:
        return self.lexemes[self.i] if self.i < len(self.lexemes) else None

    def parse(self) -> Node | None:
        node: Node | None = None
        parts: list[Node] = []
        while self.peek() is not None:
            node = self.or_(0)
            if node is not None:
                parts.append(node)
            if self.peek() is not None and self.peek_kind() == "rp":
                self.i += 1  # a stray closing bracket: skip it
        return _combine(And, parts)

    def peek_kind(self) -> str:
        lexeme = self.peek()
        return lexeme.kind if lexeme else ""

    def or_(self, depth: int) -> Node | None:
        parts = [self.and_(depth)]
        while self.peek_kind() == "or":
            self.i += 1
            parts.append(self.and_(depth))
        return _combine(Or, [p for p in parts if p is not None])

    def and_(self, depth: int) -> Node | None:
        parts: list[Node] = []
        while (kind := self.peek_kind()) and kind not in ("or", "rp"):
            if kind == "and":
                self.i += 1
                continue
            node = self.unary(depth)
            if node is not None:
                parts.append(node)
        return _combine(And, parts)

    def unary(self, depth: int) -> Node | None:
        lexeme = self.peek()
        assert lexeme is not None
        self.i += 1
        if lexeme.kind in ("neg", "not"):
            if self.peek_kind() in ("", "or", "rp", "and"):
                return None  # a lone operator means nothing
            child = self.unary(depth)
            return Not(child) if child is not None else None
        if lexeme.kind == "lp":
            if depth >= MAX_DEPTH:
                return None  # absurdly deep: the brackets are ignored, the words still count
            inner = self.or_(depth + 1)
            if self.peek_kind() == "rp":
                self.i += 1
            return inner
        self.nodes += 1
        if self.nodes > MAX_NODES:
            return None
        return self.leaf(lexeme)

    def leaf(self, lexeme: _Lexeme) -> Node | None:
        if lexeme.kind == "number":
            return Number(lexeme.text, lexeme.value)
        if lexeme.kind == "phrase":
            inner = lexeme.text.strip('"')
            mentions = find_numbers(inner)
            if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(inner)):
                # A quoted amount ("120亿", "12 billion") is still that amount, in every
                # spelling; as a phrase, 120亿 would ask for 亿 alone, which is indexed only
                # inside the pair 亿美.
                return Number(inner, mentions[0].value)
            return words_of(inner, exact=True)
        if lexeme.kind == "field":
            return self.filter(lexeme.field_name, lexeme.text.strip('"'))
        text = lexeme.text
        if text.endswith("*") and len(text.rstrip("*")) >= 1:
            stem = normalize(text.rstrip("*")).casefold()
            if len(stem) >= 2 and re.fullmatch(r"\w+", stem):
                return Prefix(stem)
            text = text.rstrip("*")
        return words_of(text)

    def filter(self, name: str, value: str) -> Node | None:
        if name == "lang" and value.lower() not in LANGS:
            self.notices.append(
                QT_TRANSLATE_NOOP(
                    "Search", "lang: takes en or zh, so {value} was left out."
                ).format(value=repr(value))
            )
            return None
        if name == "in" and value.lower() not in SCOPES:
            self.notices.append(
                QT_TRANSLATE_NOOP(
                    "Search", "in: takes transcript, chapters or summary, so {value} was left out."
                ).format(value=repr(value))
            )
            return None
        if name == "date" and date_bounds(value) is None:
            self.notices.append(
                QT_TRANSLATE_NOOP(
                    "Search",
                    "date: takes a year, a month or a range such as 2024-01..2024-06, "
                    "so {value} was left out.",
                ).format(value=repr(value))
            )
            return None
        if name in EPISODE_FIELDS and not words_of(value):
            return None  # nothing searchable in the value, such as "title:!!"
        return Filter(name, value)


def words_of(text: str, exact: bool = False) -> Node | None:
    """The words of ``text`` as one node: a prefix, words or a phrase; None if none."""
    terms = query_terms(text)
    if terms.prefix is not None:
        return Prefix(terms.prefix)
    return Words(text, terms, exact and len(terms.sequence) == 1) if terms.sequence else None


def _combine(kind: type[And] | type[Or], parts: list[Node]) -> Node | None:
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return kind(tuple(parts))


def parse(text: str) -> Parsed:
    """Parse any string; the notices say what was cut or left out, in plain sentences."""
    notices: list[str] = []
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
    if len(text) > MAX_QUERY_CHARS:
        cut = text[:MAX_QUERY_CHARS]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
        notices.append(
            QT_TRANSLATE_NOOP(
                "Search", "Only the first {count} characters of the query were used."
            ).format(count=MAX_QUERY_CHARS)
        )
    return Parsed(_Parser(_lex(text), notices).parse(), notices)


def date_bounds(value: str) -> tuple[int, int] | None:
    """``2024``, ``2024-03``, ``2024-03-05`` or ``A..B`` (either side open) as yyyymmdd bounds."""
    if ".." in value:
        low, _, high = value.partition("..")
        lo = _one_date(low, first=True) if low else (0, 0)
        hi = _one_date(high, first=False) if high else (99991231, 99991231)
        if lo is None or hi is None or (not low and not high):
            return None
        return lo[0], hi[1]
    return _one_date(value, first=True)


def _one_date(text: str, first: bool) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", text)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None
    if month is None:
        return year * 10000 + 101, year * 10000 + 1231
    last = calendar.monthrange(year, month)[1]
    if day is not None and not 1 <= day <= last:
        return None
    base = year * 10000 + month * 100
    return (base + (day or 1), base + (day or last))


# -- questions about a tree ---------------------------------------------------------------------


@dataclass(slots=True)
class Highlight:
    """What a passage must contain to be a hit, for marking snippets: terms and prefixes."""

    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)


def highlight_of(node: Node | None) -> Highlight:
    found = Highlight()

    def walk(n: Node | None) -> None:
        if isinstance(n, Words):
            for alts in n.terms.sequence:
                found.terms.update((alts[-1],) if n.exact else alts)
        elif isinstance(n, Prefix):
            found.prefixes.add(n.text)
        elif isinstance(n, Number):
            found.terms.add(number_term(n.value))  # marks the whole mention, however written
        elif isinstance(n, And | Or):
            for child in n.children:
                walk(child)

    walk(node)
    return found


def anchored(node: Node) -> bool:
    """Whether every match must contain a word, so only passages (never episode documents,
    which have no passage text) can match."""
    if isinstance(node, Words | Prefix | Number):
        return True
    if isinstance(node, And):
        return any(anchored(c) for c in node.children)
    if isinstance(node, Or):
        return all(anchored(c) for c in node.children)
    return False


def has_positive(node: Node | None) -> bool:
    """Whether anything must match, as opposed to only exclusions."""
    if node is None or isinstance(node, Not):
        return False
    if isinstance(node, And | Or):
        return any(has_positive(c) for c in node.children)
    return True
