"""Sentence terms and alignment on small texts written for these tests."""

from __future__ import annotations

from collections import Counter

from podreader.text.align import align_sentences, skipped_groups
from podreader.text.anchors import span_terms
from podreader.text.sentences import Sentence, split_sentences


def test_span_terms_per_sentence() -> None:
    text = "OpenAI bought 12 billion dollars of GPUs. The GPU deal closed in 2024!"
    bags = span_terms(text, split_sentences(text))
    assert bags == [
        Counter(
            {"#12000000000.0": 1, "openai": 1, "bought": 1, "billion": 1, "dollar": 1, "gpu": 1}
        ),
        Counter({"#2024.0": 1, "gpu": 1, "deal": 1, "closed": 1}),
    ]


def test_a_word_cut_by_a_span_edge_belongs_to_the_span_it_starts_in() -> None:
    text = "Crumbly bakery grew"
    bags = span_terms(text, [Sentence(0, 4), Sentence(4, len(text))])
    assert bags == [Counter({"crumbly": 1}), Counter({"bakery": 1, "grew": 1})]


def test_alignment_pairs_sentences_that_share_anchors() -> None:
    source = [
        "Crumbly opened 3 shops in 2019.",
        "Then it signed a deal with Ferngrove worth $12 million.",
        "We also talked about the weather for a while.",
        "By 2023 it had 120 shops in Osaka.",
    ]
    target = [
        "2019年Crumbly开了3家店。",
        "随后与Ferngrove签订了1200万美元的协议。",
        "到2023年在Osaka有120家店。",
    ]
    beads = align_sentences(source, target)
    pairs = [(list(b.source), list(b.target)) for b in beads]
    assert sorted(i for s, _ in pairs for i in s) == [0, 1, 2, 3]
    assert sorted(j for _, t in pairs for j in t) == [0, 1, 2]
    assert ([0], [0]) in pairs
    assert any(3 in s and t == [2] for s, t in pairs)
    assert any(1 in s and t == [1] for s, t in pairs)


def test_silence_means_skipped_only_where_anchors_are_common() -> None:
    groups = [[0, 1], [2, 3], [4, 5], [6, 7]]
    no_sponsor = [False] * 8
    # Around the silent pair [2, 3] nearly every sentence shares something: it was skipped.
    dense = [True, True, False, False, True, True, True, True]
    assert skipped_groups(dense, groups, no_sponsor) == [False, True, False, False]
    # With anchors rare, silence is the rule and says nothing.
    sparse = [False, True, False, False, False, False, False, False]
    assert skipped_groups(sparse, groups, no_sponsor) == [False] * 4
    # Sponsor sentences are no neighbours: here only sentence 1 is left to judge by.
    sponsor = [True, False, False, False, True, True, True, True]
    assert skipped_groups(dense, groups, sponsor) == [False, True, False, False]
    assert skipped_groups(sparse, groups, sponsor) == [False, True, False, False]
    # A single silent sentence is never judged skipped.
    assert skipped_groups(dense, [[0], [1], [2], [3, 4]], no_sponsor)[2] is False
