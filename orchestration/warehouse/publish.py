"""Publish the marts to a separate DuckDB file and Parquet, atomically.

The new file is built beside the old one under a temporary name and then renamed over
``published/qogam.duckdb`` (``os.replace``: atomic on POSIX). A BI tool that holds the
old file open keeps reading the old, complete version; a new connection sees the new one.
Parquet goes to a fresh versioned folder and the ``parquet`` link is swapped the same way.
Nothing here runs unless every blocking check passed (the Dagster graph enforces it).
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

MART_PREFIXES = ("dim_", "fct_", "bdg_", "rpt_")


@dataclass
class Publication:
    path: Path
    parquet_dir: Path
    version: str
    tables: dict[str, int]


def mart_tables(con: duckdb.DuckDBPyConnection, schema: str = "marts", catalog: str | None = None) -> list[str]:
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = ? "
        "and (? is null or table_catalog = ?) order by 1", [schema, catalog, catalog]).fetchall()
    return [r[0] for r in rows if r[0].startswith(MART_PREFIXES)]


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish(warehouse_path: Path, published_path: Path, parquet_link: Path, schema: str = "marts",
            extra_tables: tuple[tuple[str, str], ...] = ()) -> Publication:
    published_dir = published_path.parent
    published_dir.mkdir(parents=True, exist_ok=True)
    # A publisher killed mid-way leaves a temporary file; runs are serialised, so any left now is stale.
    for stale in published_dir.glob(".qogam-*.duckdb.tmp*"):
        stale.unlink(missing_ok=True)
    version = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    tmp_db = published_dir / f".qogam-{version}.duckdb.tmp"
    parquet_dir = published_dir / f"parquet-{version}"
    tables: dict[str, int] = {}
    try:
        con = duckdb.connect(str(tmp_db))
        try:
            con.execute(f"attach {_quote_path(warehouse_path)} as wh (read_only)")
            names = [(schema, t) for t in mart_tables(con, schema, catalog="wh")] + list(extra_tables)
            if not names:
                raise RuntimeError(f"no mart tables found in schema '{schema}' of {warehouse_path}")
            for src_schema, table in names:
                con.execute(f'create table main."{table}" as select * from wh."{src_schema}"."{table}"')
                tables[table] = con.execute(f'select count(*) from main."{table}"').fetchall()[0][0]
            con.execute("""create table main._publication as select ? as publication_version,
                           ?::timestamp as published_at, ? as table_row_counts""",
                        [version, datetime.now(timezone.utc).replace(tzinfo=None), json.dumps(tables)])
            con.execute("detach wh")
            parquet_dir.mkdir()
            for table in tables:
                con.execute(f'copy main."{table}" to {_quote_path(parquet_dir / (table + ".parquet"))} (format parquet)')
            con.execute("checkpoint")
        finally:
            con.close()
        os.chmod(tmp_db, 0o444)  # the published file is for reading
        os.replace(tmp_db, published_path)
        _swap_link(parquet_link, parquet_dir)
    except BaseException:
        tmp_db.unlink(missing_ok=True)
        if parquet_dir.exists() and not (parquet_link.is_symlink() and parquet_link.resolve() == parquet_dir.resolve()):
            shutil.rmtree(parquet_dir, ignore_errors=True)
        raise
    _prune_old_parquet(published_dir, keep=parquet_dir)
    return Publication(published_path, parquet_link, version, tables)


def _swap_link(link: Path, target: Path) -> None:
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)
    tmp_link = link.parent / f".{link.name}-{uuid.uuid4().hex[:8]}"
    os.symlink(target.name, tmp_link)
    os.replace(tmp_link, link)


def _prune_old_parquet(published_dir: Path, keep: Path, retain: int = 2) -> None:
    old = sorted((p for p in published_dir.glob("parquet-*") if p.is_dir() and p != keep), reverse=True)
    for path in old[retain - 1:]:
        shutil.rmtree(path, ignore_errors=True)


def read_publication(published_path: Path) -> dict | None:
    """Metadata of the current publication, or None if there is none (opens read-only)."""
    if not published_path.exists():
        return None
    con = duckdb.connect(str(published_path), read_only=True)
    try:
        version, at, counts = con.execute("select * from _publication").fetchall()[0]
        return {"version": version, "published_at": at, "tables": json.loads(counts)}
    finally:
        con.close()
