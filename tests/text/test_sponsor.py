from __future__ import annotations

from podreader.text.sponsor import has_cue, sponsor_mask


def test_cues() -> None:
    assert has_cue("This episode is brought to you by Acme.")
    assert has_cue("Use promo code READ at checkout.")
    assert has_cue("Come join our listener community on Discord.")
    assert has_cue("The link is in the description.")
    assert has_cue("本期节目由某某赞助。")
    assert not has_cue("The company raised money from investors.")


def test_cues_in_any_case() -> None:
    assert has_cue("VISIT ACME.IO TODAY.")
    assert has_cue("Thanks So Much For Listening!")
    assert has_cue("Please Rate And Review us.")
    assert not has_cue("THE COMPANY RAISED MONEY.")


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
    sentences = ["Netflix now has 300 million people who subscribe to it."]
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


def test_sign_offs() -> None:
    assert has_cue("That's all for today on the show.")
    assert has_cue("That's the answer for this week.")
    assert has_cue("Send me your questions, and I'll see you next time.")
    assert not has_cue("Use the code editor to write it.")
    sentences = ["Ada has 12 hives.", "That's it for today.", "Until next time!"]
    assert sponsor_mask(sentences, [True, False, False]) == [False, True, True]
