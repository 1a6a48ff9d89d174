"""Turn the bytes of a saved page into clean text, whatever encoding the browser or OS chose.

Pages come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK from Chinese
Windows. Normalising line ends and odd spaces here means every parser sees one kind of text,
and a page re-saved in another encoding yields the same fields (and the same episode id).
"""

from __future__ import annotations

import codecs
import re

from podreader.errors import ParseError

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
#: In these encodings a byte below 0x80 is always that ASCII character, so controls can be
#: counted on the bytes, which is many times faster than on the text.
_ASCII_BASED = frozenset({"utf-8", "gb18030"})
_MAX_SUSPECT_SHARE = 0.01

# Only no-break spaces become spaces: U+3000 is the ideographic space Chinese text uses on
# purpose. ZWJ/ZWNJ stay because they shape emoji and some scripts.
_SPACES = ("\u00a0", "\u202f")
_INVISIBLE = ("\ufeff", "\u200b", "\u2060")


class DecodeError(ParseError):
    """The bytes are not text in any encoding we know."""

    def __init__(
        self, message: str = "The file's text encoding could not be read; save it again as UTF-8."
    ) -> None:
        # The message is a parameter so the error survives pickling out of an import worker.
        super().__init__(message)


def decode(data: bytes) -> str:
    """Decode page bytes to normalised text, or raise :class:`DecodeError` for non-text."""
    text, encoding = _decode_raw(data)
    if encoding in _ASCII_BASED:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_CONTROL_CHARS.findall(text))
    if controls + text.count("\ufffd") > _MAX_SUSPECT_SHARE * len(text):
        raise DecodeError
    return normalise(text)


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
    for encoding in ("utf-8", "gb18030"):
        try:
            return _strict_allowing_cut_end(data, encoding), encoding
        except UnicodeDecodeError:
            pass
    # Both fail: a damaged file. Keep the reading with fewer undecodable bytes; the share
    # check in decode() then tells a few bad bytes from binary data.
    utf8 = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    if utf8.count("\ufffd") <= gb.count("\ufffd"):
        return utf8, "utf-8"
    return gb, "gb18030"


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
