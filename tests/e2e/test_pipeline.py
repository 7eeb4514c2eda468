"""End to end: the Dagster graph materialised into a temporary home."""

import duckdb
import pytest

from orchestration.extract.decoding import document_id
from orchestration.warehouse.db import connect
from orchestration.warehouse.landing import quarantine
from orchestration.warehouse.publish import read_publication

from .pipeline import published_tables, run_pipeline

pytestmark = pytest.mark.slow


def test_sample_corpus_end_to_end_and_idempotent(home, sample_landing):
    first = run_pipeline()
    assert first.success
    checks = first.get_asset_check_evaluations()
    assert len(checks) > 50 and all(c.passed for c in checks)
    published = home / "published" / "qogam.duckdb"
    tables = published_tables(published)
    assert {"dim_regions", "dim_organisations", "fct_events", "fct_metrics", "dim_documents", "dim_dates",
            "dim_sources", "dim_persons"} <= set(tables)
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
    assert q("select source_count, mention_count from fct_metrics where subject = 'ngo' and region_code = 'KZ-71' "
             "and metric_value = 4500 and qualifier = 'approx'") == [(2, 2)]
    assert q("select count(*) from fct_metric_mentions where subject = 'ngo' and metric_value = 4500") == [(2,)]
    assert q("select count(distinct document_id) from bdg_event_documents where event_id = "
             "(select event_id from fct_events where event_type = 'meeting' and region_code = 'KZ-71')") == [(2,)]
    assert q("select count(*) from dim_region_names where region_code = 'KZ-71' and region_name_ru = 'Нур-Султан' "
             "and valid_from = date '2019-03-23' and valid_to = date '2022-09-17'") == [(1,)]
    con.close()
    assert "raw_text" not in repr(tables.keys())
    assert (home / "published" / "parquet" / "fct_metrics.parquet").exists()

    for _ in range(2):  # reruns add nothing and change nothing
        again = run_pipeline()
        assert again.success
        assert published_tables(published) == tables


def test_failing_check_keeps_the_previous_publication(home, sample_landing):
    assert run_pipeline().success
    before = read_publication(home / "published" / "qogam.duckdb")
    (sample_landing / "bad.txt").write_text(
        "Доля НПО выросла до абсурда\n\nПо данным отчета, доля некоммерческих организаций в регионе "
        "составляет 250 процентов от общего числа организаций.\n", encoding="utf-8")
    result = run_pipeline()
    assert not result.success
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    bad_id = document_id((sample_landing / "bad.txt").read_text(encoding="utf-8"))
    [check] = [c for c in failed if c.check_name == "gx_extraction_metrics"]
    assert "percent_value" in check.description and bad_id in check.description
    assert read_publication(home / "published" / "qogam.duckdb") == before

    # Quarantining the offending document lets the next run publish without it.
    with connect(home / "warehouse.duckdb") as con:
        assert quarantine(con, bad_id, "percentage of 250 in the source text")
    assert run_pipeline().success
    after = read_publication(home / "published" / "qogam.duckdb")
    assert after["version"] != before["version"]
    con = duckdb.connect(str(home / "published" / "qogam.duckdb"), read_only=True)
    assert con.execute("select count(*) from dim_documents where document_id = ?", [bad_id]).fetchall() == [(0,)]
    con.close()
