"""Chapter placement on small texts written for these tests."""

from __future__ import annotations

from podreader.text.chapters import ParagraphTerms, back_to_lead_ins, terms

TEXTS = [
    "Welcome. Today we talk about compost.",
    "Compost needs greens and browns, kitchen scraps and dry leaves.",
    "What about smell?",
    "A heap that smells is too wet: add dry leaves and turn it.",
    "You said worms help too.",
    "Worms eat scraps and leave rich castings behind.",
    "Anyway, the weather was lovely at the allotment this morning.",
    "Worms again: red worms are the ones to buy.",
]
CHAPTERS = ["Greens and browns.", "Why a heap smells and how to fix it.", "Worms and castings."]


def test_starts_move_back_onto_a_short_question_or_remark_that_leads_in() -> None:
    paragraphs = ParagraphTerms([terms(t) for t in TEXTS])
    # The question (2) and the remark sharing "worm" (4) lead in; the aside (6) neither asks
    # nor shares a word with its chapter.
    assert back_to_lead_ins([0, 3, 5], CHAPTERS, paragraphs, TEXTS) == [0, 2, 4]
    assert back_to_lead_ins([0, 3, 7], CHAPTERS, paragraphs, TEXTS) == [0, 2, 7]
    # A start never moves onto the previous chapter's start.
    assert back_to_lead_ins([0, 1, 3], CHAPTERS, paragraphs, TEXTS) == [0, 1, 2]
    assert back_to_lead_ins([0, 2, 3], CHAPTERS, paragraphs, TEXTS) == [0, 2, 3]
