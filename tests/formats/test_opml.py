"""Subscription lists: entities, character references, CRLF, nesting, encodings, no DTD tricks."""

from __future__ import annotations

import pytest

from podreader.errors import ParseError
from podreader.formats.opml import is_opml, read_subscriptions
from podreader.model import Podcast
from podreader.text.decoding import decode

OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="1.0">
  <head><title>Podcast subscriptions</title></head>
  <body>
    <outline text="feeds">
      <outline type="rss" text="Tea &amp; Talk" xmlUrl="https://tea.example/feed?a=1&amp;b=2"
        htmlUrl="https://tea.example/"/>
      <outline text="Science">
        <outline type="rss" text="text name" title="Caf&#xe9; Science"
          xmlUrl="https://cafe.example/rss"/>
      </outline>
      <outline type="rss" text="Tea &amp; Talk (again)" xmlUrl="https://tea.example/feed?a=1&amp;b=2"/>
      <outline text="A category without a feed"/>
    </outline>
  </body>
</opml>
"""
EXPECTED = [
    Podcast("Tea & Talk", "https://tea.example/feed?a=1&b=2", "https://tea.example/"),
    Podcast("Café Science", "https://cafe.example/rss", None),
]


@pytest.mark.parametrize(
    "data",
    [
        OPML.encode(),
        OPML.replace("\n", "\r\n").encode(),
        "\ufeff".encode() + OPML.encode(),
        OPML.encode("utf-16"),
    ],
    ids=["utf8", "crlf", "bom", "utf16"],
)
def test_podcasts_of_a_subscription_list(data: bytes) -> None:
    assert is_opml(data)
    assert read_subscriptions(decode(data)) == EXPECTED


def test_entities_of_a_dtd_are_not_expanded() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<opml><body><outline text="&b;&x;" xmlUrl="https://x.example/feed"/></body></opml>'
    )
    (podcast,) = read_subscriptions(laughs)
    assert podcast.title == "&b;&x;"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<opml><body><outline text='no feed'/></body></opml>", "names no podcast feeds"),
        ("<html><body>not a list</body></html>", "not an OPML subscription list"),
    ],
)
def test_lists_without_podcasts_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        read_subscriptions(text)


def test_only_files_with_an_opml_element_are_lists() -> None:
    assert not is_opml(b"WEBVTT\n\n00:01.000 --> 00:02.000\nopml\n")


@pytest.mark.parametrize(
    "data",
    [
        b"# Notes\n\nA list of the sources: opml/list.xml holds two <opml> documents.\n",
        b"WEBVTT\n\n00:01.000 --> 00:02.000\nWe export an <opml> list.\n",
        "Notes on the <opml> format.\n".encode("utf-16"),
    ],
    ids=["markdown", "vtt", "utf16-text"],
)
def test_a_file_that_only_mentions_opml_is_not_a_list(data: bytes) -> None:
    # Found importing ../shared/samples/formats: SOURCES.md was refused as "names no feeds".
    assert not is_opml(data)


def test_a_list_may_start_with_comments_and_a_doctype() -> None:
    data = (
        b'<?xml version="1.0"?>\n<!-- exported\n by an app -->\n'
        b'<!DOCTYPE opml [<!ENTITY a "b">]>\n<opml version="2.0"><body/></opml>'
    )
    assert is_opml(data)
