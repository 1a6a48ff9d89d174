"""Hand-built bilingual episodes for the transcript pane tests, and tests of its Qt-free logic."""

from __future__ import annotations

import random

from podreader.model import Episode, Paragraph, ReadingParagraph, Row, TextRange, Track
from podreader.ui.transcript.passages import (
    PIECE_BREAK,
    TRANSCRIPT,
    Group,
    RowIndex,
    chain_groups,
    find_spans,
    make_cell,
    terms_pattern,
)

#: Vocabulary of the made-up paragraphs, space separated.
_EN_VOCABULARY = (
    "we talked about how the market for compute keeps moving faster than anyone planned and "
    "why the next data centre needs power contracts signed years ahead of time while chips wait"
)
_ZH_VOCABULARY = (
    "我们 聊到 算力 市场 的 变化 比 任何人 预想 的 都快 ， 为什么 下一座 数据中心 需要 提前 多年 "
    "签下 电力 合同 ， 而 芯片 还在 等待"
)
_EN_WORDS = _EN_VOCABULARY.split()
_ZH_WORDS = _ZH_VOCABULARY.split()


def english(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_EN_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def chinese(rng: random.Random, chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += rng.choice(_ZH_WORDS)
    return text + "。"


def bilingual_episode(
    groups: int = 30,
    english_per_group: int = 2,
    words: int = 40,
    chinese_chars: int = 70,
    sponsor_paragraphs: int = 2,
    seed: int = 7,
) -> Episode:
    """Sponsor reads first (no counterparts), then groups of English paragraphs sharing one Chinese.

    Paragraph texts start with their id (``E12:`` / ``Z5:``) so a test can tell them apart.
    """
    rng = random.Random(seed)
    reading: list[ReadingParagraph] = []
    for i in range(sponsor_paragraphs):
        text = f"E{i}: This show is brought to you by a sponsor, use promo code READ at checkout."
        reading.append(ReadingParagraph(i, text, [i], sponsor=True))
    zh: list[Paragraph] = []
    for g in range(groups):
        zh.append(Paragraph(g, f"Z{g}：" + chinese(rng, chinese_chars)))
        for _ in range(english_per_group):
            i = len(reading)
            reading.append(
                ReadingParagraph(i, f"E{i}: " + english(rng, words), [i], counterparts={"zh": [g]})
            )
    transcript = Track("en", "transcript", [Paragraph(p.id, p.text) for p in reading])
    return Episode(
        id="ep1",
        title="Power and chips",
        podcast="Test Podcast",
        transcript=transcript,
        translations=[
            Track("zh", "translation", zh),
            Track("zh", "summary", [Paragraph(0, "摘要")]),
        ],
        reading=reading,
    )


def rows_episode(
    paragraphs: int = 20,
    sentences: int = 3,
    words: int = 14,
    chinese_chars: int = 24,
    sponsor_paragraphs: int = 1,
    seed: int = 11,
) -> Episode:
    """An analysed episode with sentence-level rows, as text analysis stores them.

    Sponsor reads come first (rows with nothing beside them); then each reading paragraph has
    ``sentences`` English sentences (``E12.1`` ...) and a Chinese paragraph of as many (``Z12.1``),
    paired one to one, except that every fifth paragraph's last English sentence is an aside
    with no rendering.
    """
    rng = random.Random(seed)
    reading: list[ReadingParagraph] = []
    zh: list[Paragraph] = []
    rows: list[Row] = []
    for i in range(sponsor_paragraphs):
        text = f"E{i}.0 This show is brought to you by a sponsor, use promo code READ at checkout."
        reading.append(ReadingParagraph(i, text, [i], sponsor=True))
        rows.append(Row([TextRange(i, 0, len(text))], [], sponsor=True))
    for k in range(paragraphs):
        i = len(reading)
        en_parts = [f"E{i}.{n} " + english(rng, words) for n in range(sentences)]
        aside = k % 5 == 4
        zh_parts = [
            f"Z{k}.{n}：" + chinese(rng, chinese_chars) for n in range(sentences - int(aside))
        ]
        english_text, chinese_text = " ".join(en_parts), "".join(zh_parts)
        reading.append(ReadingParagraph(i, english_text, [i], counterparts={"zh": [k]}))
        zh.append(Paragraph(k, chinese_text))
        e = z = 0
        for n, part in enumerate(en_parts):
            theirs = zh_parts[n] if n < len(zh_parts) else ""
            rows.append(
                Row(
                    [TextRange(i, e, e + len(part))],
                    [TextRange(k, z, z + len(theirs))] if theirs else [],
                )
            )
            e += len(part) + 1
            z += len(theirs)
    transcript = Track("en", "transcript", [Paragraph(p.id, p.text) for p in reading])
    return Episode(
        id="rows",
        title="Rows of power and chips",
        podcast="Test Podcast",
        transcript=transcript,
        translations=[Track("zh", "translation", zh)],
        reading=reading,
        rows={"zh": rows},
    )


def three_hour_episode() -> Episode:
    """About 27,000 English words in 1,500 rows over 300 paragraphs, 15,000 Chinese characters."""
    return rows_episode(
        paragraphs=300, sentences=5, words=18, chinese_chars=9, sponsor_paragraphs=0
    )


def test_chain_groups_merges_shared_and_crossing_counterparts() -> None:
    groups = chain_groups([[0], [0], [], [1], [3], [2], [4, 5]])
    assert groups == [
        Group(range(0, 2), range(0, 1)),
        Group(range(3, 4), range(1, 2)),
        Group(range(4, 6), range(2, 4)),
        Group(range(6, 7), range(4, 6)),
    ]


def _labels(index: RowIndex) -> list[str]:
    return [
        "+".join(
            f"{'E' if c.track == TRANSCRIPT else 'Z'}{p.paragraph}"
            for c in (r.transcript, r.other)
            for p in c.pieces
        )
        for r in index.rows
    ]


def test_before_rows_are_stored_paragraphs_make_the_rows() -> None:
    episode = bilingual_episode(groups=3, english_per_group=2)
    index = RowIndex(episode, episode.translations[0])
    assert _labels(index) == ["E0", "E1", "E2+Z0", "E3", "E4+Z1", "E5", "E6+Z2", "E7"]
    assert index.rows[2].transcript.text == episode.reading[2].text
    assert index.first_row(5) == 5 and index.row_of("zh", 1) == 4


def test_rows_come_from_the_stored_sentence_rows() -> None:
    episode = rows_episode(paragraphs=5, sentences=3)
    index = RowIndex(episode, episode.translations[0])
    assert len(index.rows) == 1 + 5 * 3
    assert index.rows[0].sponsor and not index.rows[0].other.text
    assert [r.new_paragraph for r in index.rows[:5]] == [True, True, False, False, True]
    assert index.rows[15].other.text == ""  # the aside of the fifth paragraph
    row = index.rows[5]  # paragraph 2, second sentence
    assert row.transcript.text.startswith("E2.1 ") and row.other.text.startswith("Z1.1")
    start = episode.reading[2].text.index("E2.1")
    assert index.row_of(TRANSCRIPT, 2, start + 3) == 5
    assert row.transcript.place(3) == (2, start + 3)
    assert row.transcript.offset(2, start + 3) == 3
    assert row.transcript.clip(2, 0, start + 3) == (0, 3)


def test_a_cell_over_two_paragraphs_maps_both_ways() -> None:
    texts = ["First part.", "Second part."]
    cell = make_cell(TRANSCRIPT, "en", [TextRange(0, 6, 11), TextRange(1, 0, 6)], texts)
    assert cell.text == "part." + PIECE_BREAK + "Second"  # a line break inside the cell
    assert cell.place(7) == (1, 1)
    assert cell.offset(1, 1) == 7
    assert cell.clip(1, 0, 100) == (6, 12)


def test_find_spans_is_case_insensitive_and_skips_hidden_cells() -> None:
    texts = ["Use PROMO code READ", "nothing here", "promo code again"]
    pattern = terms_pattern(["PROMO code", " "])
    assert pattern is not None
    assert [span[0] for span in find_spans(texts, pattern)] == [0, 2]  # blank terms are dropped
    pattern = terms_pattern(["promo code"])
    assert pattern is not None
    assert find_spans(texts, pattern) == [(0, 4, 14), (2, 0, 10)]
    assert find_spans(texts, pattern, frozenset({0})) == [(2, 0, 10)]
    assert terms_pattern(["", "  "]) is None
