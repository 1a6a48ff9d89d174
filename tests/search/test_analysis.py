from __future__ import annotations

from podreader.search.analysis import index_terms, matching_ranges, number_term, query_terms


def terms(text: str) -> list[str]:
    return [t for t, _ in index_terms(text)]


def test_english_is_folded_and_stemmed_and_keeps_the_original_form() -> None:
    pairs = list(index_terms("Rowing Boats"))
    assert pairs[:3] == [("row", 0), ("rowing", 0), ("boat", 1)]
    assert ("boats", 1) in pairs


def test_query_words_match_both_stem_and_original() -> None:
    assert query_terms("Rowing").sequence == (("row", "rowing"),)
    assert query_terms("row").sequence == (("row",),)


def test_chinese_becomes_overlapping_bigrams_with_the_run_end_alone() -> None:
    assert terms("灯塔守望") == ["灯塔", "塔守", "守望", "望"]


def test_query_bigrams_have_no_trailing_single_character() -> None:
    # The trailing unigram is only in the index where a run ends; a substring must still match.
    assert query_terms("灯塔守").sequence == (("灯塔",), ("塔守",))


def test_single_character_query_is_a_prefix() -> None:
    assert query_terms("塔").prefix == "塔"
    assert query_terms("塔").sequence == ()


def test_traditional_and_simplified_fold_together() -> None:
    assert terms("國際") == terms("国际")
    assert query_terms("國際") == query_terms("国际")


def test_full_width_forms_fold() -> None:
    assert terms("ＧＰＵ　１２") == terms("GPU 12")


def test_numbers_get_one_term_however_written() -> None:
    value = number_term(12e9)
    for text in ("a 12 billion deal", "a $12B deal", "投资120亿美元", "一百二十亿"):
        assert value in terms(text), text
    assert number_term(13e9) not in terms("a 12 billion deal")


def test_matching_ranges_point_into_the_original_text() -> None:
    text = "Ｔhe 國際 harbour, $12B."
    wanted = {"国际", "harbour", number_term(12e9)}
    ranges = matching_ranges(text, wanted)
    found = sorted({text[s:e] for s, e in ranges})
    assert found == ["$12B", "harbour", "國際"]
    assert [text[s:e] for s, e in sorted(matching_ranges(text, set(), ("harb", "国")))] == [
        "國",
        "國際",
        "harbour",
    ]
