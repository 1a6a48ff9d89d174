"""Sponsor reads: unit cases for the cues and the mask, and whole pages written for these tests."""

from __future__ import annotations

import pytest

from podreader.model import Episode, Paragraph, Track
from podreader.text.analysis import analyze
from podreader.text.sponsor import has_cue, sign_off_mask, sponsor_mask

# Calls to action, each of a different kind; every one must pass the ASCII prefilter too.
CUES = [
    "This episode is brought to you by Acme.",
    "This week's show is sponsored by Acme Seeds.",
    "A big thanks to our sponsor, Acme.",
    "Use promo code READ at checkout.",
    "Use the code GROW for half price.",
    "Start your free trial today.",
    "Try it free for a month.",
    "Get 20% off your first order.",
    "Your first box is free.",
    "The link is in the description.",
    "VISIT ACME.IO TODAY.",
    "Head over to acme.com/rooftops to sign up.",
    "Come join our listener community on Discord.",
    "You can support the show on Patreon.",
    "Become a patron and hear every episode early.",
    "Please Rate And Review us.",
    "Subscribe to the show wherever you listen.",
    "本期节目由某某赞助。",
    "优惠码是READ。",
]
NOT_CUES = [
    "The company raised money from investors.",
    "THE COMPANY RAISED MONEY.",
    "Use the code editor to write it.",
    "Netflix now has 300 million people who subscribe to it.",
    # Goodbyes
    "Thanks So Much For Listening!",
    "That's all for today on Small Rooftops.",
    "That's the answer for this week.",
    "Send me your kitchen questions, and I'll see you next time.",
    # Funding acknowledgements
    "This series is supported by a grant from the Coastal Heritage Fund.",
    "Thanks to our listeners on Patreon for making this possible.",
    # Stories about advertising
    "The league lost three sponsors after the scandal.",
    "The study was sponsored by the navy.",
    "In 1999 Pets.com spent millions on one advert.",
    "It costs $20,000 a month.",
]


@pytest.mark.parametrize("sentence", CUES)
def test_calls_to_action_are_cues(sentence: str) -> None:
    assert has_cue(sentence)


@pytest.mark.parametrize("sentence", NOT_CUES)
def test_goodbyes_acknowledgements_and_stories_are_not_cues(sentence: str) -> None:
    assert not has_cue(sentence)


def test_a_read_runs_to_its_closing_phrase_and_spares_anchored_content() -> None:
    sentences = [
        "The chip sold 40,000 units.",  # anchored content
        "This show is brought to you by Acme.",
        "They make lovely kettles.",
        "Go to acme.com today.",
        "Now, let's get back to the show.",
        "Sales rose again in 2023.",  # anchored content
    ]
    anchored = [True, False, False, False, False, True]
    assert sponsor_mask(sentences, anchored) == [False, True, True, True, True, False]


def test_a_cue_in_anchored_content_is_not_a_read() -> None:
    sentences = ["Join the community of people who subscribe to it at acme.com."]
    assert sponsor_mask(sentences, [True]) == [False]


def test_a_read_ends_before_the_greeting_that_opens_the_show() -> None:
    sentences = [
        "This episode is brought to you by Acme Seeds.",
        "They post a box of seeds every month.",
        "Use the code GROW for half price.",
        "Hello and welcome to the show.",
        "My guest today keeps bees on a roof.",
        "Ada has 12 hives.",  # anchored content
    ]
    anchored = [False, False, False, False, False, True]
    assert sponsor_mask(sentences, anchored) == [True, True, True, False, False, False]


def test_a_greeting_inside_a_cue_run_stays_in_the_read() -> None:
    sentences = [
        "Our sponsor today is Acme.",
        "Welcome to Acme, they say.",
        "Visit acme.com for more.",
        "Ada has 12 hives.",
    ]
    assert sponsor_mask(sentences, [False, False, False, True]) == [True, True, True, False]


def test_a_read_stays_in_its_page_paragraph() -> None:
    sentences = [
        "This episode is brought to you by Acme.",
        "Go to acme.com today.",
        "So, how did the hives do?",  # a new page paragraph, nothing anchored anywhere
        "Two of them swarmed in May.",
    ]
    assert sponsor_mask(sentences, [False] * 4, {2}) == [True, True, False, False]
    # Without page paragraphs the read runs on as far as it can tell where it ends.
    assert sponsor_mask(sentences, [False] * 4) == [True, True, True, True]


def test_a_host_read_reaches_back_to_its_opener() -> None:
    sentences = [
        "The hives did well.",
        "Quick break to tell you about Knotboard.",
        "I plan every job with it.",
        "Try it free at knotboard.app.",
        "Now, back to the show.",
    ]
    assert sponsor_mask(sentences, [False] * 5, {1, 4}) == [False, True, True, True, True]


def test_an_ordinary_paragraph_between_two_reads_stays() -> None:
    sentences = [
        "This episode is brought to you by Acme.",
        "Go to acme.com today.",
        "The hives did well.",  # its own page paragraph
        "This episode is also brought to you by Beta.",
        "Visit beta.com.",
    ]
    assert sponsor_mask(sentences, [False] * 5, {2, 3}) == [True, True, False, True, True]


def test_a_goodbye_just_before_a_read_joins_it() -> None:
    sentences = ["That was fun.", "Thanks for tuning in.", "Join my community at acme.com."]
    assert sponsor_mask(sentences, [True, False, False]) == [False, True, True]


def test_a_goodbye_alone_is_no_read_but_a_sign_off() -> None:
    sentences = ["Ada has 12 hives.", "That's it for today.", "Until next time!"]
    assert sponsor_mask(sentences, [True, False, False]) == [False, False, False]
    assert sign_off_mask(sentences, [True, False, False]) == [False, True, True]
    # A goodbye the other language renders is no sign-off to leave out; nor is one mid-text.
    assert sign_off_mask(sentences, [True, True, True]) == [False] * 3
    assert (
        sign_off_mask([*sentences, "Ada sold 30 jars."], [True, False, False, True]) == [False] * 4
    )


# A page of our own: three reads (paid, host-read, self-promotion) among ordinary paragraphs,
# one of which tells a story about sponsors, and a funding acknowledgement and a sign-off.
EN = [
    "Hello and welcome to Harbour Notes. Today I'm talking with Ines Alder, who restores old "
    "fishing boats in a yard of 14 sheds.",
    "Ines, how did you start? I bought my first boat in 2009 for 300 euros. It was rotten from "
    "keel to mast, and I spent two winters learning what could be saved.",
    "This episode is brought to you by Tidewell. Tidewell makes waterproof notebooks for people "
    "who work outside. Go to tidewell.com and use the code HARBOUR for your first order.",
    "So what does a restoration cost? It depends on the wood. Oak lasts, but old pine is often "
    "soft all through, and then we start again.",
    "Most of my customers are the grandchildren of fishermen. They remember the boat from "
    "summers at sea and want it back on the water.",
    "Quick break to tell you about Knotboard. I plan every job in the yard with it. It keeps "
    "drawings, orders and invoices in one place, and it works without a signal. Try it free at "
    "knotboard.app.",
    "What is the hardest part of the work? Patience. A hull has to dry slowly, or the planks "
    "crack, so some boats wait a whole winter before anyone paints them.",
    "A story I love: long ago a shipyard near here paid the football club to wear its name. "
    "Sponsors like that kept many small yards alive, and the club still plays in green.",
    "If you like the show, you can support it on Patreon. Patrons hear every episode a day "
    "early and get a monthly letter from the yard. Join us at patreon.com/harbournotes.",
    "Harbour Notes is supported by a grant from the Coastal Heritage Fund.",
    "Ines, thank you. That's all for today on Harbour Notes, see you next week.",
]
READS = [2, 5, 8]
# The Chinese rendering skips the reads, as PodQuest's did, and the story about sponsors too.
ZH = [
    "欢迎收听Harbour Notes。今天我和Ines Alder聊聊,她在一个有14个棚子的船厂里修复旧渔船。",
    "Ines说,她在2009年花300欧元买了第一条船。船从龙骨到桅杆都烂了,她花了两个冬天学习哪些还能救。",
    "修复要花多少钱?这取决于木头。橡木耐用,但旧松木往往里外都软了,只好从头再来。",
    "她的大多数客户是渔民的孙辈。他们记得夏天出海时的那条船,想让它重新下水。",
    "这份工作最难的是什么?是耐心。船体必须慢慢晾干,否则木板会开裂,所以有些船要等上整个冬天才上漆。",
    "Harbour Notes得到了Coastal Heritage Fund的资助。",
    "感谢Ines。今天就到这里,下周见。",
]


def _episode(*, chinese: bool) -> Episode:
    english = Track("en", "transcript", [Paragraph(i, t) for i, t in enumerate(EN)])
    rendering = Track("zh-Hans", "summary", [Paragraph(i, t) for i, t in enumerate(ZH)])
    return Episode(
        id="x",
        title="t",
        podcast="p",
        transcript=english,
        translations=[rendering] if chinese else [],
    )


@pytest.mark.parametrize("chinese", [True, False], ids=["with-chinese", "english-only"])
def test_three_reads_are_folded_whole_and_nothing_else(chinese: bool) -> None:
    episode = _episode(chinese=chinese)
    analyze(episode)
    assert [p.text for p in episode.reading if p.sponsor] == [EN[i] for i in READS]
    assert " ".join(p.text for p in episode.reading) == " ".join(EN)


def test_a_paragraph_the_rendering_skips_is_no_read_by_that_alone() -> None:
    episode = _episode(chinese=True)
    analyze(episode)
    story = next(p for p in episode.reading if p.text == EN[7])  # ZH leaves it out
    assert not story.sponsor
    assert all(p.counterparts["summary"] == [] for p in episode.reading if p.sponsor)
