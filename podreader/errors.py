"""Errors shared by layers that must not import each other (``formats`` reads with ``text``)."""

from __future__ import annotations


class ParseError(ValueError):
    """The bytes cannot be read as an episode. ``str(error)`` is one sentence for the user."""
