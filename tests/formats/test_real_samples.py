"""Every real transcript, subtitle, chapters and OPML file in ../shared imports or is refused
with a reason; the test skips cleanly without ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from podreader.formats import ParseError, parse_with_format
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
    try:
        episode, fmt = parse_with_format(path.read_bytes(), path.name)
    except ParseError as error:
        reason = str(error)
        assert reason.endswith(".") and "\n" not in reason
        assert path.name in REFUSED or folder in ("chapters", "opml"), reason
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
