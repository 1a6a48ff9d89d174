"""Every real transcript, subtitle, chapters and OPML file in ../shared imports or is refused
with a reason; the test skips cleanly without ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from podreader.formats import ParseError, parse_with_format
from podreader.formats.opml import is_opml, read_subscriptions
from podreader.formats.podcast_json import read_chapters
from podreader.text.decoding import decode
from tests.conftest import SHARED

SAMPLES = SHARED / "samples" / "formats"
FILES = sorted(p for p in SAMPLES.glob("*/*") if p.is_file()) if SAMPLES.is_dir() else []

#: Files that are truly broken or are not transcripts, and the reason each must be given.
REFUSED = {
    "glut23__webvtt-py__invalid.vtt": "no WEBVTT header",
    "Podcastindex-org__podcast-namespace__example.json": "chapters file without its transcript",
}


@pytest.mark.skipif(not FILES, reason="../shared/samples/formats is not present")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_file_imports_or_is_refused_with_a_reason(path: Path) -> None:
    folder = path.parent.name
    if folder == "opml":
        data = path.read_bytes()
        assert is_opml(data)
        podcasts = read_subscriptions(decode(data))
        assert podcasts and all(p.title and p.feed_url for p in podcasts)
        return
    try:
        episode, fmt = parse_with_format(path.read_bytes(), path.name)
    except ParseError as error:
        reason = str(error)
        assert reason.endswith(".") and "\n" not in reason
        assert path.name in REFUSED or folder == "chapters", reason
        if path.name in REFUSED:
            assert REFUSED[path.name] in reason
        return
    assert folder in ("subtitles", "transcripts"), f"{path.name} read as {fmt}"
    paragraphs = episode.transcript.paragraphs
    assert paragraphs and all(p.text.strip() for p in paragraphs)
    assert all(p.start is not None and p.end is not None and p.start <= p.end for p in paragraphs)
    assert [p.start for p in paragraphs] == sorted(p.start or 0.0 for p in paragraphs)
    assert "<" not in episode.transcript.text, "markup left in the text"


@pytest.mark.skipif(not FILES, reason="../shared/samples/formats is not present")
def test_speakers_of_real_files() -> None:
    vtt = SAMPLES / "transcripts" / "Podcastindex-org__podcast-namespace__example.vtt"
    episode, _ = parse_with_format(vtt.read_bytes(), vtt.name)
    assert {p.speaker for p in episode.transcript.paragraphs} >= {"Sarah"}
    assert "&amp;" not in episode.transcript.text
    srt = SAMPLES / "transcripts" / "stevencrader__transcriptator__buzzcast.srt"
    html = SAMPLES / "transcripts" / "stevencrader__transcriptator__buzzcast.html"
    speakers = [
        [p.speaker for p in parse_with_format(f.read_bytes(), f.name)[0].transcript.paragraphs]
        for f in (srt, html)
    ]
    assert speakers[0][:4] == speakers[1][:4] == ["Alban", "Kevin", "Alban", "Kevin"]


@pytest.mark.skipif(not FILES, reason="../shared/samples/formats is not present")
def test_real_chapters_files() -> None:
    found = {
        p.name: read_chapters(decode(p.read_bytes())) for p in (SAMPLES / "chapters").glob("*")
    }
    assert found["rssblue__chapters__podcast-namespace-chapters.empty.json"] == []
    complex_ = found["Podcastindex-org__podcast-namespace__exampleComplex.json"]
    assert complex_ and all(c.start is not None for c in complex_)
    assert [c.start for c in complex_] == sorted(c.start or 0.0 for c in complex_)
    assert all(chapters for name, chapters in found.items() if "empty" not in name)


@pytest.mark.skipif(not FILES, reason="../shared/samples/formats is not present")
def test_real_subscription_lists_recover_what_they_name() -> None:
    folder = SAMPLES / "opml"
    read = {p.name: read_subscriptions(decode(p.read_bytes())) for p in folder.glob("*")}
    entity = read["kurtmckee__listparser__html-entity-attribute.xml"]
    assert [p.title for p in entity] == ["archæology", "archæology"]
    twice = read["kurtmckee__listparser__concatenated-documents.xml"]
    assert [p.feed_url for p in twice] == ["http://domain/feed1", "http://domain/feed2"]
