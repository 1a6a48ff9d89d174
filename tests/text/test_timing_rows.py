"""Rows of a timed pair: sentences paired by their cue times, on a VTT pair written for this
test (``fixtures/nightsky.*.vtt``) whose cues are cut differently in the two languages: a
Chinese title card before the speech, two English cues merged into one Chinese cue (twice), a
cue of two sentences split into two cues, a music cue the translation dropped, and cues that
hold two sentences in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from podreader.library.codec import rows_dicts
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.model import Episode, Paragraph
from podreader.paths import DataPaths
from podreader.text.analysis import analyze
from podreader.text.timing import pair_by_time, sentence_spans, time_at

FIXTURES = Path(__file__).parent / "fixtures"
#: The hand alignment: each row as (English, Chinese), in order.
EXPECTED = [
    ("", "夜空漫谈"),
    ("Good evening and welcome to Night Sky.", "晚上好，欢迎收听《夜空》。"),
    ("Tonight we look at the winter stars.", "今晚我们来看冬季的星星。"),
    ("Orion rises in the east after dark.", "天黑后，猎户座从东方升起。"),
    ("Its belt has three bright stars in a row.", "它的腰带上有三颗亮星排成一行。"),
    (
        "Below the belt hangs a faint sword. The middle star of the sword is really a nebula.",
        "腰带下面挂着一把暗淡的剑，剑中间的那颗星其实是一团星云。",
    ),
    ("How far away is it?", "它有多远？"),
    ("About thirteen hundred light years.", "大约一千三百光年。"),
    ("That is close, for a nebula.", "对星云来说，这算很近了。"),
    ("(Theme music plays.)", ""),
    ("Next, look up and to the left of Orion.", "接下来，向猎户座的左上方看。"),
    ("You will find Sirius, the brightest star of all.", "你会找到天狼星，全天最亮的恒星。"),
    ("It twinkles in many colours near the horizon.", "在地平线附近，它会闪烁出许多种颜色。"),
    ("Why does it change colour?", "它为什么会变色？"),
    ("The air bends its light.", "空气使它的光发生弯折。"),
    ("Each colour bends by a different amount.", "每种颜色弯折的程度不同。"),
    ("Higher in the sky the effect fades.", "在天空更高处，这种效果就消失了。"),
    (
        "Now turn to the north. The Plough points to the Pole Star.",
        "现在转向北方，北斗七星指向北极星。",
    ),
    ("Follow the two end stars of its bowl.", "沿着斗口的两颗星看过去。"),
    ("They lead you straight to Polaris.", "它们会把你直接带到北极星。"),
    ("Polaris hardly moves all night.", "北极星整夜几乎不动。"),
    ("So sailors used it to steer?", "所以水手用它来导航？"),
    ("Yes, for hundreds of years.", "是的，用了几百年。"),
    ("That is all for tonight.", "今晚就到这里。"),
    ("Clear skies, everyone.", "祝大家天天晴朗。"),
    ("[music] Thanks for listening.", "感谢收听。"),
]


def _imported(tmp_path: Path) -> Episode:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("nightsky.en.vtt", "nightsky.zh.vtt"):
        shutil.copy(FIXTURES / name, folder / name)
    with Library(DataPaths(tmp_path / "data")) as library:
        (result,) = import_paths(library, [folder])
        episode = library.episode(result.episode_id or "")
    assert episode is not None
    return episode


def _flat(text: str) -> str:
    return " ".join(text.split()).replace("\n", "")


def test_rows_of_a_timed_pair_pair_the_sentences_spoken_together(tmp_path: Path) -> None:
    episode = _imported(tmp_path)
    rows = [
        (_flat(r["transcript"]), r["counterpart"].replace("\n", "")) for r in rows_dicts(episode)
    ]
    assert rows == EXPECTED


def test_every_sentence_is_in_one_row_in_order_and_paragraph_links_stay(tmp_path: Path) -> None:
    episode = _imported(tmp_path)
    rows = rows_dicts(episode)
    english = " ".join(_flat(p.text) for p in episode.reading)
    chinese = "".join(p.text.replace("\n", "") for p in episode.translations[0].paragraphs)
    assert " ".join(_flat(r["transcript"]) for r in rows if r["transcript"]) == english
    assert "".join(r["counterpart"].replace("\n", "") for r in rows) == chinese.replace(" ", "")
    # The paragraph-level links by time are still there, for bookmarks and exports.
    assert episode.reading[0].counterparts["zh-Hans"]


def test_cue_times_survive_the_library_so_re_analysis_gives_the_same_rows(
    tmp_path: Path,
) -> None:
    episode = _imported(tmp_path)
    first = episode.transcript.paragraphs[0]
    assert first.cues[:2] == (
        (0, 3.0, 6.0),
        (len("Good evening and welcome to Night Sky. "), 6.0, 9.5),
    )
    stored = dict(episode.rows)
    analyze(episode)
    assert episode.rows == stored


def test_time_inside_a_cue_goes_by_character_position() -> None:
    paragraph = Paragraph(
        0, "abcd" + "efghijkl", 10.0, 22.0, None, ((0, 10.0, 12.0), (4, 12.0, 22.0))
    )
    assert time_at(paragraph, 2) == 11.0
    assert time_at(paragraph, 8) == 17.0
    # Kept without cue times (an older library): the paragraph as one cue.
    assert time_at(Paragraph(0, "abcd", 0.0, 4.0), 1) == 1.0
    assert sentence_spans([paragraph], [0], [(0, 4), (4, 12)]) == [(10.0, 12.0), (12.0, 22.0)]


_SPANS = st.lists(
    st.tuples(st.floats(0, 100), st.floats(0, 5)).map(lambda t: (t[0], t[0] + t[1])), max_size=25
).map(sorted)


@given(_SPANS, _SPANS, st.data())
def test_pairing_keeps_every_sentence_once_in_order(
    source: list[tuple[float, float]], target: list[tuple[float, float]], data: st.DataObject
) -> None:
    left_out = data.draw(st.lists(st.booleans(), min_size=len(source), max_size=len(source)))
    rows = pair_by_time(list(source), list(target), left_out)
    assert [i for ids, _ in rows for i in ids] == list(range(len(source)))
    assert [j for _, ids in rows for j in ids] == list(range(len(target)))
    assert all(ids or others for ids, others in rows)
