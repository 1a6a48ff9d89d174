"""Sponsor reads and self-promotion: passages a translation leaves out, folded in the pane.

A sponsor read is paid or self-promotion with a call to action: "brought to you by", "this
episode is sponsored by", an offer (a free trial, "20% off", a first box at half price), a code,
a link (a web address after "visit" / "go to" / "at", "link in the description"), a community,
newsletter or Patreon to join, a request to subscribe or review. A goodbye ("That's all for
today", "see you next time", "send me your questions"), a funding acknowledgement ("supported by
a grant from …") or a story about advertising ("the club lost its sponsors") is none, and neither
is a passage merely because nothing in it is found in the other language: reads are folded away,
so a false one hides content.

A sentence with a call to action and no anchor in the other language seeds a read. Seeds close
together with no anchored sentence between join into one read, across at most one page
paragraph break and none where a new read opens, so an ordinary paragraph between two reads stays.
A read reaches back to its opener within its page paragraph ("Quick break to tell you about …",
"Support for this show comes from …") and over a goodbye just before it ("Thanks for tuning in.
Join my community …"); it runs on to the end of its page paragraph or to a closing phrase ("let's
get back to the show"), stopping before a greeting that opens the show ("Hello and welcome to
…"). Page paragraphs matter only where they break between sentences: pages cut by length break
mid-sentence, and there a read is bounded by its cues alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_WEB = r"(?:www\.)?[a-z0-9-]+\.(?:com|io|ai|co|net|org|fm|app)\b"
_CUES = re.compile(
    r"brought to you by|\b(?:our|today'?s|this (?:week|episode|show)'?s?) sponsors?\b"
    r"|\b(?:episode|show|podcast|video|segment|series|hour)\b[^.?!]{0,30}"
    r"\b(?:sponsored|presented) by"
    r"|\b(?:promo(?:tion(?:al)?)?|discount|coupon|offer|referral) code\b"
    r"|\b(?:use|enter|with|apply) (?:the |my |our )?code (?-i:[A-Z0-9]{3,})\b"
    r"|\bfree trial\b|\btry (?:it|them|us|\w+) (?:for )?free\b"
    r"|\b(?:get|save|take) (?:up to )?\d+ ?(?:%|percent) off\b"
    r"|\bfirst (?:month|box|order|week|year|delivery)s? (?:is |are )?(?:free|on us|at half price)"
    r"|link (?:is )?in (?:the|my|our) (?:description|show ?notes|episode notes|bio)"
    r"|\blinks? (?:is |are )?below\b"
    rf"|\b(?:visit|go to|head (?:over )?to|check out|sign up at|at) {_WEB}"
    r"|\b[a-z0-9-]+\.(?:com|io|ai|co|net|org|fm|app)/[a-z0-9]"
    r"|\bjoin\b[^.?!]{0,80}\b(?:community|newsletter|discord|patreon|membership|mailing list)\b"
    r"|\b(?:support|back|join|find) (?:us |me |it |the show )?on patreon\b|patreon\.com"
    r"|\bbecome a patron\b"
    r"|\b(?:subscribe|follow) (?:to )?(?:the|this|our|my) (?:show|podcast|channel|newsletter)\b"
    r"|\bhit (?:the )?subscribe\b|\brate(?:,| and) review\b|\bleave (?:us |me )?a (?:rating|review)"
    r"|本期节目由|感谢.{0,8}赞助|赞助商(?:是|为)|优惠码|折扣码|简介中的链接|链接在(?:简介|描述|下方)"
    r"|加入.{0,12}(?:社群|社区)|(?:订阅|关注)(?:我们|本节目|频道)",
    re.IGNORECASE,
)
# Every English cue above holds one of these pieces. In ASCII text the case-blind pattern
# matches just what it would in lower case, so a plain substring test rules most sentences out
# before the (slow) pattern runs; other text goes straight to the pattern.
_ASCII_HINTS = (
    "brought to you",
    "sponsor",
    "presented by",
    "code",
    "free",
    " off",
    "first",
    "link",
    ".co",
    ".io",
    ".ai",
    ".net",
    ".org",
    ".fm",
    ".app",
    "join",
    "patreon",
    "patron",
    "subscribe",
    "follow",
    "review",
    "rating",
)
# Where a read may begin without a call to action of its own; the action comes later.
_OPENER = re.compile(
    r"\bquick (?:break|word)\b|\b(?:a|one) (?:quick |short )?word from\b"
    r"|\b(?:let me|i want to|i'd like to|i(?:'ve| have) got to|i need to) tell you about\b"
    r"|\bsupport for (?:this|the) (?:show|podcast|episode) comes from\b"
    r"|\b(?:this|today'?s) (?:episode|show|podcast) is (?:supported|sponsored|brought to you) by\b"
    r"|brought to you by|\b(?:our|today'?s) sponsors?\b|本期节目由|赞助商(?:是|为)",
    re.IGNORECASE,
)
_GOODBYE = re.compile(
    r"\bthanks? (?:you )?(?:so |very )?(?:much )?for (?:tuning in|listening|watching|joining)"
    r"|\bsee you (?:next|again)|\buntil next time|\bsend (?:me|us) your\b"
    r"|that'?s (?:all|it|the \w+) for (?:today|tonight|this week|now)"
    r"|\bhave a (?:great|fantastic|wonderful|good) (?:rest of your )?(?:day|week|weekend)"
    r"|感谢收听|下期见",
    re.IGNORECASE,
)
_RETURN = re.compile(
    r"let'?s (?:get|dive|jump) (?:into|in|started|back)|back to the (?:show|episode)"
    r"|without further ado|\bon with the show|回到正题|言归正传",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:(?:hello|hi|hey)(?: there)?(?: and)?,? (?:welcome|everyone|everybody)"
    r"|welcome (?:back )?to)\b"
    r"|^(?:大家好|欢迎(?:收听|来到))",
    re.IGNORECASE,
)
#: Sentences that may separate two cues of one read.
MAX_GAP = 10
#: Sentences a read may run on after its last cue, or reach back to its opener.
MAX_SPREAD = 6


class _Openers:
    """Whether each sentence may open a read, looked at only where a read is being bounded:
    the pattern is slow, and most sentences are nowhere near a cue."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self._sentences = sentences
        self._found: dict[int, bool] = {}

    def __getitem__(self, i: int) -> bool:
        found = self._found.get(i)
        if found is None:
            found = self._found[i] = bool(_OPENER.search(self._sentences[i]))
        return found


def has_cue(sentence: str) -> bool:
    """Does the sentence carry a sponsor read's call to action?"""
    if sentence.isascii():
        low = sentence.lower()
        if not any(hint in low for hint in _ASCII_HINTS):
            return False
    return bool(_CUES.search(sentence))


def sponsor_mask(
    sentences: Sequence[str], anchored: Sequence[bool], breaks: Collection[int] = ()
) -> list[bool]:
    """For each sentence: is it part of a sponsor read or self-promotion?

    ``anchored[i]`` says sentence i has something found in the other language; ``breaks`` holds
    the sentences that begin a page paragraph at a sentence boundary (none: one paragraph).
    """
    n = len(sentences)
    block = [0] * n  # page paragraph of each sentence, counting only breaks between sentences
    for i in range(1, n):
        block[i] = block[i - 1] + (i in breaks)
    opener = _Openers(sentences)
    seeds = [i for i in range(n) if not anchored[i] and has_cue(sentences[i])]
    mask = [False] * n
    k = 0
    while k < len(seeds):
        first = last = seeds[k]
        k += 1
        while k < len(seeds) and _joins(last, seeds[k], anchored, block, opener):
            last = seeds[k]
            k += 1
        end = _run_on(last, sentences, anchored, block, opener)
        start = _reach_back(first, sentences, anchored, block, opener)
        mask[start:end] = [True] * (end - start)
    return mask


def _joins(
    last: int, seed: int, anchored: Sequence[bool], block: list[int], opener: _Openers
) -> bool:
    """Is ``seed`` part of the read whose latest cue is ``last``?"""
    if seed - last > MAX_GAP or any(anchored[last:seed]):
        return False
    if block[seed] == block[last]:
        return True
    # A read may go on in the next page paragraph, unless a new read opens there; a whole
    # paragraph without a cue between two cues is content between two reads.
    return block[seed] == block[last] + 1 and not any(opener[i] for i in range(last + 1, seed + 1))


def _reach_back(
    first: int,
    sentences: Sequence[str],
    anchored: Sequence[bool],
    block: list[int],
    opener: _Openers,
) -> int:
    """Where the read whose first cue is ``first`` begins."""
    start = first
    if not opener[first]:
        for i in range(first - 1, max(-1, first - 1 - MAX_SPREAD), -1):
            if anchored[i] or block[i] != block[first] or _GREETING.search(sentences[i]):
                break
            if opener[i]:
                start = i
                break
    while (
        start > 0
        and not anchored[start - 1]
        and block[start - 1] == block[start]
        and _GOODBYE.search(sentences[start - 1])
    ):
        start -= 1
    return start


def _run_on(
    last: int,
    sentences: Sequence[str],
    anchored: Sequence[bool],
    block: list[int],
    opener: _Openers,
) -> int:
    """Where the read whose last cue is ``last`` ends (exclusive).

    It runs on only to a clear end: a closing phrase, its page paragraph's end, the text's end, or
    just before an anchored sentence, a greeting or another read's opener. A closing phrase that
    opens the next page paragraph ("Now, back to the show.") still belongs to it.
    """
    n = len(sentences)
    stop = last + 1
    while stop < n and stop - last <= MAX_SPREAD:
        if anchored[stop] or opener[stop] or _GREETING.search(sentences[stop]):
            return stop
        if block[stop] != block[last]:
            return stop + 1 if _RETURN.search(sentences[stop]) else stop
        stop += 1
        if _RETURN.search(sentences[stop - 1]):
            return stop
    return stop if stop == n else last + 1


def sign_off_mask(sentences: Sequence[str], anchored: Sequence[bool]) -> list[bool]:
    """For each sentence: is it part of the goodbye that ends the text?

    A sign-off is content, never folded, but a summary or rendering often leaves it out, so it
    may align to nothing like a read. It begins at a goodbye ("That's all for today", "See you next
    time") among the last :data:`MAX_SPREAD` sentences, with no anchored sentence from there on.
    """
    n = len(sentences)
    start = n
    for i in range(n - 1, max(-1, n - 1 - MAX_SPREAD), -1):
        if anchored[i]:
            break
        if _GOODBYE.search(sentences[i]):
            start = i
    return [i >= start for i in range(n)]
