"""Counts and names as a reader reads them: "1 bookmark", "3 bookmarks", "English · 简体中文"."""

from __future__ import annotations


def bookmark_count(n: int) -> str:
    return "1 bookmark" if n == 1 else f"{n:,} bookmarks"
