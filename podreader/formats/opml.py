"""OPML subscription lists, as "Export Podcast Subscriptions" and podcast apps write them.

Read with the standard library's HTML parser rather than an XML parser: real lists are often
not well-formed (two documents in one file, a missing end tag, HTML entities such as
``&aelig;`` that XML does not define), and listing their podcasts beats refusing them. The HTML
parser reads no DTD and expands no entity but HTML's own, so it cannot be made to read files or
to blow up (no billion laughs). Outlines with a feed address are podcasts, at any nesting depth.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from podreader.errors import ParseError
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Podcast

#: The ``<opml`` element as the document's first element: only an XML declaration, comments
#: and a doctype may come before it, so notes or transcripts that mention ``<opml>`` are not lists.
_OPML = re.compile(
    rb"\A\s*(?:<\?xml.*?\?>\s*)?(?:(?:<!--.*?-->|<!doctype[^\[>]*(?:\[.*?\])?\s*>)\s*)*<opml[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_HEAD_BYTES = 4096
_BYTE_ORDER_MARKS = b"\xef\xbb\xbf\xff\xfe"


def is_opml(data: bytes) -> bool:
    """An ``<opml`` root element (also in UTF-16: its NULs and byte order mark are dropped)."""
    head = data[:_HEAD_BYTES].replace(b"\x00", b"").lstrip(_BYTE_ORDER_MARKS)
    return bool(_OPML.match(head))


class _Outlines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.podcasts: list[Podcast] = []
        self.seen_opml = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "opml":
            self.seen_opml = True
        if tag != "outline":
            return
        values = {key: " ".join(value.split()) for key, value in attrs if value}
        feed = values.get("xmlurl") or values.get("url")
        title = values.get("title") or values.get("text") or feed
        if feed and title:
            self.podcasts.append(Podcast(title, feed, values.get("htmlurl")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def read_subscriptions(text: str) -> list[Podcast]:
    """The podcasts of a subscription list, each feed once, in the list's order."""
    reader = _Outlines()
    reader.feed(text)
    reader.close()
    if not reader.seen_opml:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "This file is not an OPML subscription list; check the file."
            )
        )
    podcasts: dict[str, Podcast] = {}
    for podcast in reader.podcasts:
        podcasts.setdefault(podcast.feed_url or podcast.title, podcast)
    if not podcasts:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The subscription list names no podcast feeds; export it again."
            )
        )
    return list(podcasts.values())
