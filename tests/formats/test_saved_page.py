"""PodQuest pages saved as HTML or MHTML read as the same episode as the page saved as text.

Nobody here knows PodQuest's markup, so the pages are invented in several unlike layouts: the
reader must rely on what a browser shows, not on class names or nesting.
"""

from __future__ import annotations

import base64
import quopri
from collections.abc import Callable
from pathlib import Path

import pytest

from podreader.formats import ParseError, parse_with_format
from podreader.formats.html_text import visible_text
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.pages import CHINESE, ENGLISH, make_page

TITLE = "Wooden Hulls of the North"
PODCAST = "The Harbour Hour"
DATE = "2024/5/3"
CHAPTER = "Why a small yard builds wooden hulls by hand and sells most of them abroad."
POINTS = ["120 hulls in one year", "Most sold abroad"]
PERSON = ("Hanna Berg", "Shipwright and host of the harbour hour.")


def divs_layout() -> str:
    english = "".join(f"<p>{p}</p>" for p in ENGLISH)
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | PodQuest</title>
<style>.banner {{ color: red }}</style>
<script>window.state = {{"section": "Shownotes Transcript", "logo of podcast ": 1}};</script>
</head><body>
<div class="banner">We&#39;re sunsetting PodQuest on 2025-07-28. Thank you for your support!</div>
<a href="/export">Export Podcast Subscriptions</a>
<header><img src="c.jpg" alt="cover of episode {TITLE}"><h1>{TITLE}</h1>
<div class="date">{DATE}</div><img src="l.jpg" alt="logo of podcast {PODCAST}">
<h2>{PODCAST}</h2></header>
<nav><span>AI Deep Dive</span> <span>AI Chapters</span> <span>Transcript</span></nav>
<section><h3>People</h3><div class="person"><div class="avatar">H</div><div>{PERSON[0]}</div>
<div>{PERSON[1]}</div></div></section>
<section><h3>Topics</h3><p>{" ".join(CHINESE)}</p></section>
<section><h3>Deep Dive</h3></section>
<section><h3>Chapters</h3><div><p>{CHAPTER}</p><ul>{points}</ul></div></section>
<template><p>Shownotes Transcript</p><p>not shown</p></template>
<section><h3>Shownotes Transcript</h3><div>Translations:</div><div>中文</div>
{english}</section>
<div hidden><p>A hidden paragraph.</p></div>
<div style="display: none"><p>Another hidden one.</p></div>
</body></html>"""


def table_layout() -> str:
    """Tables, line breaks and spans, entities everywhere, no <p> at all."""
    english = "<br><br>".join(f"<span>{p.replace(' ', ' <b></b>')}</span>" for p in ENGLISH)
    return f"""<!-- saved from url=(0040)https://podquest.example/episode/1 -->
<html><body><table>
<tr><td>We're sunsetting PodQuest on 2025-07-28. Thank you for your support!</td></tr>
<tr><td><span>Export Podcast Subscriptions</span></td></tr>
<tr><td><img alt="cover of episode {TITLE}"/></td><td>{TITLE}</td></tr>
<tr><td>{DATE.replace("/", "&#47;")}</td></tr>
<tr><td><img alt="logo of podcast {PODCAST}" /><span style="visibility:hidden">x</span></td>
<td>{PODCAST}</td></tr>
</table>
AI Deep Dive AI Chapters Transcript<br>
People<br>H<br>{PERSON[0]}<br>{PERSON[1]}<br>
Topics<br>{" ".join(CHINESE)}<br><br>Deep Dive<br><br>Chapters<br>
{CHAPTER}<br>&nbsp;&nbsp;&bull; {POINTS[0]}<br>  &#x2022; {POINTS[1]}<br><br>
<noscript>Enable JavaScript for PodQuest.</noscript>
Shownotes Transcript<br><br>Translations:<br>中文<br><br>
{english}
<input type="hidden" value="Shownotes Transcript">
</body></html>"""


def mhtml(html: str, encoding: str) -> bytes:
    """``html`` packed as Chrome's "Save as MHTML" does, after a stylesheet part."""
    body = html.encode("utf-8")
    if encoding == "quoted-printable":
        payload = quopri.encodestring(body).decode("ascii")
    else:
        payload = base64.encodebytes(body).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://podquest.example/e/1\r\n"
        "Subject: =?utf-8?Q?Wooden_Hulls?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----MultipartBoundary--abc"\r\n\r\n'
        "------MultipartBoundary--abc\r\nContent-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://podquest.example/a.css\r\n\r\nbody { margin: 0 }\r\n"
        "------MultipartBoundary--abc\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n"
        "Content-Location: https://podquest.example/e/1\r\n\r\n"
        f"{payload}\r\n"
        "------MultipartBoundary--abc\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        "------MultipartBoundary--abc--\r\n"
    ).encode("ascii")


LAYOUTS: dict[str, Callable[[], bytes]] = {
    "divs": lambda: divs_layout().encode("utf-8"),
    "table": lambda: table_layout().encode("utf-8"),
    "divs-gb18030": lambda: divs_layout().replace("utf-8", "gbk").encode("gb18030"),
    "mhtml-qp": lambda: mhtml(divs_layout(), "quoted-printable"),
    "mhtml-base64": lambda: mhtml(table_layout(), "base64"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_saved_html_is_the_same_episode_as_the_text_page(layout: str) -> None:
    as_text, text_format = parse_with_format(make_page().encode(), "page.txt")
    as_html, html_format = parse_with_format(LAYOUTS[layout](), "page.html")
    assert (text_format, html_format) == ("podquest", "podquest-html")
    assert as_html == as_text
    assert "hidden" not in as_html.transcript.text


def test_visible_text_skips_what_a_browser_does_not_show() -> None:
    text = visible_text(divs_layout())
    for unseen in ("window.state", "color: red", "| PodQuest", "not shown", "hidden"):
        assert unseen not in text
    lines = text.split("\n")
    assert f"cover of episode {TITLE}" in lines and f"logo of podcast {PODCAST}" in lines
    assert "We're sunsetting PodQuest on 2025-07-28. Thank you for your support!" in lines
    assert lines.index(TITLE) < lines.index("Shownotes Transcript") < lines.index(ENGLISH[0])


def test_a_web_page_that_only_mentions_podquest_is_refused() -> None:
    page = "<!DOCTYPE html><html><body><p>I miss PodQuest.</p><p>It closed.</p></body></html>"
    with pytest.raises(ParseError, match="saved web page is not a PodQuest episode page"):
        parse_with_format(page.encode(), "blog.html")


def test_mhtml_without_a_page_is_refused() -> None:
    data = mhtml("x", "base64").replace(b"text/html", b"text/plain")
    with pytest.raises(ParseError, match="holds no HTML page"):
        parse_with_format(data, "page.mhtml")


def test_a_complete_save_imports_the_page_and_skips_its_assets(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    assets = folder / "Wooden Hulls_files"
    assets.mkdir(parents=True)
    (folder / "Wooden Hulls.html").write_text(divs_layout(), encoding="utf-8")
    (assets / "app.js").write_text("var x = 1;", encoding="utf-8")
    (assets / "style.css").write_text("body {}", encoding="utf-8")
    (assets / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "other_files").mkdir()  # no page of that name: an ordinary folder
    (folder / "other_files" / "notes.vtt").write_text(
        "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n", encoding="utf-8"
    )
    with Library(DataPaths(tmp_path / "data")) as library:
        results = import_paths(library, [folder])
    assert [(r.path.name, r.status) for r in results] == [
        ("Wooden Hulls.html", "imported"),
        ("notes.vtt", "imported"),
    ]
