"""The transcript pane: an episode's transcript beside, between or instead of another track."""

from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.pane import PassageSelection, TranscriptPane

__all__ = ["FindBar", "PassageSelection", "TranscriptPane"]
