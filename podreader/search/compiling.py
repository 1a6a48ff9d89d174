"""The parsed query tree compiled to Whoosh queries over passage documents.

Words are asked for by their stems (the index keeps a stem at every position); episode filters
(``podcast:``, ``title:``, ``person:``) are resolved to a set of episodes first.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.searching import Searcher

from podreader.search.analysis import WordTerms, number_term, query_terms
from podreader.search.query import (
    EPISODE_FIELDS,
    LANGS,
    SCOPES,
    And,
    Filter,
    Node,
    Not,
    Number,
    Or,
    Prefix,
    Words,
    date_bounds,
    words_of,
)
from podreader.search.schema import EPISODE


def prefix_query(fieldname: str, text: str) -> wq.Prefix:
    """Every word starting with ``text``, each scored as itself. Whoosh's default constant
    score gave every match 1.0 on segments of up to 5,000 documents but real scores on larger
    ones, so ranking depended on how the index happened to be split."""
    return wq.Prefix(fieldname, text, constantscore=False)


def _text_query(fieldname: str, terms: WordTerms, exact: bool = False) -> wq.Query:
    """Stems: every position indexes its stem, so a word or a phrase is found by its stems.

    The original form is also indexed where it differs from the stem; an exact word asks for it.
    (Asking for both on every word would double the postings read, and the time.)
    """
    if terms.prefix is not None:
        return prefix_query(fieldname, terms.prefix)
    if len(terms.sequence) == 1:
        alts = terms.sequence[0]
        return wq.Term(fieldname, alts[-1] if exact else alts[0])
    return wq.Phrase(fieldname, [alts[0] for alts in terms.sequence])


def compile_query(node: Node, searcher: Searcher) -> wq.Query:
    """Whoosh query over passage documents; episode filters are resolved with ``searcher``."""
    if isinstance(node, Words):
        return _text_query("text", node.terms, node.exact)
    if isinstance(node, Prefix):
        return prefix_query("text", node.text)
    if isinstance(node, Number):
        as_written = words_of(node.raw)
        value = wq.Term("text", number_term(node.value))
        return wq.Or([compile_query(as_written, searcher), value]) if as_written else value
    if isinstance(node, Not):
        return wq.Not(compile_query(node.child, searcher))
    if isinstance(node, And):
        return wq.And([compile_query(c, searcher) for c in node.children])
    if isinstance(node, Or):
        return wq.Or([compile_query(c, searcher) for c in node.children])
    return _filter_query(node, searcher)


def _filter_query(node: Filter, searcher: Searcher) -> wq.Query:
    name, value = node.name, node.value
    # A filter narrows; it must not reorder what the words rank. A term of an ID field scores
    # the same for every document; a range or a set of episodes needs a constant score.
    if name == "lang":
        return wq.Term("lang", LANGS[value.lower()])
    if name == "in":
        return wq.Term("scope", SCOPES[value.lower()])
    if name == "date":
        bounds = date_bounds(value)
        assert bounds is not None  # checked when parsed
        inner: wq.Query = wq.NumericRange("date", bounds[0], bounds[1])
    else:
        fieldname = EPISODE_FIELDS[name]
        found = searcher.search(
            wq.And([wq.Term("kind", EPISODE), _text_query(fieldname, query_terms(value))]),
            limit=None,
        )
        ids = sorted({hit["episode"] for hit in found})
        if not ids:
            return wq.NullQuery
        inner = wq.Or([wq.Term("episode", eid) for eid in ids])
    return wq.ConstantScoreQuery(inner, 1.0)
