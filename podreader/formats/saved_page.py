"""PodQuest pages saved by a browser as HTML ("Web Page, HTML only" or "complete") or as MHTML.

The page's visible text is what the text form of the page holds, so it is read by the same
PodQuest reader: nothing here depends on PodQuest's markup, which nobody here knows. MHTML
(``multipart/related``, parts quoted-printable or base64) is unwrapped to its HTML part first.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from podreader.errors import ParseError
from podreader.formats import Format, Source, register
from podreader.formats.html_text import visible_text
from podreader.formats.podquest import parse_text
from podreader.formats.podquest import sniff as sniff_podquest
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Episode
from podreader.text.decoding import decode, normalise

_HTML = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_MHTML = re.compile(r"^MIME-Version:.*^Content-Type:\s*multipart/related", re.I | re.M | re.S)
#: PodQuest's own words, as they stand in a page's markup (text and alt attributes).
_LANDMARKS = ("Shownotes Transcript", "logo of podcast ", "cover of episode ", "PodQuest")
_MHTML_HEAD = 4096

NOT_PODQUEST_HTML = QT_TRANSLATE_NOOP(
    "Import",
    "This saved web page is not a PodQuest episode page; open the episode on the saved page "
    "and save that.",
)


def is_mhtml(text: str) -> bool:
    return bool(_MHTML.search(text[:_MHTML_HEAD]))


def sniff(text: str) -> bool:
    if is_mhtml(text):
        return True
    return bool(_HTML.match(text)) and any(mark in text for mark in _LANDMARKS)


def html_of_mhtml(text: str) -> str:
    """The first HTML part of an MHTML archive, decoded from its transfer encoding and charset."""
    message = email.message_from_string(text, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return _part_text(part)
    raise ParseError(
        QT_TRANSLATE_NOOP(
            "Import", "The MHTML file holds no HTML page; save the episode page again."
        )
    )


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The MHTML file's page could not be unpacked; save it again."
            )
        )
    charset = part.get_content_charset()
    if charset:
        try:
            return normalise(payload.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: let the bytes say what they are
    return decode(payload)


def parse(source: Source) -> Episode:
    html = html_of_mhtml(source.text) if is_mhtml(source.text) else source.text
    text = normalise(visible_text(html))  # entities such as &nbsp; become characters here
    if not sniff_podquest(text):
        raise ParseError(NOT_PODQUEST_HTML)
    return parse_text(text)


register(Format("podquest-html", sniff, parse))
