"""Read landing files into documents or rejections (pure: no database, no dagster).

One file gives one document (``.txt``, ``.html``/``.htm``, ``.json`` with a ``text``
field) or several (``.jsonl``, one object a line, or a ``.json`` array). Anything
that cannot be a document becomes a :class:`Rejection` with a reason; nothing is
skipped silently and no file is ever modified.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import DecodeError, decode_bytes, document_id
from .html_page import read_html

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}


@dataclass(frozen=True)
class SourceDocument:
    document_id: str
    source_file: str
    source_format: str
    raw_text: str
    encoding: str
    byte_size: int
    file_sha256: str
    url: str | None = None
    meta_title: str | None = None
    meta_published_at: str | None = None
    meta_source: str | None = None


@dataclass(frozen=True)
class Rejection:
    source_file: str
    reason: str
    byte_size: int = 0
    file_sha256: str | None = None


@dataclass
class ScanResult:
    documents: list[SourceDocument] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    return str(value).strip() or None


def _document_from_object(obj, label: str, data: bytes, encoding: str) -> SourceDocument | Rejection:
    if not isinstance(obj, dict):
        return Rejection(label, "JSON record is not an object", len(data), _sha(data))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(label, "JSON record has no non-empty 'text' field", len(data), _sha(data))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceDocument(
        document_id=document_id(text),
        source_file=label,
        source_format="json",
        raw_text=text,
        encoding=encoding,
        byte_size=len(data),
        file_sha256=_sha(data),
        url=_optional_str(obj, "url"),
        meta_title=_optional_str(obj, "title"),
        meta_published_at=_optional_str(obj, "published_at"),
        meta_source=_optional_str(obj, "source"),
    )


def parse_bytes(data: bytes, label: str, suffix: str, max_bytes: int | None = None) -> list[SourceDocument | Rejection]:
    """Parse one file's bytes into documents and rejections."""
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return [Rejection(label, f"unsupported file type '{suffix or '(none)'}'", len(data), _sha(data))]
    try:
        decoded = decode_bytes(data, max_bytes=max_bytes)
    except DecodeError as exc:
        return [Rejection(label, str(exc), len(data), _sha(data))]
    text, encoding = decoded.text, decoded.encoding

    if suffix in {".html", ".htm"}:
        return _parse_html(data, text, label, encoding)
    if suffix == ".jsonl":
        return _parse_jsonl(data, text, label, encoding)
    if suffix == ".json":
        return _parse_json(data, text, label, encoding)
    return [SourceDocument(document_id(text), label, "text", text, encoding, len(data), _sha(data))]


def _parse_html(data: bytes, text: str, label: str, encoding: str) -> list[SourceDocument | Rejection]:
    page = read_html(text)
    if page is None:
        return [Rejection(label, "HTML page has no article text", len(data), _sha(data))]
    return [
        SourceDocument(
            document_id(page.text),
            label,
            "html",
            page.text,
            encoding,
            len(data),
            _sha(data),
            meta_title=page.title,
            meta_published_at=page.published_date,
            meta_source=page.outlet,
        )
    ]


def _parse_jsonl(data: bytes, text: str, label: str, encoding: str) -> list[SourceDocument | Rejection]:
    out: list[SourceDocument | Rejection] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_label = f"{label}:{lineno}"
        line_bytes = line.encode("utf-8")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"malformed JSON on line {lineno}: {exc.msg}"
            out.append(Rejection(line_label, reason, len(line_bytes), _sha(line_bytes)))
            continue
        out.append(_document_from_object(obj, line_label, line_bytes, encoding))
    return out or [Rejection(label, "JSONL file holds no records", len(data), _sha(data))]


def _parse_json(data: bytes, text: str, label: str, encoding: str) -> list[SourceDocument | Rejection]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return [Rejection(label, f"malformed JSON: {exc.msg} (line {exc.lineno})", len(data), _sha(data))]
    if isinstance(obj, list):
        return [
            _document_from_object(o, f"{label}:{i}", json.dumps(o, ensure_ascii=False).encode(), encoding)
            for i, o in enumerate(obj, start=1)
        ] or [Rejection(label, "JSON array is empty", len(data), _sha(data))]
    return [_document_from_object(obj, label, data, encoding)]


def iter_files(root: Path) -> Iterator[Path]:
    """Files under root, sorted, recursively; hidden files and folders skipped."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_file(
    path: Path, label: str, root: Path | None = None, max_bytes: int | None = None, settle_seconds: float = 0.0
) -> list[SourceDocument | Rejection] | None:
    """Read and parse one file. Returns None when the file is still being written."""
    import time

    if path.is_symlink():
        target = path.resolve()
        if root is not None and not target.is_relative_to(root.resolve()):
            return [Rejection(label, f"symlink points outside the landing folder ({target}); not followed")]
        if not target.exists():
            return [Rejection(label, "broken symlink")]
    try:
        before = path.stat()
        if settle_seconds and time.time() - before.st_mtime < settle_seconds:
            return None
        if max_bytes is not None and before.st_size > max_bytes:
            return [
                Rejection(
                    label,
                    f"file too large: {before.st_size} bytes exceeds the limit of {max_bytes} bytes",
                    before.st_size,
                )
            ]
        data = path.read_bytes()
        after = path.stat()
    except OSError as exc:
        return [Rejection(label, f"unreadable: {exc.strerror or exc}")]
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or len(data) != after.st_size:
        return None
    return parse_bytes(data, label, path.suffix, max_bytes=max_bytes)


def scan(
    paths: list[Path], max_bytes: int | None = None, relative_to: Path | None = None, settle_seconds: float = 0.0
) -> ScanResult:
    """Read every file under the given paths into documents and rejections, in order."""
    result = ScanResult()
    for root in paths:
        if not root.exists():
            result.rejections.append(Rejection(str(root), "path does not exist"))
            continue
        for path in iter_files(root):
            label = (
                str(path.relative_to(relative_to)) if relative_to and path.is_relative_to(relative_to) else str(path)
            )
            items = read_file(
                path, label, root=root if root.is_dir() else None, max_bytes=max_bytes, settle_seconds=settle_seconds
            )
            if items is None:
                result.deferred.append(label)
                continue
            for item in items:
                (result.documents if isinstance(item, SourceDocument) else result.rejections).append(item)
    return result
