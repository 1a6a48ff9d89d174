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
