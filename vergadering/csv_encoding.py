"""Reading a CSV file's bytes as text without guessing wrong: UTF-8 (with or without
BOM), UTF-16 with BOM, or Windows-1252, and where a file mixes them, the line to fix.
Used by the caseload import (:mod:`vergadering.caseload`).
"""

from __future__ import annotations

import codecs
import re

from .problems import Code


class EncodingError(ValueError):
    """The file's bytes are not text in any encoding we can be sure of."""

    def __init__(self, code: Code, line: int) -> None:
        super().__init__(f"{code.value} at line {line}")
        self.code = code
        self.line = line


# A well-formed UTF-8 multi-byte character. Windows-1252 text almost never contains one
# (it would read like "Ã«"), so a file that has one but is not valid UTF-8 throughout is
# UTF-8 with a stray byte from elsewhere: guessing either way would falsify names.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _line_at(data: bytes, position: int) -> int:
    """Physical line (1-based, as csv counts: \\n, \\r, \\r\\n) of a byte offset."""
    before = data[:position]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
    "Unicode text"), or Windows-1252 (Dutch Excel's CSV) when the file is not UTF-8 and
    nothing in it looks like UTF-8.

    Raises :class:`EncodingError` with the line of the first byte that does not fit:
    a file is never read half in one encoding and half in another, and no byte is
    replaced by U+FFFD.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            good = data[:error.start].decode("utf-16", errors="replace")
            line = good.count("\n") + good.count("\r") - good.count("\r\n") + 1
            raise EncodingError(Code.INVALID_ENCODING, line) from None
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        bad = error.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
    if _UTF8_MULTIBYTE.search(data):
        raise EncodingError(Code.MIXED_ENCODING, _line_at(data, bad))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise EncodingError(Code.INVALID_ENCODING, _line_at(data, error.start)) from None
