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
from .db import DOCUMENT_COLUMNS, EXTRACTION_TABLES, ITEM_COLUMNS, SPAN, table_columns


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


def _rows(records: list[dict], now: datetime) -> dict[str, list[dict]]:
    """Table rows of these records, column by column from the one mapping in warehouse/db.py."""
    rows = {t: [] for t in ("documents", *EXTRACTION_TABLES)}
    for rec in records:
        key = {"document_id": rec["document_id"], "extractor_version": rec["extractor_version"]}
        rows["documents"].append(
            key | {c.name: c.read(rec) for c in DOCUMENT_COLUMNS if c.field} | {"extracted_at": now}
        )
        for table in EXTRACTION_TABLES:
            columns = (*ITEM_COLUMNS[table], *SPAN)
            for idx, item in enumerate(rec[table]):
                rows[table].append(key | {"item_index": idx} | {c.name: c.read(item) for c in columns})
    return rows


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for column in table_columns(table):
        if column.sql_type.startswith("date") and column.name in frame:
            frame[column.name] = pd.to_datetime(frame[column.name], errors="coerce").dt.date
    return frame


def write_records(con: duckdb.DuckDBPyConnection, records: Iterable[dict]) -> dict[str, int]:
    """Replace the extraction rows of these documents, in one transaction."""
    records = list(records)
    if not records:
        return {t: 0 for t in EXTRACTION_TABLES}
    rows = _rows(records, datetime.now(UTC).replace(tzinfo=None))
    ids = pd.DataFrame({"document_id": [r["document_id"] for r in records]})
    counts = {}
    con.execute("begin transaction")
    try:
        con.register("batch_ids", ids)
        for table in rows:
            con.execute(f"delete from extraction.{table} where document_id in (select document_id from batch_ids)")
        con.unregister("batch_ids")
        for table, table_rows in rows.items():
            counts[table] = len(table_rows)
            if not table_rows:
                continue
            con.register("batch_frame", _frame(table, table_rows))
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
