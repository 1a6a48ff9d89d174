"""Numbers in English and Chinese text, read into values.

Search indexes values and alignment uses them as anchors, so every way of writing a number must
land on the same float: ``12 billion``, ``$12B``, ``120亿`` and ``一百二十亿`` all read 1.2e10.
Arithmetic goes through :class:`~decimal.Decimal` so ``$11.9 billion`` equals ``119亿`` exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

NumberKind = Literal["percent", "year", "amount", "number"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    value: float
    kind: NumberKind


_EN_SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_SUFFIX_SCALES = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "tn": 10**12,
}
_ZH_SCALES = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}
_ZH_CURRENCY = "美元|港元|欧元|英镑|日元|人民币|元|块"

_DIGITS = re.compile(
    rf"""
    (?<![A-Za-z0-9_.])(?<!\d,)
    (?P<cur>US\$|[$€£¥￥])?
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?:
        \s?(?P<pct>%|％)
      | (?P<zh>万亿|亿|万|千)
      | (?P<suf>[kKmMbBtT][nN]?|[xX])(?![A-Za-z])
      | \s(?P<word>thousand|million|billion|trillion)\b
      | \s(?P<pctw>percent|per\ cent)\b
    )?
    (?P<cur2>\s?(?:{_ZH_CURRENCY})|\s(?:dollars?|USD|usd|yuan|euros?|pounds)\b)?
    (?P<nian>年)?
    """,
    re.VERBOSE,
)

_EN_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_EN_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_NUMBER_WORDS = frozenset([*_EN_WORDS, *_EN_TENS, *_EN_SCALES])
_NUMBER_WORDS_ASCII = tuple(w.encode("ascii") for w in sorted(_NUMBER_WORDS))
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_JOINER = re.compile(r"(?:[\s-]+|\s+and\s+)")
_SPELLED_TAIL = re.compile(r"\s+(?:(percent|per cent)|(dollars?))\b", re.IGNORECASE)

_ZH_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
_CHINESE = re.compile(
    rf"(?<![数几第])(?P<pct>百分之)?(?P<num>[零〇一二两三四五六七八九十百千万亿]+)(?![多几余])"
    rf"(?P<cur>{_ZH_CURRENCY})?(?P<nian>年)?"
)

# The characters a match of _DIGITS (US$, a currency sign, a digit) or of _CHINESE (百分之, a
# numeral) starts with.
_DIGITS_FIRST = re.compile(r"[U$€£¥￥\d]")
_CHINESE_FIRST = re.compile(r"[百零〇一二两三四五六七八九十千万亿]")


def _section(chars: str) -> int | None:
    """Value of a numeral below 10,000 such as 三百零五, 十二, 二十."""
    total = 0
    digit: int | None = None
    for ch in chars:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_UNIT:
            total += (1 if digit is None else digit) * _ZH_UNIT[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _zh_value(chars: str) -> int | None:
    for mark, scale in (("亿", 10**8), ("万", 10**4)):
        if mark in chars:
            head, _, tail = chars.rpartition(mark) if mark == "亿" else chars.partition(mark)
            high = _zh_value(head) if head else 1
            low = _zh_value(tail) if tail else 0
            if high is None or low is None:
                return None
            return high * scale + low
    return _section(chars)


def _year_like(value: Decimal) -> bool:
    return value == value.to_integral_value() and 1000 <= value <= 2999


def _digit_mention(m: re.Match[str]) -> NumberMention:
    raw = m.group("num").replace(",", "")
    value = Decimal(raw)  # the pattern only admits plain decimals
    currency = bool(m.group("cur") or m.group("cur2"))
    kind: NumberKind = "number"
    end = m.end()
    if m.group("pct") or m.group("pctw"):
        kind = "percent"
    elif m.group("zh"):
        value *= _ZH_SCALES[m.group("zh")]
    elif m.group("word"):
        value *= _EN_SCALES[m.group("word").lower()]
    elif suffix := m.group("suf"):
        low = suffix.lower()
        if low == "x":
            pass  # 8X growth: a multiple, read as its number
        elif currency or suffix.isupper() or low in ("k", "bn", "mn", "tn"):
            value *= _SUFFIX_SCALES[low]
        else:
            end = m.end("num")  # 5m or 3t: a unit we do not know, keep the bare number
            currency = bool(m.group("cur"))
    if kind != "percent" and currency:
        kind = "amount"
    if m.group("nian"):
        if kind == "number" and _year_like(value) and "." not in raw:
            kind = "year"
        else:
            end = m.end("nian") - 1  # 5年 is a duration: leave 年 out of the mention
    elif (
        kind == "number"
        and end == m.end("num")
        and "," not in m.group("num")
        and len(raw) == 4
        and _year_like(value)
    ):
        kind = "year"
    return NumberMention(m.start(), end, float(value), kind)


def _spelled_value(words: list[str]) -> int | None:
    """Value of number words in English order; None for a list such as "five six"."""
    total = 0
    current = 0
    previous = ""  # "unit" (one..nineteen), "tens", or "" after a scale word or "and"
    for word in words:
        if word in _EN_WORDS:
            if previous == "unit":
                return None
            current += _EN_WORDS[word]
            previous = "unit"
        elif word in _EN_TENS:
            if previous:
                return None
            current += _EN_TENS[word]
            previous = "tens"
        elif word == "hundred":
            current = (current or 1) * 100
            previous = ""
        elif word in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[word]
            current = 0
            previous = ""
        elif word != "and":
            return None
    return total + current


def _spelled_mentions(text: str) -> list[NumberMention]:
    """Runs of number words such as "three", "twenty-five", "two hundred and fifty thousand"."""
    out: list[NumberMention] = []
    pos = 0
    # Only a number word starts a run, so jump from one to the next and read the words after
    # it one at a time only while the run goes on.
    for start in _number_word_starts(text):
        if start < pos:
            continue
        first = _ASCII_WORD.match(text, start)
        assert first is not None
        run = [first]
        pos = first.end()
        while m := _ASCII_WORD.search(text, pos):
            pos = m.end()
            word = m.group().lower()
            if word in _NUMBER_WORDS or (word == "and" and run[-1].group().lower() in _EN_SCALES):
                if _JOINER.fullmatch(text, run[-1].end(), m.start()):
                    run.append(m)
                    continue
                _close_run(text, run, out)
                run = [m] if word != "and" else []
                if run:
                    continue
            else:
                _close_run(text, run, out)
                run = []
            break
        if run:
            _close_run(text, run, out)
    return out


def _number_word_starts(text: str) -> list[int]:
    """Where a whole ASCII word (as :data:`_ASCII_WORD` finds it) is a number word, in order.

    Searching a lower-case ASCII copy for each number word is far quicker than reading every
    word; other characters become one "?" each, so offsets stay the same.
    """
    low = text.encode("ascii", "replace").lower()
    starts = []
    for word in _NUMBER_WORDS_ASCII:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            if not low[i - 1 : i].isalpha() and not low[end : end + 1].isalpha():
                starts.append(i)
            i = low.find(word, i + 1)
    starts.sort()
    return starts


def _close_run(text: str, run: list[re.Match[str]], out: list[NumberMention]) -> None:
    """Read a run of number words into ``out`` when it makes a number."""
    words = [m.group().lower() for m in run]
    while words and words[-1] == "and":
        words.pop()
        run.pop()
    if not words or words == ["one"]:
        return  # "one of", "no one": far too common to mean the number
    value = _spelled_value(words)
    if value is None:
        return
    end = run[-1].end()
    kind: NumberKind = "number"
    if tail := _SPELLED_TAIL.match(text, end):
        kind = "percent" if tail.group(1) else "amount"
        end = tail.end()
    out.append(NumberMention(run[0].start(), end, float(value), kind))


def _chinese_mention(m: re.Match[str]) -> NumberMention | None:
    chars = m.group("num")
    has_digit = any(ch in _ZH_DIGIT for ch in chars)
    if not has_digit and not chars.startswith("十"):
        return None  # 百, 万, 千万 alone are words (hundreds of, must), not numbers
    if chars == "一" and not m.group("pct"):
        return None  # 一个, 一些, 一直: the article, not the number one
    if chars in ("十分", "万一", "一一"):
        return None
    kind: NumberKind = "percent" if m.group("pct") else "number"
    end = m.end()
    if all(ch in _ZH_DIGIT for ch in chars) and len(chars) > 1:
        # 二〇二四年 is a year read digit by digit; 一两 (one or two) is not a number.
        if not (m.group("nian") and len(chars) == 4):
            return None
        value = int("".join(str(_ZH_DIGIT[ch]) for ch in chars))
        return NumberMention(m.start(), end, float(value), "year")
    parsed = _zh_value(chars)
    if parsed is None:
        return None
    if m.group("nian"):
        end -= 1
    if m.group("cur") and kind == "number":
        kind = "amount"
    return NumberMention(m.start(), end, float(parsed), kind)


def _matches(pattern: re.Pattern[str], first: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, given ``first``: the characters a match can start with.

    Both patterns open with look-behinds, which keep the regex engine from skipping ahead to a
    character that could start a match; ``first`` is one character class, which it skips fast.
    """
    out = []
    pos = 0
    while start := first.search(text, pos):
        if m := pattern.match(text, start.start()):
            out.append(m)
            pos = m.end()
        else:
            pos = start.start() + 1
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` with its value, in order and without overlaps."""
    found = [_digit_mention(m) for m in _matches(_DIGITS, _DIGITS_FIRST, text)]
    found.extend(_spelled_mentions(text))
    if any(ch in text for ch in "零〇一二两三四五六七八九十"):
        for m in _matches(_CHINESE, _CHINESE_FIRST, text):
            if (mention := _chinese_mention(m)) is not None:
                found.append(mention)
    found.sort(key=lambda x: (x.start, -x.end))
    out: list[NumberMention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out


def parse_number(text: str) -> float | None:
    """The value of ``text`` when it is one number and nothing else, such as a search query."""
    stripped = text.strip()
    mentions = find_numbers(stripped)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(stripped):
        return mentions[0].value
    return None
