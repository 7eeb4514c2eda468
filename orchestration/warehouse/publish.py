"""Publish the marts to a separate DuckDB file and Parquet, atomically.

Each publication is a new file, ``published/qogam-<version>.duckdb`` (built under a temporary
name, then made read-only and renamed), and ``published/qogam.duckdb`` is a symbolic link to the
current one, swapped atomically (``os.replace`` of a new link: atomic on POSIX). Parquet goes to
``parquet-<version>/`` behind the ``parquet`` link, swapped the same way.

Why versioned files: DuckDB keeps one database instance per resolved file path inside a process.
Had every publication the same path, a pooled BI server (Superset, a SQLAlchemy pool) would keep
getting the old instance for as long as any of its connections stayed open. With a new path per
publication, every connection opened after the swap reads the new file, while connections already
open keep reading their own complete version. Old versions are removed after RETAIN newer ones
exist; a reader still holding one open keeps reading it (POSIX keeps an open file until closed).
Nothing here runs unless every blocking check passed (the Dagster graph enforces it). Which tables
are marts is decided once, by dbt's `marts` folder: the caller passes their names in
(`mart_model_names()` in defs/transform/project.py), this module reads no manifest.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

RETAIN = 3  # publications kept on disk (the current one and the two before it)


@dataclass
class Publication:
    path: Path
    parquet_dir: Path
    version: str
    tables: dict[str, int]


def mart_tables(
    con: duckdb.DuckDBPyConnection, marts: Sequence[str], schema: str = "marts", catalog: str | None = None
) -> list[str]:
    """The given marts, in order; a RuntimeError names any the schema does not hold (an incomplete
    build is not published)."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = ? and (? is null or table_catalog = ?)",
        [schema, catalog, catalog],
    ).fetchall()
    present = {r[0] for r in rows}
    if not present.intersection(marts):
        raise RuntimeError(f"no mart tables found in schema '{schema}'")
    missing = sorted(set(marts) - present)
    if missing:
        raise RuntimeError(f"mart tables missing from schema '{schema}': {', '.join(missing)}")
    return sorted(marts)


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish(
    warehouse_path: Path,
    published_path: Path,
    parquet_link: Path,
    marts: Sequence[str],
    schema: str = "marts",
    extra_tables: tuple[tuple[str, str], ...] = (),
) -> Publication:
    published_dir = published_path.parent
    published_dir.mkdir(parents=True, exist_ok=True)
    # A publisher killed mid-way leaves temporary files; runs are serialised, so any left now is stale.
    for stale in published_dir.glob(".qogam-*"):
        stale.unlink(missing_ok=True)
    # Fixed-width UTC time to the microsecond first: versions (and their files) sort by publication time.
    version = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:8]
    tmp_db = published_dir / f".qogam-{version}.duckdb.tmp"
    version_db = published_dir / f"qogam-{version}.duckdb"
    parquet_dir = published_dir / f"parquet-{version}"
    tables: dict[str, int] = {}
    try:
        con = duckdb.connect(str(tmp_db))
        try:
            con.execute(f"attach {_quote_path(warehouse_path)} as wh (read_only)")
            names = [(schema, t) for t in mart_tables(con, marts, schema, catalog="wh")] + list(extra_tables)
            for src_schema, table in names:
                con.execute(f'create table main."{table}" as select * from wh."{src_schema}"."{table}"')
                tables[table] = con.execute(f'select count(*) from main."{table}"').fetchall()[0][0]
            con.execute(
                """create table main._publication as select ? as publication_version,
                           ?::timestamp as published_at, ? as table_row_counts""",
                [version, datetime.now(UTC).replace(tzinfo=None), json.dumps(tables)],
            )
            con.execute("detach wh")
            parquet_dir.mkdir()
            for table in tables:
                con.execute(
                    f'copy main."{table}" to {_quote_path(parquet_dir / (table + ".parquet"))} (format parquet)'
                )
            con.execute("checkpoint")
        finally:
            con.close()
        os.chmod(tmp_db, 0o444)  # the published file is for reading
        os.replace(tmp_db, version_db)
        _swap_link(published_path, version_db)
        _swap_link(parquet_link, parquet_dir)
    except BaseException:
        tmp_db.unlink(missing_ok=True)
        for new, link in ((version_db, published_path), (parquet_dir, parquet_link)):
            if new.exists() and not _points_to(link, new):
                (shutil.rmtree if new.is_dir() else Path.unlink)(new)
        raise
    _prune(published_dir, "qogam-*.duckdb", current=version_db)
    _prune(published_dir, "parquet-*", current=parquet_dir)
    return Publication(published_path, parquet_link, version, tables)


def _points_to(link: Path, target: Path) -> bool:
    return link.is_symlink() and link.resolve() == target.resolve()


def _swap_link(link: Path, target: Path) -> None:
    """Point `link` at `target` (a sibling) atomically; replaces an earlier real file or folder."""
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)
    tmp_link = link.parent / f".qogam-link-{uuid.uuid4().hex[:8]}"
    os.symlink(target.name, tmp_link)
    os.replace(tmp_link, link)


def _prune(published_dir: Path, pattern: str, current: Path, retain: int = RETAIN) -> None:
    """Remove all but the newest `retain` versions (names sort by publication time); never the current one."""
    versions = sorted((p for p in published_dir.glob(pattern) if not p.is_symlink() and p != current), reverse=True)
    for path in versions[retain - 1 :]:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


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
