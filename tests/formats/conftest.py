"""Fixture pages for the format tests: text files written for these tests, read as bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def page() -> Callable[[str], bytes]:
    """Bytes of ``fixtures/<name>.txt``."""

    def load(name: str) -> bytes:
        return (FIXTURES / f"{name}.txt").read_bytes()

    return load
