"""The transcript pane: an episode's transcript beside, between or instead of another track."""

from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.pane import MODES, PassageSelection, TranscriptPane

__all__ = ["MODES", "FindBar", "PassageSelection", "TranscriptPane"]
