import duckdb
import pytest

from orchestration.warehouse.publish import publish, read_publication


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
    publication = publish(wh, pub, tmp_path / "published" / "parquet")
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
    publish(wh, pub, tmp_path / "published" / "parquet")
    reader = duckdb.connect(str(pub), read_only=True)
    make_warehouse(wh, 5)
    publish(wh, pub, tmp_path / "published" / "parquet")
    assert reader.execute("select count(*) from dim_things").fetchall() == [(3,)]  # old inode, still complete
    reader.close()
    assert read_publication(pub)["tables"]["dim_things"] == 5


def test_failed_publication_leaves_the_previous_file(tmp_path):
    wh, pub = tmp_path / "w.duckdb", tmp_path / "published" / "qogam.duckdb"
    make_warehouse(wh, 3)
    first = publish(wh, pub, tmp_path / "published" / "parquet")
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(RuntimeError, match="no mart tables"):
        publish(empty, pub, tmp_path / "published" / "parquet")
    assert read_publication(pub)["version"] == first.version
    assert not list((tmp_path / "published").glob(".qogam-*"))
