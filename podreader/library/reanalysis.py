"""Bring stored reading views up to the current text analysis.

Reflow, alignment and chapter places are stored at import. When a newer podreader analyses
text better (``ANALYSIS_VERSION`` goes up), or a library predates the reading view, the episodes
are re-analysed from their stored paragraphs, one transaction each.
"""

from __future__ import annotations

from collections.abc import Callable

from podreader.library.store import Library
from podreader.text.analysis import ANALYSIS_VERSION, analyze


def reanalyze_stale(
    library: Library,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Re-analyse every episode stored by an older analysis; returns how many were done."""
    stale = library.stale_analysis(ANALYSIS_VERSION)
    done = 0
    for episode_id in stale:
        if cancelled is not None and cancelled():
            break
        episode = library.episode(episode_id)
        if episode is None:  # deleted meanwhile by another process
            continue
        analyze(episode)
        library.replace_analysis(episode, ANALYSIS_VERSION)
        done += 1
        if progress is not None:
            progress(done, len(stale))
    return done
