"""DuckDB connections and the DDL of the raw and extraction schemas.

Document content only ever reaches DuckDB as bound parameters or registered Arrow/pandas
frames, never spliced into SQL text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

RAW_DDL = """
create schema if not exists raw;

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

-- The documents in the pipeline: landed and not quarantined. The one place the quarantine filter is
-- written; dbt's staging (stg_raw__documents) and the GX suites that run before dbt read this view.
create or replace view raw.pipeline_documents as
select * from raw.documents
where document_id not in (select document_id from raw.quarantined_documents);
"""


@dataclass(frozen=True)
class Column:
    """One column of an extraction table and the contract field it is read from: a key of the
    record or item (required when the column is ``not null``), a function of the item, or None when
    the writer sets it (document id, version, item index, extraction time)."""

    name: str
    sql_type: str
    field: str | Callable[[dict], object] | None = None

    @property
    def required(self) -> bool:
        return self.sql_type.endswith("not null")

    def read(self, item: dict) -> object:
        if callable(self.field):
            return self.field(item)
        return item[self.field] if self.required else item.get(self.field)


# The contract-to-table mapping (docs/EXTRACTION.md -> extraction.*): the one list the DDL and the
# writer (warehouse/extraction.py) are generated from. A column added here reaches warehouses made
# before it (nullable columns are added in place; their documents re-extract with the new version).
WRITER_KEY = (Column("document_id", "varchar not null"), Column("extractor_version", "varchar not null"))
ITEM_KEY = (*WRITER_KEY, Column("item_index", "integer not null"))
SPAN = (Column("span_start", "integer not null", "start"), Column("span_end", "integer not null", "end"))

DOCUMENT_COLUMNS = (
    *WRITER_KEY,
    Column("language", "varchar not null", "language"),
    Column("title", "varchar", "title"),
    Column("published_date", "date", "published_date"),
    Column("source_name", "varchar", "source_name"),
    Column("body_start", "integer not null", "body_start"),
    Column("body_end", "integer not null", "body_end"),
    Column("extracted_at", "timestamp not null"),
)

ITEM_COLUMNS: dict[str, tuple[Column, ...]] = {
    "regions": (
        Column("region_code", "varchar not null", "region_code"),
        Column("region_code_at_date", "varchar", lambda it: it.get("region_code_at_date", it["region_code"])),
        Column("district", "varchar", "district"),
        Column("surface", "varchar not null", "surface"),
    ),
    "organisations": (
        Column("organisation_name", "varchar not null", "name"),
        Column("org_type", "varchar not null", "org_type"),
        Column("surface", "varchar not null", "surface"),
        Column("canonical_id", "varchar", "canonical_id"),  # the body in the reference table
        Column("organisation_key", "varchar", "key"),  # the language-independent resolution key
    ),
    "persons": (
        Column("person_name", "varchar not null", "name"),
        Column("person_role", "varchar", "role"),
        Column("surface", "varchar not null", "surface"),
        Column("person_key", "varchar", "key"),
        Column("organisation_index", "integer", "organisation_index"),  # item_index of the role's body
    ),
    "events": (
        Column("event_type", "varchar not null", "event_type"),
        Column("event_name", "varchar", "name"),
        Column("event_date", "date", "date"),
        Column("region_code", "varchar", "region_code"),
        Column("surface", "varchar not null", "surface"),
    ),
    "metrics": (
        Column("metric_value", "double not null", "value"),
        Column("value_min", "double", "value_min"),
        Column("unit", "varchar not null", "unit"),
        Column("subject", "varchar not null", "subject"),
        Column("noun", "varchar", "noun"),
        Column("qualifier", "varchar not null", "qualifier"),
        Column("region_code", "varchar", "region_code"),
        Column("organisation_index", "integer", "organisation_index"),  # item_index of the figure's body
        Column("evidence_text", "varchar not null", "text"),
    ),
}
EXTRACTION_TABLES = tuple(ITEM_COLUMNS)


def table_columns(table: str) -> tuple[Column, ...]:
    """Every column of extraction.<table>, in order."""
    return DOCUMENT_COLUMNS if table == "documents" else (*ITEM_KEY, *ITEM_COLUMNS[table], *SPAN)


def _table_ddl(table: str, primary_key: str) -> str:
    columns = table_columns(table)
    body = ",\n    ".join(f"{c.name} {c.sql_type}" for c in columns)
    create = f"create table if not exists extraction.{table} (\n    {body},\n    primary key ({primary_key})\n);"
    added = [
        f"alter table extraction.{table} add column if not exists {c.name} {c.sql_type};"
        for c in columns
        if not c.required
    ]
    return "\n".join([create, *added])


def extraction_ddl() -> str:
    tables = [_table_ddl("documents", "document_id")]
    tables += [_table_ddl(t, "document_id, item_index") for t in EXTRACTION_TABLES]
    return "create schema if not exists extraction;\n" + "\n\n".join(tables)


DDL = RAW_DDL + "\n" + extraction_ddl()


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
