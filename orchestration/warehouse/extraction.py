"""Run the extractor over documents that the current extractor version has not seen, and
store the records as tables (one row per item, with spans and the extractor version)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pandas as pd

from ..extract.extractor import extractor_version
from ..extract.parallel import extract_rows
from .db import EXTRACTION_TABLES

ITEM_COLUMNS = {
    "regions": lambda it: {
        "region_code": it["region_code"],
        "region_code_at_date": it.get("region_code_at_date", it["region_code"]),
        "district": it.get("district"),
        "surface": it["surface"],
    },
    "organisations": lambda it: {
        "organisation_name": it["name"],
        "org_type": it["org_type"],
        "surface": it["surface"],
        "canonical_id": it.get("canonical_id"),
        "organisation_key": it.get("key"),
    },
    "persons": lambda it: {
        "person_name": it["name"],
        "person_role": it.get("role"),
        "surface": it["surface"],
        "person_key": it.get("key"),
    },
    "events": lambda it: {
        "event_type": it["event_type"],
        "event_name": it.get("name"),
        "event_date": it.get("date"),
        "region_code": it.get("region_code"),
        "surface": it["surface"],
    },
    "metrics": lambda it: {
        "metric_value": it["value"],
        "value_min": it.get("value_min"),
        "unit": it["unit"],
        "subject": it["subject"],
        "noun": it.get("noun"),
        "qualifier": it["qualifier"],
        "region_code": it.get("region_code"),
        "evidence_text": it["text"],
    },
}


@dataclass
class ExtractionStats:
    pending: int = 0
    extracted: int = 0
    items: dict[str, int] | None = None
    version: str = ""


def pending_documents(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            """
        select d.document_id
        from raw.documents d
        left join extraction.documents e on e.document_id = d.document_id and e.extractor_version = ?
        where e.document_id is null
        order by d.landed_at, d.document_id
    """,
            [version],
        ).fetchall()
    ]


def write_records(con: duckdb.DuckDBPyConnection, records: Iterable[dict]) -> dict[str, int]:
    """Replace the extraction rows of these documents, in one transaction."""
    records = list(records)
    if not records:
        return {t: 0 for t in EXTRACTION_TABLES}
    now = datetime.now(UTC).replace(tzinfo=None)
    doc_rows, item_rows = [], {t: [] for t in EXTRACTION_TABLES}
    for rec in records:
        doc_rows.append(
            {
                "document_id": rec["document_id"],
                "extractor_version": rec["extractor_version"],
                "language": rec["language"],
                "title": rec["title"],
                "published_date": rec["published_date"],
                "source_name": rec["source_name"],
                "body_start": rec["body_start"],
                "body_end": rec["body_end"],
                "extracted_at": now,
            }
        )
        for table in EXTRACTION_TABLES:
            for idx, item in enumerate(rec[table]):
                item_rows[table].append(
                    {
                        "document_id": rec["document_id"],
                        "extractor_version": rec["extractor_version"],
                        "item_index": idx,
                        **ITEM_COLUMNS[table](item),
                        "span_start": item["start"],
                        "span_end": item["end"],
                    }
                )
    ids = pd.DataFrame({"document_id": [r["document_id"] for r in records]})
    counts = {}
    con.execute("begin transaction")
    try:
        con.register("batch_ids", ids)
        for table in ("documents", *EXTRACTION_TABLES):
            con.execute(f"delete from extraction.{table} where document_id in (select document_id from batch_ids)")
        con.unregister("batch_ids")
        frames = {"documents": pd.DataFrame(doc_rows)} | {t: pd.DataFrame(r) for t, r in item_rows.items()}
        for table, frame in frames.items():
            counts[table] = len(frame)
            if frame.empty:
                continue
            if "published_date" in frame or "event_date" in frame:
                col = "published_date" if "published_date" in frame else "event_date"
                frame[col] = pd.to_datetime(frame[col], errors="coerce").dt.date
            con.register("batch_frame", frame)
            con.execute(f"insert into extraction.{table} by name select * from batch_frame")
            con.unregister("batch_frame")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return counts


def extract_pending(
    con: duckdb.DuckDBPyConnection,
    batch_size: int = 200,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExtractionStats:
    version = extractor_version()
    ids = pending_documents(con, version)
    stats = ExtractionStats(pending=len(ids), items={t: 0 for t in EXTRACTION_TABLES}, version=version)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    for offset in range(0, len(ids), batch_size):
        batch = ids[offset : offset + batch_size]
        frame = pd.DataFrame({"document_id": batch})
        con.register("wanted", frame)
        rows = con.execute("""
            select d.document_id, d.source_file, d.raw_text, d.meta_title, d.meta_published_at, d.meta_source
            from raw.documents d join wanted w using (document_id)
        """).fetchall()
        con.unregister("wanted")
        counts = write_records(con, extract_rows(rows, workers))
        stats.extracted += len(rows)
        for t in EXTRACTION_TABLES:
            stats.items[t] += counts.get(t, 0)
        if progress:
            progress(stats.extracted, stats.pending)
    return stats
