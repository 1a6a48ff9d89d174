"""Sponsor reads and self-promotion: passages that no translation or summary renders.

A passage is a sponsor read when a sentence carries a cue phrase (sponsor, promo code, link in
the description, join ... community, subscribe, rate and review, a sign-off such as "see you next
time" ...) and nothing in it is found in the other language (``anchored`` is False). The read
grows over the neighbouring sentences that have no anchors either, up to a closing phrase such as
"let's get into it", so a whole read aligns to nothing instead of being stretched over real
content. Past its last cue it stops before a greeting ("Hello and welcome to ..."): in a
summary with few anchors, the show's opening has none either, yet it is content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CUES = re.compile(
    r"\bsponsor(?:s|ed|ing)?\b|brought to you by|promo(?:tion(?:al)?)? code|coupon|discount code"
    r"|\bjoin\b[^.?!]{0,80}\b(?:community|newsletter|discord|patreon|membership)\b"
    r"|\b[a-z0-9-]+\.(?:com|io|ai|co|net|org)\b|link (?:is )?in the (?:description|show ?notes)"
    r"|links? below|\bsubscribe\b|rate(?:,| and) review|leave (?:us )?a review|free trial"
    r"|\bpatreon\b|thanks? (?:you )?(?:so much )?for (?:tuning in|listening|watching)"
    r"|\buse (?:the )?code (?-i:[A-Z0-9]{3,})\b|see you next (?:time|week)|until next time"
    r"|that'?s (?:all|it|the \w+) for (?:today|tonight|this week|now)"
    r"|send (?:me|us) your\b"
    r"|赞助|本期节目由|优惠码|折扣码|订阅|点赞|关注我们|简介中的链接|链接在|加入.{0,12}社群|感谢收听",
    re.IGNORECASE,
)
# Every English cue above holds one of these pieces. In ASCII text the case-blind pattern
# matches just what it would in lower case, so a plain substring test rules most sentences out
# before the (slow) pattern runs; other text goes straight to the pattern.
_ASCII_HINTS = (
    "sponsor",
    "brought to you by",
    "promo",
    "coupon",
    "discount code",
    "join",
    ".co",
    ".io",
    ".ai",
    ".net",
    ".org",
    "link",
    "subscribe",
    "review",
    "free trial",
    "patreon",
    "thank",
    "code",
    "next time",
    "next week",
    "for today",
    "for tonight",
    "for this week",
    "for now",
    "send ",
)
_RETURN = re.compile(
    r"let'?s (?:get|dive|jump) (?:into|in|started|back)|back to the (?:show|episode)"
    r"|without further ado|回到正题|言归正传",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:(?:hello|hi|hey)(?: there)?(?: and)?,? (?:welcome|everyone|everybody)"
    r"|welcome (?:back )?to)\b"
    r"|^(?:大家好|欢迎(?:收听|来到))",
    re.IGNORECASE,
)
#: Anchorless sentences that may separate two cues of one read.
MAX_GAP = 10
#: Anchorless sentences a read may run on after its last cue when looking for where it ends.
MAX_SPREAD = 6


def has_cue(sentence: str) -> bool:
    if sentence.isascii():
        low = sentence.lower()
        if not any(hint in low for hint in _ASCII_HINTS):
            return False
    return bool(_CUES.search(sentence))


def sponsor_mask(sentences: Sequence[str], anchored: Sequence[bool]) -> list[bool]:
    """For each sentence: is it part of a sponsor read or self-promotion?"""
    n = len(sentences)
    mask = [False] * n
    seeds = [i for i in range(n) if not anchored[i] and has_cue(sentences[i])]
    for k, seed in enumerate(seeds):
        mask[seed] = True
        nxt = seeds[k + 1] if k + 1 < len(seeds) else None
        if nxt is not None and nxt - seed <= MAX_GAP and not any(anchored[seed:nxt]):
            mask[seed:nxt] = [True] * (nxt - seed)
            continue
        # Run on to a closing phrase, the next anchored sentence or the end of the text.
        stop = seed + 1
        while stop < n and stop - seed <= MAX_SPREAD and not anchored[stop]:
            if _GREETING.search(sentences[stop]):
                break  # the show begins: the read ended just before
            stop += 1
            if _RETURN.search(sentences[stop - 1]):
                break
        if stop - seed <= MAX_SPREAD:
            mask[seed:stop] = [True] * (stop - seed)
    return mask
