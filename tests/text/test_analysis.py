"""Analysis on small bilingual fixtures written for these tests."""

from __future__ import annotations

from podreader.model import Chapter, Episode, Insight, Paragraph, TextRange, Track, side_text
from podreader.text.align import invert
from podreader.text.analysis import ANALYSIS_VERSION, analyze

EN = [
    "Welcome back to the show. Today we look at how Crumbly, the bakery chain, grew from "
    "3 shops to 120 shops in 2021.",
    "The founder, Ada Brenner, started with a loan of $50,000. She sold sourdough at 4 dollars "
    "a loaf and kept 30% margins.",
    "This episode is brought to you by Kettlewise. Kettlewise makes smart kettles for your "
    "kitchen. Go to kettlewise.com and use promo code BREW for a discount. Now, let's get back "
    "to the show.",
    "In 2019 Crumbly signed a deal with Ferngrove Foods worth $12 million. That partnership "
    "put its bread into 800 supermarkets.",
    "A quick aside about my weekend: I went hiking by the lake and saw a heron. The trail was "
    "muddy but beautiful, and my boots are still drying.",
    "By 2023 revenue reached $1.9 billion, and Brenner says the next goal is Japan, with 25 "
    "stores planned in Osaka.",
]
ZH = [
    "今天我们讨论面包连锁店Crumbly如何在2021年从3家店发展到120家店。",
    "创始人Ada Brenner最初借了5万美元。她以每条4美元的价格出售酸面包,利润率保持在30%。",
    "2019年,Crumbly与Ferngrove Foods签订了价值1200万美元的协议。"
    "这一合作让它的面包进入了800家超市。",
    "到2023年,收入达到19亿美元。Brenner表示下一个目标是日本,计划在Osaka开设25家门店。",
]


def _track(language: str, kind: str, texts: list[str]) -> Track:
    return Track(language, kind, [Paragraph(i, t) for i, t in enumerate(texts)])  # type: ignore[arg-type]


def _episode(transcript: Track, *others: Track, chapters: list[Chapter] | None = None) -> Episode:
    return Episode(
        id="x",
        title="t",
        podcast="p",
        transcript=transcript,
        translations=list(others),
        chapters=chapters or [],
    )


def _links(episode: Episode, key: str) -> list[list[int]]:
    return [p.counterparts[key] for p in episode.reading]


def test_version_is_an_int() -> None:
    assert isinstance(ANALYSIS_VERSION, int)


def test_sponsor_in_the_middle_and_a_skipped_passage_align_to_nothing() -> None:
    episode = _episode(_track("en", "transcript", EN), _track("zh-Hans", "summary", ZH))
    analyze(episode)
    assert [p.id for p in episode.reading] == list(range(len(episode.reading)))
    assert [p.source_paragraphs for p in episode.reading] == [[i] for i in range(6)]
    assert [p.sponsor for p in episode.reading] == [False, False, True, False, False, False]
    assert _links(episode, "summary") == [[0], [1], [], [2], [], [3]]
    assert invert(_links(episode, "summary"), len(ZH)) == [[0], [1], [3], [5]]


def test_chinese_original_transcript_with_an_english_track() -> None:
    # Page paragraphs break mid-sentence, as audio segmentation does.
    cut = ZH[1].index("借")
    pages = [ZH[0] + ZH[1][:cut], ZH[1][cut:], ZH[2], ZH[3]]
    english = [EN[0], EN[1], EN[3], EN[5]]
    episode = _episode(_track("zh-Hans", "transcript", pages), _track("en", "translation", english))
    analyze(episode)
    assert [p.source_paragraphs for p in episode.reading] == [[0, 1], [2], [3]]
    assert episode.reading[0].text == ZH[0] + ZH[1]  # Chinese joins without a space
    assert _links(episode, "en") == [[0, 1], [2], [3]]


def test_one_side_with_a_single_paragraph() -> None:
    single = _track("zh-Hans", "summary", ["".join(ZH)])
    episode = _episode(_track("en", "transcript", EN), single)
    analyze(episode)
    assert _links(episode, "summary")[:2] == [[0], [0]]
    assert _links(episode, "summary")[-1] == [0]
    assert _links(episode, "summary")[2] == []

    episode = _episode(
        _track("en", "transcript", [" ".join(EN[:2] + EN[3:])]), _track("zh", "summary", ZH)
    )
    analyze(episode)
    assert _links(episode, "summary") == [[0, 1, 2, 3]]


def test_no_other_track_means_no_counterparts() -> None:
    episode = _episode(_track("en", "transcript", EN))
    analyze(episode)
    assert all(p.counterparts == {} for p in episode.reading)
    assert [p.sponsor for p in episode.reading] == [False, False, True, False, False, False]


def test_empty_transcript() -> None:
    episode = _episode(_track("en", "transcript", []), chapters=[Chapter("A chapter.")])
    analyze(episode)
    assert episode.reading == []
    assert episode.chapters[0].paragraph is None


def test_chapters_in_order_and_insights_anywhere() -> None:
    chapters = [
        Chapter("How Crumbly grew from 3 shops, and Ada Brenner's $50,000 loan."),
        Chapter("The Ferngrove Foods deal and 800 supermarkets.", ["$12 million partnership"]),
        Chapter("Revenue of $1.9 billion and stores in Osaka, Japan."),
    ]
    episode = _episode(
        _track("en", "transcript", EN), _track("zh-Hans", "summary", ZH), chapters=chapters
    )
    episode.insights = [
        Insight("Where will the new stores open?", "In Osaka, Japan: 25 stores."),
        Insight("What did the founder start with?", "A loan of $50,000 from Ada Brenner's bank."),
    ]
    analyze(episode)
    assert [c.paragraph for c in episode.chapters] == [0, 3, 5]
    assert [i.paragraph for i in episode.insights] == [5, 1]


# A summary with no shared words or numbers at all that leaves out the aside (MENDING_EN[3]).
MENDING_EN = [
    "Today I want to talk about mending a wool jumper. A small hole in the elbow is not the end "
    "of it, and you do not need to be good at sewing to fix it.",
    "First, find a darning mushroom or any smooth round thing, like a lemon. Put it inside the "
    "sleeve under the hole, so the knitting is stretched a little and lies flat.",
    "Then take a blunt needle and yarn of about the same thickness. Work a row of small running "
    "stitches around the hole, a finger's width away from the edge, where the wool is strong.",
    "By the way, my neighbour's cat walked across my table while I was recording this. She sat "
    "on the microphone for a while and refused to move. I gave up and made some tea.",
    "Now weave across the hole. Lay threads from one side to the other, close together, and "
    "then go over and under them in the other direction, like a tiny basket.",
    "When you are done, steam it gently with an iron held above the cloth. The new threads "
    "settle in, and after a few washes the patch is hard to see.",
]
MENDING_ZH = [
    "今天我想聊聊怎样修补羊毛衫。手肘上的小洞并不意味着衣服就不能穿了,而且不需要很会缝纫也能补好。",
    "首先,找一个织补蘑菇或者任何光滑的圆东西,比如柠檬,把它放进袖子里垫在洞的下面,让织物稍微绷紧、铺平。",
    "然后拿一根钝头的针和粗细差不多的毛线,在离洞口边缘一指宽、毛线还结实的地方,用细小的平针绕着洞缝一圈。",
    "接着在洞上编织。先从一边到另一边紧密地铺上一排线,再从另一个方向在这些线之间上下穿过,就像编一个小篮子。",
    "完成以后,把熨斗悬在布料上方轻轻地用蒸汽熨一下。新线会慢慢服帖,洗过几次之后补丁就几乎看不出来了。",
]


def test_without_anchors_a_skipped_passage_does_not_pull_its_neighbours_off() -> None:
    episode = _episode(
        _track("en", "transcript", MENDING_EN), _track("zh-Hans", "summary", MENDING_ZH)
    )
    analyze(episode)
    links = _links(episode, "summary")
    assert links[:3] == [[0], [1], [2]]
    assert links[4:] == [[3], [4]]
    # The aside should align to nothing. Length shows the fourth summary paragraph is too short
    # for the aside and the weaving together, but not which of the two it left out (they are of
    # a length), so for now the aside goes with a neighbour: the limit of length evidence here.
    assert links[3] in ([], [2], [3])


def _covers_in_order(ranges: list[TextRange], texts: list[str]) -> None:
    """The ranges run through ``texts`` in order without overlap and leave out only spaces."""
    previous = (0, 0)
    kept = [list(text) for text in texts]
    for piece in ranges:
        assert (piece.paragraph, piece.start) >= previous and piece.end > piece.start, piece
        previous = (piece.paragraph, piece.end)
        kept[piece.paragraph][piece.start : piece.end] = [" "] * (piece.end - piece.start)
    assert not "".join("".join(k) for k in kept).strip()


def test_rows_hold_every_sentence_of_both_tracks_once_in_order() -> None:
    episode = _episode(_track("en", "transcript", EN), _track("zh-Hans", "summary", ZH))
    analyze(episode)
    rows = episode.rows["summary"]
    _covers_in_order([r for row in rows for r in row.transcript], [p.text for p in episode.reading])
    _covers_in_order([r for row in rows for r in row.counterpart], ZH)
    sponsor = [row for row in rows if row.sponsor]
    assert sponsor and all(not row.counterpart for row in sponsor)
    texts = [p.text for p in episode.reading]
    assert "kettlewise.com" in " ".join(side_text(row.transcript, texts) for row in sponsor)
    # Sentence-level pairs: the Ferngrove deal sits beside its own Chinese sentence.
    deal = next(row for row in rows if "Ferngrove" in side_text(row.transcript, texts))
    assert side_text(deal.counterpart, ZH).startswith("2019年")
    assert "800" not in side_text(deal.counterpart, ZH)


def test_no_other_track_means_no_rows() -> None:
    episode = _episode(_track("en", "transcript", EN))
    analyze(episode)
    assert episode.rows == {}
