"""The PodQuest page parser on fixture pages covering each variant in docs/podquest-format.md."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from podreader.formats import ParseError, parse_bytes
from podreader.formats.podquest import CUT_SHORT, parse, sniff
from podreader.model import Chapter, Insight, Person, episode_id

Page = Callable[[str], bytes]


def test_full_english_page_header(page: Page) -> None:
    episode = parse(page("full_english"))
    assert episode.title == "Why Bike Lanes Keep Winning: City Budgets, Rain, and Trust"
    assert episode.podcast == "Street Talk: Cities, Cycling, Transit, Urban Planning"
    assert episode.published == date(2024, 3, 5)
    assert episode.id == episode_id(episode.podcast, episode.title, date(2024, 3, 5))
    assert episode.source_url is None
    assert episode.warnings == []


def test_avatar_initials_are_not_people(page: Page) -> None:
    assert parse(page("full_english")).people == [
        Person(
            "Mara Okafor",
            "A transport researcher who has counted cyclists in twelve cities for a decade.",
        ),
        Person("Jonah Vale", "Host of the show and a former city council staffer."),
        Person("Priya Nair"),
    ]


def test_key_insights_pair_questions_with_answers(page: Page) -> None:
    insights = parse(page("full_english")).insights
    assert [i.question for i in insights] == [
        "Do protected lanes reduce injuries?",
        "Who pays for upkeep?",
    ]
    assert insights[1] == Insight(
        "Who pays for upkeep?",
        "Mostly the city road budget, which is why maintenance plans matter as much as the "
        "first build.",
    )


def test_several_chapters_with_points(page: Page) -> None:
    chapters = parse(page("full_english")).chapters
    assert len(chapters) == 2
    assert chapters[0].summary.startswith("Jonah opens with a rainy commute")
    assert chapters[0].points == [
        "A wet morning ride as the opening story",
        "The question of why some cities stall",
        "Mara's decade of cyclist counts",
    ]
    assert chapters[1] == Chapter(
        "The conversation turns to money: who pays, for how long, and what happens when a "
        "budget shrinks.",
        ["Three-year funding plans", "Upkeep costs that nobody budgets for"],
    )


def test_topics_become_a_summary_track_split_at_paragraph_ends(page: Page) -> None:
    (summary,) = parse(page("full_english")).translations
    assert (summary.kind, summary.language) == ("summary", "zh-Hans")
    texts = [p.text for p in summary.paragraphs]
    assert [p.id for p in summary.paragraphs] == list(range(len(texts)))
    # Splits after 。 and after ASCII ?/! that follow a Han character; never inside
    # "3.5", "(分三年)" or after the English "why not?".
    assert texts == [
        "我认为城市里的自行车道正在改变人们的通勤方式,尤其是在雨季。很多人问我:这真的安全吗?",
        "我的回答是肯定的,大家都在问 why not? 这个问题其实很简单。",
        "第二部分,我们讨论了预算问题,包括3.5亿元的投资(分三年)。这笔钱主要来自市政府!",
        "Mara Okafor:我同意这个看法,但维护成本不能忽视。",
    ]


def test_english_transcript_without_export_artifacts(page: Page) -> None:
    transcript = parse(page("full_english")).transcript
    assert (transcript.kind, transcript.language) == ("transcript", "en")
    texts = [p.text for p in transcript.paragraphs]
    assert [p.id for p in transcript.paragraphs] == [0, 1, 2, 3, 4]
    assert texts[0].startswith("Welcome back to Street Talk.")  # "<raw_text>0 " removed
    assert texts[2].endswith("People do not wait for a perfect network.")  # "</context>" removed
    assert "[email protected]" in texts[3]  # the page's placeholder stays as text
    assert texts[4] == "That's all for today. Thanks for listening, and stay dry out there."
    assert not any("中文" in text or "Translations:" in text for text in texts)


def test_simplified_chinese_page(page: Page) -> None:
    episode = parse(page("chinese_simplified"))
    assert (episode.title, episode.podcast) == ("城市夜市的故事", "街头观察")
    assert episode.published == date(2023, 3, 24)  # "Publish Date:" variant
    assert episode.people == [
        Person("主持人", "一位长期关注城市生活和小吃文化的播客主持人。"),
        Person("王小雨"),
    ]
    assert episode.chapters == []
    assert "The page's Chapters section is empty." in episode.warnings
    assert episode.transcript.language == "zh-Hans"  # no Translations line on this page
    assert len(episode.transcript.paragraphs) == 3
    assert episode.transcript.paragraphs[0].text.endswith("以及")
    assert episode.translations[0].language == "zh-Hans"
    assert len(episode.translations[0].paragraphs) == 2


def test_traditional_page_with_simplified_topics_and_no_date(page: Page) -> None:
    episode = parse(page("chinese_traditional"))
    assert episode.title == "台灣鐵道旅行的記憶"
    assert episode.published is None
    assert "The page has no publish date." in episode.warnings
    assert episode.id == episode_id("慢車時光", "台灣鐵道旅行的記憶", None)
    assert episode.people == [Person("Lin Wei-ting"), Person("Chen Hao")]
    assert episode.chapters == []
    assert not any("Chapters" in warning for warning in episode.warnings)  # no such section
    assert episode.transcript.language == "zh-Hant"
    assert episode.translations[0].language == "zh-Hans"
    assert episode.languages == ["zh-Hant", "zh-Hans"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We're sunsetting PodQuest on 2025-07-28. Thank you for your support!\n"
            "Export Podcast Subscriptions\n",
            "",
        ),
        ("AI Deep Dive AI Insights AI Chapters Transcript", "AI Deep Dive Transcript"),
        ("AI Deep Dive AI Insights AI Chapters Transcript", "AI Chapters Transcript"),
        ("AI Deep Dive AI Insights AI Chapters Transcript", "AI Deep Dive AI Chapters Transcript"),
        ("Translations:\n中文\n\n", ""),
        ("\nM\nMara Okafor\n", "\nMara Okafor\n"),
    ],
    ids=[
        "no-banner",
        "tabs-deep-dive",
        "tabs-chapters",
        "tabs-no-insights",
        "no-translations",
        "one-initial-missing",
    ],
)
def test_variants_parse_to_the_same_episode(page: Page, old: str, new: str) -> None:
    text = page("full_english").decode()
    assert old in text
    assert parse(text.replace(old, new).encode()) == parse(text.encode())


def test_header_order_is_a_habit_not_a_rule(page: Page) -> None:
    text = page("full_english").decode()
    tabs = "AI Deep Dive AI Insights AI Chapters Transcript\n"
    moved = tabs + text.replace(tabs, "").replace("2024/3/5\n", "").replace(
        "\nPeople", "\n2024/3/5\nPeople"
    )
    assert parse(moved.encode()) == parse(text.encode())


def test_page_without_alt_texts_takes_bare_lines_as_title_and_podcast(page: Page) -> None:
    text = page("chinese_simplified").decode()
    for alt_text in ("cover of episode 城市夜市的故事\n\n", "logo of podcast 街头观察\n\n"):
        text = text.replace(alt_text, "")
    episode = parse(text.encode())
    assert (episode.title, episode.podcast) == ("城市夜市的故事", "街头观察")


def test_url_line_sets_source_url(page: Page) -> None:
    text = page("chinese_simplified").decode()
    text = text.replace("AI Chapters", "https://podquest.app/episode/abc123\nAI Chapters")
    assert parse(text.encode()).source_url == "https://podquest.app/episode/abc123"


def test_invalid_date_is_a_warning_not_a_crash(page: Page) -> None:
    text = page("full_english").decode().replace("2024/3/5", "2024/2/30")
    episode = parse(text.encode())
    assert episode.published is None
    assert any("2024/2/30" in warning for warning in episode.warnings)


def test_page_cut_in_the_transcript_keeps_what_it_has(page: Page) -> None:
    text = page("full_english").decode()
    cut = text[: text.index("They try one street")]
    transcript = parse(cut.encode()).transcript
    assert len(transcript.paragraphs) == 3


def test_page_cut_before_the_transcript_is_refused(page: Page) -> None:
    with pytest.raises(ParseError) as error:
        parse(page("cut_before_transcript"))
    assert str(error.value) == CUT_SHORT


def test_transcript_heading_without_text_is_refused(page: Page) -> None:
    text = page("full_english").decode()
    with pytest.raises(ParseError, match="cut short"):
        parse(text[: text.index("Translations:")].encode())


def test_shopping_list_is_not_a_podquest_page(page: Page) -> None:
    assert not sniff(page("shopping_list").decode())
    with pytest.raises(ParseError, match="not a PodQuest episode page"):
        parse_bytes(page("shopping_list"))


def test_notes_with_generic_headings_are_not_a_podquest_page() -> None:
    notes = "Meeting notes\nPeople\nAna\nTopics\nBudget\nChapters\nOne\n"
    assert not sniff(notes)


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(ParseError):
        parse_bytes(data)


def test_random_bytes_are_refused() -> None:
    noise = bytes(range(256)) * 40
    with pytest.raises(ParseError, match="encoding"):
        parse_bytes(noise)


def test_parse_bytes_finds_the_podquest_format(page: Page) -> None:
    assert parse_bytes(page("chinese_traditional")) == parse(page("chinese_traditional"))
