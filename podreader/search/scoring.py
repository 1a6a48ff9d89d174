"""Ranking: BM25's saturating term frequency and IDF, without its length normalization.

Passages are about a paragraph each, so their length says little about relevance, and scoring
without it needs no field lengths: with BM25F, Whoosh read every candidate's length (80-160 ms
per common word on 1,000 episodes, measured with Whoosh's matchers). podreader's evaluation
(:mod:`podreader.search.evaluation`) scores whole posting lists with :meth:`score_weight`; it
skips no blocks, since every match is counted and ranked.
"""

from __future__ import annotations

from typing import Any

from whoosh.scoring import BaseScorer, WeightingModel

#: How fast repeated words stop adding to the score (BM25's k1).
K1 = 1.2


def _saturate(weight: float) -> float:
    return weight * (K1 + 1) / (weight + K1)


class SaturatedScorer(BaseScorer):  # type: ignore[misc]
    def __init__(self, idf: float) -> None:
        self.idf = idf

    def score(self, matcher: Any) -> float:
        return self.score_weight(matcher.weight())

    def score_weight(self, weight: float) -> float:
        """The score of a posting of this weight; :mod:`~podreader.search.evaluation` scores
        whole posting lists with it."""
        return _saturate(weight) * self.idf


class SaturatedTF(WeightingModel):  # type: ignore[misc]
    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> SaturatedScorer:
        idf = searcher.get_parent().idf(fieldname, text)
        return SaturatedScorer(idf)
