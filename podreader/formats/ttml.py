"""Apple Podcasts transcripts: the TTML files the app caches (``ttm:agent`` speakers, sentence
and word spans marked ``podcasts:unit``).

XML is read with defusedxml: a document type declaration is refused outright, so no entity can
expand (billion laughs) and no external entity can read a file or the network.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLSyntaxError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from podreader.formats import TIMED_MAX_BYTES, Format, ParseError, Source, register
from podreader.formats.cues import Cue, clock, join_parts, timed_episode
from podreader.messages import QT_TRANSLATE_NOOP, counted
from podreader.model import Episode

TT = "{http://www.w3.org/ns/ttml}"
TTM = "{http://www.w3.org/ns/ttml#metadata}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_ROOT = re.compile(r"<tt[\s>][^>]*http://www\.w3\.org/ns/ttml", re.DOTALL)
_SPEAKER_ID = re.compile(r"SPEAKER_(\d+)")


def sniff(text: str) -> bool:
    return bool(_ROOT.search(text[:4096]))


def parse_xml(text: str, kind: str) -> Element:
    """The root element of an XML document, with no DTD, entity expansion or external entity."""
    try:
        root: Element = fromstring(_DECLARATION.sub("", text), forbid_dtd=True)
    except DefusedXmlException:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The {kind} file declares a document type or entities, which podreader refuses "
                "for safety; remove the DOCTYPE and import it again.",
            ).format(kind=kind)
        ) from None
    except XMLSyntaxError as error:
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The {kind} file is not well-formed XML ({error}).").format(
                kind=kind, error=str(error)
            )
        ) from None
    return root


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unit(element: Element) -> str | None:
    return next((v for k, v in element.attrib.items() if _local(k) == "unit"), None)


def _text(element: Element) -> str:
    words = [w for w in element.iter() if _unit(w) == "word"]
    if words:
        return join_parts([t for w in words if (t := " ".join("".join(w.itertext()).split()))])
    return " ".join("".join(element.itertext()).split())


def _speakers(root: Element) -> dict[str, str]:
    names: dict[str, str] = {}
    for agent in root.iter(f"{TTM}agent"):
        ident = agent.get(XML_ID)
        name = agent.find(f"{TTM}name")
        if ident and name is not None and (name.text or "").strip():
            names[ident] = " ".join((name.text or "").split())
    return names


def _speaker(ident: str | None, names: dict[str, str]) -> str | None:
    if not ident:
        return None
    if ident in names:
        return names[ident]
    match = _SPEAKER_ID.fullmatch(ident)
    return f"Speaker {match.group(1)}" if match else ident


def parse(source: Source) -> Episode:
    root = parse_xml(source.text, "TTML")
    if _local(root.tag) != "tt":
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The TTML file's root element is not <tt>; it is not a transcript."
            )
        )
    names = _speakers(root)
    cues: list[Cue] = []
    bad = 0
    for paragraph in root.iter(f"{TT}p"):
        speaker = _speaker(paragraph.get(f"{TTM}agent"), names)
        sentences = [s for s in paragraph.iter() if _unit(s) == "sentence"] or [paragraph]
        for sentence in sentences:
            try:
                start = clock(sentence.get("begin") or paragraph.get("begin") or "")
                end = clock(sentence.get("end") or paragraph.get("end") or "")
            except ValueError:
                bad += 1
                continue
            cues.append(Cue(start, max(start, end), _text(sentence), speaker))
    title = root.find(f"{TT}head/{TT}metadata/{TTM}title")
    warnings: list[str] = []
    if bad:
        warnings.append(
            counted(
                bad,
                QT_TRANSLATE_NOOP("Import", "{count} passage with an unreadable time was skipped."),
                QT_TRANSLATE_NOOP("Import", "{count} passages with unreadable times were skipped."),
            )
        )
    return timed_episode(
        cues,
        source.name,
        "TTML",
        title=" ".join((title.text or "").split()) or None if title is not None else None,
        warnings=warnings,
    )


register(Format("ttml", sniff, parse, TIMED_MAX_BYTES))
