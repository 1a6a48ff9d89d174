"""Tell English from Chinese, and simplified from traditional Chinese, from the text itself.

Track languages are detected rather than taken from the page: an English show saved in
Chinese view holds a Chinese transcript, and one page can mix scripts between sections.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import opencc

#: Han characters, for a regular expression's character class: the unified ideographs with
#: extension A, the compatibility ideographs, and extensions B to G with their supplement.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Han runs and Latin words in one pass; a run is Latin when its first character is.
_RUNS = re.compile(f"[{HAN}]+|[A-Za-z\u00c0-\u024f]+")

#: How much text is looked at: detection runs on whole transcripts and must stay cheap.
SAMPLE_CHARS = 3_000
#: Han characters given to OpenCC to decide the script.
SCRIPT_SAMPLE_HAN = 1_500
#: One script must outnumber the other this many times to be named.
_SCRIPT_MARGIN = 2


_TRADITIONAL, _SIMPLIFIED, _SHARED = "traditional", "simplified", "shared"
#: Script of each Han character seen so far. At most the size of the Han blocks and in practice
#: a few thousand entries; it spares OpenCC calls on every transcript.
_SCRIPT_OF: dict[str, str] = {}


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def detect_language(text: str) -> str:
    """BCP 47 tag of the text: "en", "zh-Hans", "zh-Hant", "zh" (script unclear) or "und".

    A Han character weighs as much as a Latin word, so Chinese sentences full of English
    product names still count as Chinese. Latin-script text is taken as English, the only
    Latin-script language PodQuest pages hold.
    """
    runs = _RUNS.findall(text[:SAMPLE_CHARS])
    han_runs = [run for run in runs if run[0] > "\u024f"]
    han = sum(map(len, han_runs))
    words = len(runs) - len(han_runs)
    if not han and not words:
        return "und"
    if han < words:
        return "en"
    return _chinese_script("".join(han_runs)[:SCRIPT_SAMPLE_HAN])


def _chinese_script(han: str) -> str:
    """Count distinct characters that only one script uses.

    Each character counts once, so one frequent ambiguous character (后, 里) cannot outvote
    the rest.
    """
    chars = set(han)
    unknown = [char for char in chars if char not in _SCRIPT_OF]
    if unknown:
        _classify(unknown)
    votes = Counter(map(_SCRIPT_OF.get, chars))
    traditional_only, simplified_only = votes[_TRADITIONAL], votes[_SIMPLIFIED]
    if simplified_only > _SCRIPT_MARGIN * traditional_only:
        return "zh-Hans"
    if traditional_only > _SCRIPT_MARGIN * simplified_only:
        return "zh-Hant"
    return "zh"


def _classify(chars: list[str]) -> None:
    """OpenCC changes a character converting t2s if only traditional text uses it, and s2t
    if only simplified text does. One character per line, so no phrase rule spans two."""
    joined = "\n".join(chars)
    to_simplified = _converter("t2s").convert(joined).split("\n")
    to_traditional = _converter("s2t").convert(joined).split("\n")
    if not len(chars) == len(to_simplified) == len(to_traditional):
        return  # not expected from OpenCC; leave unknown characters uncounted
    for char, simplified, traditional in zip(chars, to_simplified, to_traditional, strict=True):
        if simplified != char:
            _SCRIPT_OF[char] = _TRADITIONAL
        elif traditional != char:
            _SCRIPT_OF[char] = _SIMPLIFIED
        else:
            _SCRIPT_OF[char] = _SHARED
