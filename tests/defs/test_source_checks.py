"""dbt tests on sources run as dbt's compiled SQL directly in DuckDB, judged as `dbt test` judges them."""

import json

import dagster as dg
import duckdb
import pytest

from orchestration.defs.transform.project import dbt_project, source_tests_sql_path
from orchestration.defs.transform.source_checks import (
    _tests_by_source,
    build_source_test_checks,
    dbt_test_query,
    dbt_test_status,
    run_dbt_test,
)

MANIFEST = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
COMPILED = json.loads(source_tests_sql_path().read_text(encoding="utf-8"))
SOURCE_TESTS = {t for tests in _tests_by_source(MANIFEST).values() for t in tests}


def _test_id(schema: str, kind: str) -> str:
    return next(
        t for t in SOURCE_TESTS if MANIFEST["nodes"][t]["name"] == f"source_{kind}_{schema}_documents_document_id"
    )


def test_every_source_test_has_compiled_sql_and_a_check():
    assert SOURCE_TESTS, "the project tests its sources"
    assert set(COMPILED) >= SOURCE_TESTS
    checked = {spec.name for c in build_source_test_checks() for spec in c.check_specs}
    assert checked == {MANIFEST["nodes"][t]["name"] for t in SOURCE_TESTS}
    assert all(spec.blocking for c in build_source_test_checks() for spec in c.check_specs)


@pytest.fixture
def warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))  # the catalog the compiled SQL names
    yield con
    con.close()


@pytest.mark.parametrize("schema", ["raw", "extraction"])
@pytest.mark.parametrize(
    "ids, expected",
    [
        (["a1", "b2", "c3"], {"not_null": "pass", "unique": "pass"}),
        (["a1", "a1", "c3"], {"not_null": "pass", "unique": "fail"}),
        (["a1", None, "c3"], {"not_null": "fail", "unique": "pass"}),
        ([None, None, "c3"], {"not_null": "fail", "unique": "pass"}),  # nulls are not duplicates
        (["a1", "a1", None], {"not_null": "fail", "unique": "fail"}),
        ([], {"not_null": "pass", "unique": "pass"}),
    ],
)
def test_source_tests_on_document_ids(warehouse, schema, ids, expected):
    warehouse.execute(f"create schema {schema}; create table {schema}.documents (document_id varchar)")
    if ids:
        warehouse.executemany(f"insert into {schema}.documents values (?)", [[i] for i in ids])
    for kind, status in expected.items():
        test_id = _test_id(schema, kind)
        result = run_dbt_test(warehouse, test_id, MANIFEST["nodes"][test_id], COMPILED)
        assert result["status"] == status, (kind, ids)
        assert (result["failures"] > 0) == (status == "fail")


def test_a_missing_table_or_missing_sql_is_an_error(warehouse):
    test_id = _test_id("raw", "unique")
    assert run_dbt_test(warehouse, test_id, MANIFEST["nodes"][test_id], COMPILED)["status"] == "error"
    warehouse.execute("create schema raw; create table raw.documents (document_id varchar)")
    assert run_dbt_test(warehouse, test_id, MANIFEST["nodes"][test_id], {})["status"] == "error"


@pytest.mark.parametrize(
    "warn, error, severity, expected",
    [
        (False, False, "error", "pass"),
        (True, True, "error", "fail"),
        (True, False, "error", "warn"),
        (True, True, "warn", "warn"),
        (False, False, "warn", "pass"),
        (True, True, "ERROR", "fail"),
    ],
)
def test_status_as_dbt_judges_it(warn, error, severity, expected):
    assert dbt_test_status(warn, error, severity) == expected


@pytest.mark.parametrize(
    "config, rows, expected",
    [
        ({}, 3, (3, True, True)),
        ({}, 0, (0, False, False)),
        ({"warn_if": ">= 1", "error_if": "> 2"}, 2, (2, True, False)),
        ({"limit": 1}, 3, (1, True, True)),
        ({"fail_calc": "sum(n)", "error_if": "> 10"}, 3, (6, True, False)),
    ],
)
def test_query_wraps_compiled_sql_like_dbt(config, rows, expected):
    con = duckdb.connect()
    con.execute(f"create table t as select range + 1 as n from range({rows})")
    assert con.execute(dbt_test_query("select n from t", config)).fetchone() == expected


def test_a_failing_source_test_fails_its_check_on_the_source_asset(home):
    from orchestration.settings import get_settings
    from orchestration.warehouse.db import connect

    with connect(get_settings().warehouse_path) as con:
        con.execute("create schema raw; create table raw.documents (document_id varchar)")
        con.execute("insert into raw.documents values ('a1'), ('a1')")
    raw_checks = next(c for c in build_source_test_checks() if "raw" in c.node_def.name)
    result = dg.materialize(
        [dg.AssetSpec(dg.AssetKey(["raw", "documents"])), raw_checks],
        selection=dg.AssetSelection.checks_for_assets(dg.AssetKey(["raw", "documents"])),
        raise_on_error=False,
    )
    evaluations = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert evaluations[MANIFEST["nodes"][_test_id("raw", "unique")]["name"]] is False
    assert evaluations[MANIFEST["nodes"][_test_id("raw", "not_null")]["name"]] is True
