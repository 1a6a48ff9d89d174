"""Counts and names as a reader reads them: "1 bookmark", "3 bookmarks", "English · 简体中文"."""

from __future__ import annotations


def bookmark_count(n: int) -> str:
    return "1 bookmark" if n == 1 else f"{n:,} bookmarks"


#: From this far on an episode counts as read (the last screen never scrolls to its top).
FINISHED = 0.97


def progress_text(fraction: float) -> str:
    """ "read" once finished, else the share read ("1% read" at the least)."""
    if fraction >= FINISHED:
        return "read"
    return f"{max(1, round(fraction * 100))}% read"
