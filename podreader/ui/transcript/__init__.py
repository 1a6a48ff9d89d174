"""The transcript pane: an episode's transcript beside, between or instead of another track."""

from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.pane import TranscriptPane
from podreader.ui.transcript.places import PassageSelection

__all__ = ["FindBar", "PassageSelection", "TranscriptPane"]
