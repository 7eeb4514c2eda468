import time

import duckdb
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from orchestration.warehouse.publish import RETAIN, publish, read_publication

MARTS = ("dim_things", "fct_stuff")  # the caller names the marts (dbt's marts folder)


def make_warehouse(path, rows):
    con = duckdb.connect(str(path))
    con.execute("create schema if not exists marts")
    con.execute("create schema if not exists raw")
    con.execute("create or replace table marts.dim_things as select range as thing_id from range(?)", [rows])
    con.execute("create or replace table marts.fct_stuff as select range as stuff_id from range(?)", [rows * 2])
    con.execute("create or replace table marts.not_a_mart as select 1 as x")
    con.execute("create or replace table raw.documents as select 'secret text' as raw_text")
    con.close()


def test_publishes_marts_only_as_duckdb_and_parquet(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 3)
    publication = publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
    assert publication.tables == {"dim_things": 3, "fct_stuff": 6}
    con = duckdb.connect(str(pub), read_only=True)
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    con.close()
    assert tables == {"dim_things", "fct_stuff", "_publication"}
    assert sorted(p.name for p in (tmp_path / "published" / "parquet").iterdir()) == [
        "dim_things.parquet",
        "fct_stuff.parquet",
    ]
    assert duckdb.sql(f"select count(*) from '{tmp_path}/published/parquet/fct_stuff.parquet'").fetchall() == [(6,)]


def test_open_reader_keeps_its_version_while_a_new_one_is_published(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 3)
    publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
    reader = duckdb.connect(str(pub), read_only=True)
    make_warehouse(wh, 5)
    publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
    assert reader.execute("select count(*) from dim_things").fetchall() == [(3,)]  # old inode, still complete
    reader.close()
    assert read_publication(pub)["tables"]["dim_things"] == 5


def test_failed_publication_leaves_the_previous_file(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 3)
    first = publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(RuntimeError, match="no mart tables"):
        publish(empty, pub, tmp_path / "published" / "parquet", MARTS)
    assert read_publication(pub)["version"] == first.version
    assert not list((tmp_path / "published").glob(".qogam-*"))


def test_each_publication_is_a_new_file_behind_a_stable_link_and_old_ones_are_removed(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    versions = []
    for rows in range(1, 6):
        make_warehouse(wh, rows)
        versions.append(publish(wh, pub, tmp_path / "published" / "parquet", MARTS).version)
        assert pub.is_symlink() and pub.resolve().name == f"qogam-{versions[-1]}.duckdb"
        assert read_publication(pub)["tables"]["dim_things"] == rows
    kept = sorted(p.name for p in pub.parent.glob("qogam-*.duckdb"))
    assert kept == [f"qogam-{v}.duckdb" for v in versions[-RETAIN:]]
    assert sorted(p.name for p in pub.parent.glob("parquet-*")) == [f"parquet-{v}" for v in versions[-RETAIN:]]


def query_count(engine_or_conn) -> int:
    return engine_or_conn.execute(text("select count(*) from dim_things")).scalar()


def test_pooled_read_only_engine_sees_each_new_publication_after_pool_recycle(tmp_path):
    """What a BI server does (Superset: SQLAlchemy + duckdb-engine): a pool of read-only connections
    held across publications. With the documented pool_recycle, a connection checked out after the
    recycle time reads the current publication; one held open keeps reading its own complete one."""
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 3)
    publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
    engine = create_engine(f"duckdb:///{pub}", connect_args={"read_only": True}, pool_recycle=1, pool_pre_ping=True)
    held = engine.connect()
    assert query_count(held) == 3
    with engine.connect() as conn:
        assert query_count(conn) == 3
    for rows in (5, 7, 9, 11):  # enough publications that the held version's file is removed
        make_warehouse(wh, rows)
        publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
        time.sleep(1.1)  # the documented step: connections older than pool_recycle are reopened
        with engine.connect() as conn:
            assert query_count(conn) == rows
        assert query_count(held) == 3  # still its own complete version, no error
    held.close()
    engine.dispose()


def test_unpooled_engine_sees_a_new_publication_at_once(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    engine = create_engine(f"duckdb:///{pub}", connect_args={"read_only": True}, poolclass=NullPool)
    for rows in (2, 4):
        make_warehouse(wh, rows)
        publish(wh, pub, tmp_path / "published" / "parquet", MARTS)
        with engine.connect() as conn:
            assert query_count(conn) == rows


def test_publishes_exactly_the_named_marts(tmp_path):
    """Which tables are marts is decided by dbt's marts folder (the caller's list), not by a name prefix."""
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 2)
    con = duckdb.connect(str(wh))
    con.execute("create table marts.dim_leftover as select 1 as x")  # a dropped model's old table
    con.execute("create table marts.summary_by_year as select 1 as x")  # a mart without a known prefix
    con.close()
    publication = publish(wh, pub, tmp_path / "published" / "parquet", ["summary_by_year", *MARTS])
    assert set(publication.tables) == {"dim_things", "fct_stuff", "summary_by_year"}


def test_a_named_mart_missing_from_the_build_stops_the_publication(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 2)
    with pytest.raises(RuntimeError, match="missing.*dim_absent"):
        publish(wh, pub, tmp_path / "published" / "parquet", [*MARTS, "dim_absent"])
    assert not pub.exists()
