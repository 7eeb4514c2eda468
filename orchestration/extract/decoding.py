"""Turn file bytes into text, or say exactly why they cannot be a document.

The decoded text is the "raw text" of the contract: spans index into it. Only
newlines are normalised (``\\r\\n`` and ``\\r`` become ``\\n``), as Python's text
mode does, so offsets agree with any reader that opens the file as text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"GIF8", "gif image"),
    (b"%PDF", "pdf document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "media file"),
)

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LETTER = re.compile(r"[^\W\d_]")


class DecodeError(ValueError):
    """Raised with a human-readable reason when bytes cannot be a document."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


# Control characters (other than line breaks and tabs), surrogates and private-use code points.
NON_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    return 1.0 - len(NON_TEXT.findall(text)) / len(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, max_bytes: int | None = None) -> Decoded:
    """Decode bytes as UTF-8 / UTF-16 (BOM) / Windows-1251, or raise DecodeError."""
    if max_bytes is not None and len(data) > max_bytes:
        raise DecodeError(f"file too large: {len(data)} bytes exceeds the limit of {max_bytes} bytes")
    if not data.strip():
        raise DecodeError("empty file" if not data else "file contains only whitespace")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary file ({kind})")

    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf-16", data)]
    else:
        if b"\x00" in data:
            raise DecodeError("binary file (contains NUL bytes and no UTF-16 byte-order mark)")
        candidates = [("utf-8", data), ("cp1251", data)]

    for encoding, payload in candidates:
        try:
            text = payload.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1251" and not _looks_like_cp1251(text):
            continue
        text = _normalise_newlines(text)
        if _printable_ratio(text) < 0.97:
            raise DecodeError(f"undecodable: too many control characters after decoding as {encoding}")
        if not LETTER.search(text):
            raise DecodeError("no text content: the file holds no letters")
        return Decoded(text=text, encoding=encoding)
    raise DecodeError("undecodable: not valid UTF-8, UTF-16 (with BOM) or Windows-1251 text")


def _looks_like_cp1251(text: str) -> bool:
    letters = LETTER.findall(text)
    if not letters:
        return False
    cyrillic = sum(1 for ch in letters if CYRILLIC.match(ch))
    ascii_letters = sum(1 for ch in letters if ch.isascii())
    # Windows-1251 Russian is overwhelmingly Cyrillic (or ASCII); random bytes decode to
    # a mix of symbols (‰, ‡, Ђ …) that are neither.
    return (cyrillic + ascii_letters) / len(letters) > 0.95 and cyrillic > 0


def normalise_for_hash(text: str) -> str:
    """Canonical form used for the document id: NFC, whitespace runs folded, trimmed."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def document_id(text: str) -> str:
    """Hex SHA-256 of the normalised text: same text, same id, whatever the file name."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
