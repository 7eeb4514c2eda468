"""Land files from the landing folder into raw.documents / raw.rejections, idempotently.

Incremental: a file whose (path, size, mtime) is in the ledger is not read again; a
changed file is read, and its documents are keyed by content hash, so the same text
under any name is landed once. Nothing in the landing folder is ever written to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from ..extract.sources import Rejection, SourceDocument, iter_files, read_file


@dataclass
class LandingStats:
    files_seen: int = 0
    files_skipped: int = 0
    files_read: int = 0
    documents_new: int = 0
    documents_duplicate: int = 0
    rejections_new: int = 0
    deferred: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert a frame's rows (bound as data, never as SQL text), skipping keys already present."""
    con.register("incoming_rows", frame)
    try:
        con.execute(f"insert into {table} by name select * from incoming_rows on conflict do nothing")
    finally:
        con.unregister("incoming_rows")


CHUNK_DOCUMENTS = 2000


def land_folder(
    con: duckdb.DuckDBPyConnection,
    landing_dir: Path,
    max_bytes: int,
    settle_seconds: float = 0.0,
    progress: Callable[[str], None] | None = None,
) -> LandingStats:
    """Land every new or changed file. Streams: at most CHUNK_DOCUMENTS texts are held in memory,
    and each chunk (documents, rejections and the ledger rows of its files) commits on its own."""
    stats = LandingStats()
    landing_dir = landing_dir.resolve()
    known = {
        (p, s, m) for p, s, m in con.execute("select file_path, byte_size, mtime_ns from raw.landed_files").fetchall()
    }
    docs: dict[str, SourceDocument] = {}
    rejections: dict[tuple[str, str], Rejection] = {}
    ledger: list[tuple] = []
    for path in iter_files(landing_dir):
        stats.files_seen += 1
        label = str(path.relative_to(landing_dir))
        try:
            st = path.lstat()
        except OSError:
            continue
        if (label, st.st_size, st.st_mtime_ns) in known:
            stats.files_skipped += 1
            continue
        items = read_file(path, label, root=landing_dir, max_bytes=max_bytes, settle_seconds=settle_seconds)
        if items is None:
            stats.deferred.append(label)
            continue
        stats.files_read += 1
        n_docs = n_rej = 0
        for item in items:
            if isinstance(item, SourceDocument):
                if item.document_id in docs:
                    stats.documents_duplicate += 1  # same text twice in this chunk
                docs.setdefault(item.document_id, item)
                n_docs += 1
            else:
                rejections.setdefault((item.source_file, item.file_sha256 or ""), item)
                n_rej += 1
        sha = next((i.file_sha256 for i in items if getattr(i, "file_sha256", None)), "")
        ledger.append((label, st.st_size, st.st_mtime_ns, sha, n_docs, n_rej))
        if len(docs) >= CHUNK_DOCUMENTS:
            _commit_chunk(con, docs, rejections, ledger, stats)
            docs, rejections, ledger = {}, {}, []
            if progress:
                progress(f"landing: read {stats.files_read} files")
    _commit_chunk(con, docs, rejections, ledger, stats)
    return stats


def _commit_chunk(con, docs: dict, rejections: dict, ledger: list, stats: LandingStats) -> None:
    """One transaction: new documents (by id), rejections and the landed-files ledger of one chunk."""
    if not (docs or rejections or ledger):
        return
    now = _now()
    con.execute("begin transaction")
    try:
        if docs:
            _insert_documents(con, docs, now, stats)
        if rejections:
            _insert_frame(
                con,
                "raw.rejections",
                pd.DataFrame(
                    [(r.source_file, r.file_sha256 or "", r.reason, r.byte_size, now) for r in rejections.values()],
                    columns=["source_file", "file_sha256", "reason", "byte_size", "rejected_at"],
                ),
            )
            stats.rejected += [(r.source_file, r.reason) for r in rejections.values()]
            stats.rejections_new += len(rejections)
        if ledger:
            _insert_frame(
                con,
                "raw.landed_files",
                pd.DataFrame(
                    [(*row, now) for row in ledger],
                    columns=["file_path", "byte_size", "mtime_ns", "file_sha256", "documents", "rejections", "seen_at"],
                ),
            )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _insert_documents(con, docs: dict, now, stats: LandingStats) -> None:
    """Documents whose id is not in raw.documents yet (a registered frame: text never enters SQL)."""
    frame = pd.DataFrame(
        [
            {
                "document_id": d.document_id,
                "source_file": d.source_file,
                "source_format": d.source_format,
                "encoding": d.encoding,
                "byte_size": d.byte_size,
                "file_sha256": d.file_sha256,
                "url": d.url,
                "meta_title": d.meta_title,
                "meta_published_at": d.meta_published_at,
                "meta_source": d.meta_source,
                "raw_text": d.raw_text,
                "landed_at": now,
            }
            for d in docs.values()
        ]
    )
    before = con.execute("select count(*) from raw.documents").fetchall()[0][0]
    con.register("incoming_documents", frame)
    con.execute("""
        insert into raw.documents by name
        select * from incoming_documents
        where document_id not in (select document_id from raw.documents)
    """)
    con.unregister("incoming_documents")
    new = con.execute("select count(*) from raw.documents").fetchall()[0][0] - before
    stats.documents_new += new
    stats.documents_duplicate += len(docs) - new


def landing_fingerprint(landing_dir: Path) -> str:
    """Cheap fingerprint of the landing folder (paths, sizes, mtimes) for the sensor's cursor."""
    import hashlib

    digest = hashlib.sha256()
    if landing_dir.exists():
        for path in iter_files(landing_dir):
            try:
                st = path.lstat()
            except OSError:
                continue
            digest.update(f"{path.relative_to(landing_dir)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def quarantine(con: duckdb.DuckDBPyConnection, document_id: str, reason: str) -> bool:
    """Take a landed document out of the marts (it stays in raw.documents). False if unknown."""
    known = con.execute("select count(*) from raw.documents where document_id = ?", [document_id]).fetchall()[0][0]
    if not known:
        return False
    con.execute("insert or replace into raw.quarantined_documents values (?, ?, ?)", [document_id, reason, _now()])
    return True


def release(con: duckdb.DuckDBPyConnection, document_id: str) -> bool:
    """Put a quarantined document back. False if it was not quarantined."""
    found = con.execute(
        "select count(*) from raw.quarantined_documents where document_id = ?", [document_id]
    ).fetchall()[0][0]
    con.execute("delete from raw.quarantined_documents where document_id = ?", [document_id])
    # extract it again, so the incremental marts (keyed on extraction time) take it back in
    con.execute("delete from extraction.documents where document_id = ?", [document_id])
    return bool(found)
