"""Turn the bytes of a saved page into clean text, whatever encoding the browser or OS chose.

Pages come as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK from mainland Chinese
Windows or Big5 from Taiwan and Hong Kong Windows. Normalising line ends and odd spaces here
means every parser sees one kind of text, and a page re-saved in another encoding yields the
same fields (and the same episode id).
"""

from __future__ import annotations

import codecs
import functools
import re

from podreader.errors import ParseError
from podreader.messages import QT_TRANSLATE_NOOP

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters no text file holds in numbers; with replacement characters (undecodable
# bytes) they tell binary data from text. Tab, line feed, carriage return, form feed are text.
_CONTROLS = "\x00-\x08\x0b\x0e-\x1f\x7f"
_CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")
_CONTROL_BYTES = bytes(range(0x20)).translate(None, b"\t\n\r\x0c") + b"\x7f"
#: A few stray control characters (a NUL in a transcript) are dropped; C1 controls too, which
#: no page means either.
_STRAY_CONTROLS = re.compile(f"[{_CONTROLS}\x80-\x9f]")
#: In these encodings no byte of a multi-byte character is below 0x20, so controls can be
#: counted on the bytes, which is many times faster than on the text.
_ASCII_BASED = frozenset({"utf-8", "gb18030", "cp950", "big5hkscs"})
_MAX_SUSPECT_SHARE = 0.01
#: One stray character is allowed whatever the length: a short cue file with one NUL is text.
_ALWAYS_ALLOWED = 1

#: The Chinese encodings of Windows, simplified first; Big5 as Taiwan (cp950) and Hong Kong
#: (with HKSCS characters) wrote it. Most double-byte text decodes without error in more than
#: one of them, so the one whose characters are the common ones of its own script is chosen.
_CHINESE = ("gb18030", "cp950", "big5hkscs")
#: Below this many non-ASCII characters the share of common ones says little: the first
#: encoding that reads the bytes wins.
_MIN_SCORED = 20
#: Non-ASCII characters looked at: the start of a page tells the encoding as well as all of it.
_SCORED = 20_000
#: Real Chinese text has nearly all its characters among the common ones (a traditional page
#: saved as GB18030 about 80%); Big5 bytes read as GB18030 about 5%.
_CONVINCING = 0.9
_PLAUSIBLE = 0.5
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: General, CJK and full-width punctuation: as common in Chinese text as its characters.
_PUNCTUATION = re.compile(r"[\u2000-\u206f\u3000-\u303f\uff00-\uffef]")

# Only no-break spaces become spaces: U+3000 is the ideographic space Chinese text uses on
# purpose. ZWJ/ZWNJ stay because they shape emoji and some scripts.
_SPACES = ("\u00a0", "\u202f")
_INVISIBLE = ("\ufeff", "\u200b", "\u2060")


BIG5_OR_GB = QT_TRANSLATE_NOOP(
    "Import",
    "The file's Chinese text reads as neither simplified (GB18030) nor traditional (Big5) "
    "Chinese; open it in a text editor and save it again as UTF-8.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Import", "The file's text encoding could not be read; save it again as UTF-8."
)


class DecodeError(ParseError):
    """The bytes are not text in any encoding we know."""

    def __init__(self, message: str = UNREADABLE) -> None:
        # The message is a parameter so the error survives pickling out of an import worker.
        super().__init__(message)


def decode(data: bytes) -> str:
    """Decode page bytes to normalised text, or raise :class:`DecodeError` for non-text."""
    text, encoding = _decode_raw(data)
    if encoding in _ASCII_BASED:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_CONTROL_CHARS.findall(text))
    if controls + text.count("\ufffd") > max(_MAX_SUSPECT_SHARE * len(text), _ALWAYS_ALLOWED):
        raise DecodeError
    return normalise(_STRAY_CONTROLS.sub("", text))


def normalise(text: str) -> str:
    """LF line ends, plain spaces for no-break spaces, no zero-width characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _SPACES:
        if char in text:
            text = text.replace(char, " ")
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text


def _decode_raw(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return _strict_allowing_cut_end(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    chinese = _chinese(data)
    if chinese is not None:
        return chinese
    # Both fail: a damaged file. Keep the reading with fewer undecodable bytes; the share
    # check in decode() then tells a few bad bytes from binary data.
    utf8 = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    if utf8.count("\ufffd") <= gb.count("\ufffd"):
        return utf8, "utf-8"
    return gb, "gb18030"


def _chinese(data: bytes) -> tuple[str, str] | None:
    """The reading of ``data`` in the Chinese encoding that yields real text, ``None`` when no
    encoding reads it without error; :class:`DecodeError` when every reading is gibberish."""
    best: tuple[float, str, str] | None = None
    for encoding in _CHINESE:
        try:
            text = _strict_allowing_cut_end(data, encoding)
        except UnicodeDecodeError:
            continue
        score = _common_share(text, encoding)
        if score is None or score >= _CONVINCING:
            return text, encoding
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None:
        return None
    if best[0] < _PLAUSIBLE:
        raise DecodeError(BIG5_OR_GB)
    return best[1], best[2]


def _common_share(text: str, encoding: str) -> float | None:
    """The share of the text's first non-ASCII characters that are common characters of the
    encoding's script or punctuation; ``None`` for too few to tell."""
    sample = "".join(_NON_ASCII.findall(text, 0, 8 * _SCORED))[:_SCORED]
    if len(sample) < _MIN_SCORED:
        return None
    common = _common_characters(encoding)
    hits = sum(char in common for char in sample) + len(_PUNCTUATION.findall(sample))
    return hits / len(sample)


@functools.cache
def _common_characters(encoding: str) -> frozenset[str]:
    """The most used characters of the script an encoding was made for: the first level of
    GB2312 (3,755 characters) for GB18030, the first level of Big5 (5,401) for Big5.

    Both standards put their common characters in one block of code points, so the set is
    read from the codec itself rather than from a frequency list.
    """
    if encoding == "gb18030":
        leads, trails, codec = range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"
    else:
        leads, codec = range(0xA4, 0xC7), "big5"
        trails = range(0x40, 0xFF)
    found: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                found.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(found)


def _strict_allowing_cut_end(data: bytes, encoding: str) -> str:
    """Strict decode that forgives a character cut in half at the very end (a file cut short)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if error.end < len(data) or error.start < len(data) - 3:
            raise
        return data[: error.start].decode(encoding)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows as a NUL in every other byte of Latin text."""
    head = data[:4096]
    if b"\x00" not in head or len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None
