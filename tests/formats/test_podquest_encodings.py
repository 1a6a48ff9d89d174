"""One page saved the ways real files come: every copy is the same episode with the same fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from podreader.formats.podquest import parse

Page = Callable[[str], bytes]


def _variants(text: str) -> dict[str, bytes]:
    return {
        "utf-8-bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf-16-le-bom": text.encode("utf-16"),
        "utf-16-be-bom": b"\xfe\xff" + text.encode("utf-16-be"),
        "gb18030": text.encode("gb18030"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "nbsp": text.replace(" ", "\u00a0").encode("utf-8"),
        "narrow-nbsp": text.replace(", ", ",\u202f").encode("utf-8"),
        "zero-width": text.replace("Street", "Str\u200beet").encode("utf-8"),
    }


@pytest.mark.parametrize("name", ["full_english", "chinese_simplified", "chinese_traditional"])
@pytest.mark.parametrize("variant", list(_variants("")))
def test_saved_variants_parse_identically(page: Page, name: str, variant: str) -> None:
    data = page(name)
    original = parse(data)
    assert parse(_variants(data.decode("utf-8"))[variant]) == original
