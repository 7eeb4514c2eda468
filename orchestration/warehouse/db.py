"""DuckDB connections and the DDL of the raw and extraction schemas.

Document content only ever reaches DuckDB as bound parameters or registered Arrow/pandas
frames, never spliced into SQL text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

DDL = """
create schema if not exists raw;
create schema if not exists extraction;

create table if not exists raw.documents (
    document_id        varchar primary key,
    source_file        varchar not null,
    source_format      varchar not null,
    encoding           varchar not null,
    byte_size          bigint not null,
    file_sha256        varchar not null,
    url                varchar,
    meta_title         varchar,
    meta_published_at  varchar,
    meta_source        varchar,
    raw_text           varchar not null,
    landed_at          timestamp not null
);

create table if not exists raw.rejections (
    source_file   varchar not null,
    file_sha256   varchar not null,
    reason        varchar not null,
    byte_size     bigint not null,
    rejected_at   timestamp not null,
    primary key (source_file, file_sha256)
);

-- One row per file version seen in the landing folder: the incremental-landing ledger.
create table if not exists raw.landed_files (
    file_path     varchar not null,
    byte_size     bigint not null,
    mtime_ns      bigint not null,
    file_sha256   varchar not null,
    documents     integer not null,
    rejections    integer not null,
    seen_at       timestamp not null,
    primary key (file_path, byte_size, mtime_ns)
);

-- Documents taken out of the pipeline by hand (`qogam quarantine`), with the reason; staging
-- excludes them, so one bad document cannot hold up publication for ever.
create table if not exists raw.quarantined_documents (
    document_id     varchar primary key,
    reason          varchar not null,
    quarantined_at  timestamp not null
);

create table if not exists extraction.documents (
    document_id        varchar primary key,
    extractor_version  varchar not null,
    language           varchar not null,
    title              varchar,
    published_date     date,
    source_name        varchar,
    body_start         integer not null,
    body_end           integer not null,
    extracted_at       timestamp not null
);

create table if not exists extraction.regions (
    document_id varchar not null, extractor_version varchar not null, item_index integer not null,
    region_code varchar not null, region_code_at_date varchar, district varchar,
    surface varchar not null, span_start integer not null, span_end integer not null,
    primary key (document_id, item_index)
);

create table if not exists extraction.organisations (
    document_id varchar not null, extractor_version varchar not null, item_index integer not null,
    organisation_name varchar not null, org_type varchar not null,
    surface varchar not null, span_start integer not null, span_end integer not null,
    primary key (document_id, item_index)
);
-- the body in the reference table, and the language-independent key (warehouses made before)
alter table extraction.organisations add column if not exists canonical_id varchar;
alter table extraction.organisations add column if not exists organisation_key varchar;

create table if not exists extraction.persons (
    document_id varchar not null, extractor_version varchar not null, item_index integer not null,
    person_name varchar not null, person_role varchar,
    surface varchar not null, span_start integer not null, span_end integer not null,
    primary key (document_id, item_index)
);
alter table extraction.persons add column if not exists person_key varchar;

create table if not exists extraction.events (
    document_id varchar not null, extractor_version varchar not null, item_index integer not null,
    event_type varchar not null, event_name varchar, event_date date, region_code varchar,
    surface varchar not null, span_start integer not null, span_end integer not null,
    primary key (document_id, item_index)
);

create table if not exists extraction.metrics (
    document_id varchar not null, extractor_version varchar not null, item_index integer not null,
    metric_value double not null, value_min double, unit varchar not null, subject varchar not null,
    noun varchar, qualifier varchar not null, region_code varchar, evidence_text varchar not null,
    span_start integer not null, span_end integer not null,
    primary key (document_id, item_index)
);
-- warehouses created before `noun` existed (their documents re-extract: the extractor version changed)
alter table extraction.metrics add column if not exists noun varchar;
"""

EXTRACTION_TABLES = ("regions", "organisations", "persons", "events", "metrics")


@contextmanager
def connect(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection whose buffer pool is bounded (QOGAM_DUCKDB_MEMORY_LIMIT); DuckDB spills beyond it."""
    from ..settings import get_settings

    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only, config={"memory_limit": get_settings().duckdb_memory_limit})
    try:
        yield con
    finally:
        con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)


def table_counts(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = ? order by 1", [schema]
        ).fetchall()
    ]
    return {n: con.execute(f'select count(*) from "{schema}"."{n}"').fetchall()[0][0] for n in names}
