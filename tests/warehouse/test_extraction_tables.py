"""The extraction tables are generated from one contract-to-table mapping (warehouse/db.py): the DDL,
the rows written and warehouses made before a column existed all follow it."""

import duckdb
import pytest

from orchestration.warehouse.db import EXTRACTION_TABLES, ensure_schema, table_columns
from orchestration.warehouse.extraction import write_records

RECORD = {
    "document_id": "d" * 64,
    "extractor_version": "test",
    "language": "kk",
    "title": "Жастар форумы өтті",
    "published_date": "2026-03-02",
    "source_name": "Test News",
    "body_start": 0,
    "body_end": 200,
    "regions": [{"region_code": "KZ-75", "surface": "Алматыда", "start": 0, "end": 8}],
    "organisations": [
        {
            "name": "Қоғамдық даму басқармасы",
            "org_type": "government",
            "surface": "Қоғамдық даму басқармасының",
            "start": 10,
            "end": 37,
            "canonical_id": None,
            "key": "qogamdyq damu basqarma",
        }
    ],
    "persons": [
        {
            "name": "Диас Есенов",
            "role": "Қоғамдық даму басқармасының басшысы",
            "organisation_index": 0,
            "surface": "Диас Есенов",
            "start": 46,
            "end": 57,
            "key": "dias esenov",
        },
        {"name": "Иван Петров", "role": None, "surface": "Иван Петров", "start": 60, "end": 71},
    ],
    "events": [
        {"event_type": "forum", "name": None, "date": "2026-03-01", "region_code": "KZ-75", "surface": "форум"}
        | {"start": 80, "end": 85}
    ],
    "metrics": [
        {
            "value": 4000.0,
            "unit": "count",
            "subject": "ngo",
            "noun": "ҮЕҰ",
            "qualifier": "more_than",
            "region_code": "KZ-75",
            "organisation_index": 0,
            "text": "4 мыңнан астам ҮЕҰ",
            "start": 90,
            "end": 108,
        }
    ],
}

# (table, column, the value read back from the first row): each contract field lands in its column
LANDED = [
    ("documents", "language", "kk"),
    ("documents", "source_name", "Test News"),
    ("regions", "region_code_at_date", "KZ-75"),  # defaults to the current code
    ("regions", "district", None),
    ("organisations", "organisation_name", "Қоғамдық даму басқармасы"),
    ("organisations", "organisation_key", "qogamdyq damu basqarma"),
    ("persons", "person_role", "Қоғамдық даму басқармасының басшысы"),
    ("persons", "organisation_index", 0),
    ("persons", "person_key", "dias esenov"),
    ("events", "event_name", None),
    ("metrics", "metric_value", 4000.0),
    ("metrics", "evidence_text", "4 мыңнан астам ҮЕҰ"),
    ("metrics", "organisation_index", 0),
    ("metrics", "value_min", None),
    ("metrics", "span_end", 108),
]


@pytest.fixture
def con():
    con = duckdb.connect()
    ensure_schema(con)
    yield con
    con.close()


@pytest.mark.parametrize("table", ("documents", *EXTRACTION_TABLES))
def test_tables_have_exactly_the_listed_columns(con, table):
    rows = con.execute(
        "select column_name from information_schema.columns where table_schema = 'extraction' "
        "and table_name = ? order by ordinal_position",
        [table],
    ).fetchall()
    assert [r[0] for r in rows] == [c.name for c in table_columns(table)]


@pytest.mark.parametrize("table, column, value", LANDED)
def test_contract_fields_land_in_their_columns(con, table, column, value):
    write_records(con, [RECORD])
    got = con.execute(f"select {column} from extraction.{table} order by 1 nulls last limit 1").fetchall()
    assert got == [(value,)]


def test_a_person_without_an_organisation_lands_with_a_null_index(con):
    write_records(con, [RECORD])
    rows = con.execute("select person_name, organisation_index from extraction.persons order by item_index")
    assert rows.fetchall() == [("Диас Есенов", 0), ("Иван Петров", None)]


def test_a_required_field_missing_from_the_record_is_an_error(con):
    broken = RECORD | {"metrics": [{k: v for k, v in RECORD["metrics"][0].items() if k != "unit"}]}
    with pytest.raises(KeyError, match="unit"):
        write_records(con, [broken])


def test_warehouses_made_before_a_column_existed_gain_it(con):
    con.execute("drop table extraction.metrics")
    con.execute(
        "create table extraction.metrics (document_id varchar, extractor_version varchar, item_index integer, "
        "metric_value double, unit varchar, subject varchar, qualifier varchar, evidence_text varchar, "
        "span_start integer, span_end integer)"
    )
    ensure_schema(con)
    write_records(con, [RECORD])
    assert con.execute("select noun, organisation_index from extraction.metrics").fetchall() == [("ҮЕҰ", 0)]
