"""End to end: the Dagster graph materialised into a temporary home.

Proved once elsewhere, as a user meets them: the blocked run (a failing check keeps the previous
publication) by `tests/test_cli.py::test_qogam_run_exits_nonzero_names_the_check_and_keeps_the_publication`;
idempotent reruns (a second run over the same folder adds nothing and publishes the same marts) by
`tests/e2e/test_cli_runs.py::test_marts_after_two_runs_are_those_of_one_run`.
"""

import duckdb
import pytest

from orchestration.defs.transform.project import mart_model_names

from .pipeline import published_tables

pytestmark = pytest.mark.slow


def test_sample_corpus_end_to_end(built_home):
    published = built_home / "published" / "qogam.duckdb"
    tables = published_tables(published)
    assert set(tables) == set(mart_model_names())  # exactly the models of the marts folder
    assert {
        "dim_regions",
        "dim_organisations",
        "fct_events",
        "fct_metrics",
        "dim_documents",
        "dim_dates",
        "dim_sources",
        "dim_persons",
    } <= set(tables)
    codes = {row[0] for row in tables["dim_regions"]}
    assert len(codes) == 22 and {"KZ", "KZ-71", "KZ-75", "unknown"} <= codes
    for name in ("dim_organisations", "fct_events", "fct_metrics"):
        assert tables[name], f"{name} is empty"
    assert len(tables["dim_documents"]) == 5

    # The two articles about the capital's NGO council meeting: one event, two sources; one
    # "about 4,500 NGOs in Astana" fact with two sources, both mentions kept.
    con = duckdb.connect(str(published), read_only=True)
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    assert q("select source_count from fct_events where event_type = 'meeting' and region_code = 'KZ-71'") == [(2,)]
    assert q(
        "select source_count, mention_count from fct_metrics where subject = 'ngo' and region_code = 'KZ-71' "
        "and metric_value = 4500 and qualifier = 'approx'"
    ) == [(2, 2)]
    assert q("select count(*) from fct_metric_mentions where subject = 'ngo' and metric_value = 4500") == [(2,)]
    assert q(
        "select count(distinct document_id) from bdg_event_documents where event_id = "
        "(select event_id from fct_events where event_type = 'meeting' and region_code = 'KZ-71')"
    ) == [(2,)]
    assert q(
        "select count(*) from dim_region_names where region_code = 'KZ-71' and region_name_ru = 'Нур-Султан' "
        "and valid_from = date '2019-03-23' and valid_to = date '2022-09-17'"
    ) == [(1,)]
    con.close()
    assert "raw_text" not in repr(tables.keys())
    assert (built_home / "published" / "parquet" / "fct_metrics.parquet").exists()
