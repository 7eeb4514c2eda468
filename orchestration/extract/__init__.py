"""Pure extraction library: no dagster, no database. Public API re-exported here."""

from .decoding import DecodeError, decode_bytes, document_id
from .document_facts import extract_document, extract_text, extractor_version, rejection_record
from .sources import Rejection, ScanResult, SourceDocument, parse_bytes, scan

__all__ = [
    "DecodeError",
    "Rejection",
    "ScanResult",
    "SourceDocument",
    "decode_bytes",
    "document_id",
    "extract_document",
    "extract_text",
    "extractor_version",
    "parse_bytes",
    "rejection_record",
    "scan",
]
