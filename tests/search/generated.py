"""A generated archive and queries of every kind over it, for comparing podreader with Whoosh.

Words are made of syllables, so that many share a prefix (``ka*`` expands to dozens), and are
drawn with Zipf frequencies, so that some are in most passages and some in one. Titles are made
of common words, so the title boost often lifts a passage past better-scoring ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from podreader.model import Episode
from tests.search.factories import make_episode

_SYLLABLES = ["ka", "lo", "mi", "ta", "ren", "sol", "vi", "dor", "pe", "lun", "ar", "bes", "tho"]
_HAN = "港口渡轮领航员引导安静天气海风船长码头货物夜晚灯塔潮水航线城市市场经济合作国际"
_AMOUNTS = ["12 billion", "$12B", "120亿", "3 million", "300万", "45%"]


@dataclass(frozen=True, slots=True)
class Archive:
    episodes: list[Episode]
    queries: list[str]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))))
    return sorted(words)


def generate(seed: int, episodes: int, paragraphs: int) -> Archive:
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 500)
    rng.shuffle(vocabulary)  # rank in the shuffled list is the word's frequency rank
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]

    def words(count: int) -> list[str]:
        return rng.choices(vocabulary, weights, k=count)

    def english() -> str:
        text = " ".join(words(rng.randint(8, 30)))
        if rng.random() < 0.1:
            text += f" it cost {rng.choice(_AMOUNTS)}"
        return text.capitalize() + "."

    def chinese() -> str:
        return "".join(rng.choice(_HAN) for _ in range(rng.randint(12, 30))) + "。"

    made = [
        make_episode(
            f"ep{n:03d}",
            [english() for _ in range(paragraphs)],
            [chinese() for _ in range(rng.randint(1, 4))],
            title=" ".join(rng.choices(vocabulary[:60], k=3)).title(),
            podcast=f"Podcast {n % 4}",
            published=date(2023 + n % 3, 1 + n % 12, 1 + n % 28),
        )
        for n in range(episodes)
    ]
    return Archive(made, _queries(rng, vocabulary, made))


def _queries(rng: random.Random, vocabulary: list[str], episodes: list[Episode]) -> list[str]:
    common, rare = vocabulary[:40], vocabulary[200:]

    def passage_words() -> list[str]:
        episode = rng.choice(episodes)
        text = rng.choice(episode.transcript.paragraphs).text.rstrip(".").lower()
        return text.split()

    def chinese_word() -> str:
        text = rng.choice(rng.choice(episodes).translations[0].paragraphs).text
        size = rng.randint(2, 4)
        start = rng.randrange(len(text) - size)
        return text[start : start + size]

    def phrase() -> str:
        found = passage_words()
        start = rng.randrange(max(1, len(found) - 2))
        return '"' + " ".join(found[start : start + rng.randint(2, 3)]) + '"'

    def prefix() -> str:
        return rng.choice(vocabulary[:100])[: rng.randint(2, 3)] + "*"

    kinds = [
        (40, lambda: rng.choice(common)),
        (30, lambda: rng.choice(rare)),
        (30, lambda: f"{rng.choice(common)} {rng.choice(vocabulary[:150])}"),
        (30, phrase),
        (35, chinese_word),
        (25, lambda: f"{rng.choice(common)} OR {rng.choice(rare)}"),
        (15, lambda: f"({rng.choice(common)} OR {rng.choice(common)}) {rng.choice(common)}"),
        (25, lambda: f"{rng.choice(common)} -{rng.choice(common)}"),
        (10, lambda: f"{rng.choice(common)} NOT {chinese_word()}"),
        (35, prefix),
        (15, lambda: f"{prefix()} {rng.choice(common)}"),
        (10, lambda: f"{rng.choice(common)} {rng.choice(_AMOUNTS)}"),
        (10, lambda: f"{rng.choice(common)} date:2024"),
        (10, lambda: f"{chinese_word()} lang:zh"),
    ]
    return [make() for count, make in kinds for _ in range(count)]
