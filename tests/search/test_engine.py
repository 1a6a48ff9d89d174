from __future__ import annotations

from datetime import date

import pytest

from podreader.library.store import Library
from podreader.model import Chapter
from podreader.paths import DataPaths
from podreader.search.engine import ONLY_EXCLUSIONS, SearchEngine, SearchOptions
from podreader.search.indexer import update_index
from tests.search.factories import make_episode, store

FERRY = make_episode(
    "ferry",
    [
        "The night ferry leaves the harbour at nine.",
        "Passengers paid 12 billion lire for the crossing, a famous sum.",
        "Rowing boats followed the ferry across the bay.",
        "Nothing else happened on the water that evening.",
    ],
    ["夜班渡轮九点离开港口。", "乘客为这次渡海支付了120亿里拉。", "国际旅客也在船上。"],
    title="The Night Ferry",
    podcast="Harbour Talks",
    published=date(2024, 3, 9),
    chapters=[Chapter("Leaving port at dusk.", ["ferry timetable"], "Departure", 0)],
    people=[],
)
LIGHTHOUSE = make_episode(
    "lighthouse",
    ["A lighthouse keeper counts the ships.", "The ferry from the mainland came late."],
    title="Keeping the Light",
    podcast="Coast Stories",
    published=date(2023, 6, 1),
)
TRADITIONAL = make_episode(
    "traditional",
    ["Travellers from abroad."],
    ["國際旅客在碼頭等候。"],
    title="Travellers",
    podcast="Coast Stories",
    published=None,
)


@pytest.fixture
def indexed(paths: DataPaths, library: Library) -> DataPaths:
    for episode in (FERRY, LIGHTHOUSE, TRADITIONAL):
        store(library, episode)
    assert update_index(paths).complete
    return paths


def ids(engine: SearchEngine, query: str, **options: object) -> list[tuple[str, str, int]]:
    results = engine.search(query, SearchOptions(**options))  # type: ignore[arg-type]
    return [(g.episode_id, h.track, h.paragraph_id) for g, h in results.hits]


def test_groups_by_episode_best_first_with_count_of_more(
    indexed: DataPaths, engine: SearchEngine
) -> None:
    results = engine.search("ferry", SearchOptions(per_episode=1))
    assert results.complete
    assert [g.episode_id for g in results.groups] == ["ferry", "lighthouse"]
    ferry = results.groups[0]
    assert ferry.matches == 3  # two reading paragraphs and the chapter
    assert ferry.more == 2
    assert results.total == 4


def test_one_episode_lists_all_its_matches(indexed: DataPaths, engine: SearchEngine) -> None:
    results = engine.search("ferry", SearchOptions(episode="ferry", per_episode=10))
    assert [g.episode_id for g in results.groups] == ["ferry"]
    assert len(results.groups[0].hits) == results.groups[0].matches == 3


def test_snippet_marks_matches_from_library_text(indexed: DataPaths, engine: SearchEngine) -> None:
    results = engine.search("rowing", SearchOptions())
    (_, hit) = results.hits[0]
    assert hit.snippet.marked() == "**Rowing** boats followed the ferry across the bay."
    assert hit.terms == ["Rowing"]
    assert (hit.track, hit.paragraph_id, hit.target) == ("transcript", 2, 2)


def test_stems_find_other_forms(indexed: DataPaths, engine: SearchEngine) -> None:
    assert ids(engine, "rowed") == [("ferry", "transcript", 2)]
    assert ids(engine, "row*") == [("ferry", "transcript", 2)]


def test_chinese_track_hits_name_paragraph_track_and_reading_target(
    indexed: DataPaths, engine: SearchEngine
) -> None:
    results = engine.search("渡轮", SearchOptions())
    (_, hit) = results.hits[0]
    assert (hit.track, hit.paragraph_id, hit.target) == ("summary", 0, 0)
    assert "**渡轮**" in hit.snippet.marked()


def test_traditional_finds_simplified_and_back(indexed: DataPaths, engine: SearchEngine) -> None:
    assert ids(engine, "國際") == [("ferry", "summary", 2), ("traditional", "summary", 0)]
    simplified = engine.search("国际", SearchOptions())
    marked = {h.snippet.marked() for _, h in simplified.hits}
    assert "**國際**旅客在碼頭等候。" in marked


def test_one_chinese_character_finds_inside_words(indexed: DataPaths, engine: SearchEngine) -> None:
    assert ("ferry", "summary", 0) in ids(engine, "港")  # 港 sits inside 港口
    assert ("ferry", "summary", 0) in ids(engine, "口")  # and at the end of a run


def test_numbers_match_across_languages(indexed: DataPaths, engine: SearchEngine) -> None:
    for query in ("120亿", "12 billion", "$12B", "一百二十亿", '"120亿"', '"12 billion"'):
        found = ids(engine, query)
        assert ("ferry", "transcript", 1) in found, query
        assert ("ferry", "summary", 1) in found, query


def test_phrase_or_not(indexed: DataPaths, engine: SearchEngine) -> None:
    assert ids(engine, '"night ferry"', per_episode=5) == [("ferry", "transcript", 0)]
    assert ids(engine, '"ferry night"') == []
    assert ids(engine, "ferry -harbour -rowing -chapters -timetable", per_episode=5) == [
        ("lighthouse", "transcript", 1)
    ]
    assert {e for e, _, _ in ids(engine, "keeper OR passengers")} == {"ferry", "lighthouse"}


def test_field_filters(indexed: DataPaths, engine: SearchEngine) -> None:
    assert {e for e, _, _ in ids(engine, "ferry podcast:coast")} == {"lighthouse"}
    assert {e for e, _, _ in ids(engine, "ferry title:night")} == {"ferry"}
    assert {e for e, _, _ in ids(engine, "ferry date:2023")} == {"lighthouse"}
    assert {e for e, _, _ in ids(engine, "ferry date:2024-01..2024-06")} == {"ferry"}
    assert ids(engine, "ferry in:chapters") == [("ferry", "chapters", 0)]
    assert {t for _, t, _ in ids(engine, "国际 OR ferry lang:zh", per_episode=9)} == {"summary"}
    assert ids(engine, "ferry person:nobody") == []


def test_options_filter_and_sort_by_date(indexed: DataPaths, engine: SearchEngine) -> None:
    assert {e for e, _, _ in ids(engine, "ferry", podcast="Coast Stories")} == {"lighthouse"}
    assert {t for _, t, _ in ids(engine, "国际", language="en")} == set()
    by_date = engine.search("ferry OR travellers", SearchOptions(sort="date"))
    assert [g.episode_id for g in by_date.groups] == ["ferry", "lighthouse", "traditional"]


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed',
        "((ferry",
        "ferry)))",
        "OR",
        "NOT",
        "-",
        "colour:blue",
        "lang:",
        "date:..",
        "x" * 10_000,
        "(" * 10_000,
        "ferry " * 3000,
        "*",
        "a*",
        'podcast:"',
        "-(-(-ferry))",
    ],
)
def test_hostile_queries_answer_without_raising(
    indexed: DataPaths, engine: SearchEngine, query: str
) -> None:
    results = engine.search(query, SearchOptions())
    assert results.total >= 0
    assert not engine.damaged


def test_only_exclusions_is_answered_with_a_sentence(
    indexed: DataPaths, engine: SearchEngine
) -> None:
    assert engine.search("-ferry", SearchOptions()).notice == ONLY_EXCLUSIONS


def test_incomplete_while_the_index_is_behind(
    indexed: DataPaths, library: Library, engine: SearchEngine
) -> None:
    assert engine.search("ferry").complete
    store(library, make_episode("new", ["A new ferry route opened."]))
    assert not engine.search("ferry").complete
    update_index(indexed)
    results = engine.search("route")
    assert results.complete
    assert [g.episode_id for g in results.groups] == ["new"]


def test_a_quoted_word_matches_its_own_form_only(indexed: DataPaths, engine: SearchEngine) -> None:
    assert ids(engine, "rowed") == [("ferry", "transcript", 2)]  # any form: "Rowing"
    assert ids(engine, '"rowed"') == []
    assert ids(engine, '"rowing"') == [("ferry", "transcript", 2)]


def test_totals_stop_counting_early_unless_asked(
    paths: DataPaths, library: Library, engine: SearchEngine
) -> None:
    lines = [f"Tide reading number {n}." for n in range(130)]
    store(library, make_episode("tides", lines))
    update_index(paths)
    live = engine.search("tide", SearchOptions(limit=5))
    assert (live.total, live.total_exact) == (100, False)
    assert live.groups[0].matches == 130  # the shown episode is always counted in full
    exact = engine.search("tide", SearchOptions(limit=5, exact_total=True))
    assert (exact.total, exact.total_exact) == (130, True)
    few = engine.search('"number 7"', SearchOptions(limit=5))
    assert (few.total, few.total_exact) == (1, True)
