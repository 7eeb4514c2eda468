"""The quarantine filter is written once (the raw.pipeline_documents view, warehouse/db.py): the GX
suite that guards the extraction before dbt runs reads it as staging does."""

from datetime import datetime

import duckdb
import pytest

from orchestration.quality.suites import run_suite
from orchestration.warehouse.db import ensure_schema
from orchestration.warehouse.landing import quarantine, release

TEXTS = {
    "a" * 64: "В Павлодаре работают 120 волонтёров.",
    "b" * 64: "Облыста ҮЕҰ үлесі 250 пайызды құрайды.",  # a percentage the suite rejects
}


@pytest.fixture
def con():
    con = duckdb.connect()
    ensure_schema(con)
    for i, (doc_id, text) in enumerate(TEXTS.items()):
        con.execute(
            "insert into raw.documents values (?, ?, 'text', 'utf-8', ?, ?, null, null, null, null, ?, ?)",
            [doc_id, f"{i}.txt", len(text.encode()), doc_id, text, datetime(2026, 3, 1)],
        )
    metrics = [("a" * 64, 120.0, "count", "volunteer", 21, 35), ("b" * 64, 250.0, "percent", "share", 15, 26)]
    for doc_id, value, unit, subject, start, end in metrics:
        con.execute(
            "insert into extraction.metrics by name select ? as document_id, 'test' as extractor_version, "
            "0 as item_index, ? as metric_value, ? as unit, ? as subject, 'exact' as qualifier, "
            "'x' as evidence_text, ? as span_start, ? as span_end",
            [doc_id, value, unit, subject, start, end],
        )
    yield con
    con.close()


def pipeline_ids(con):
    return [r[0] for r in con.execute("select document_id from raw.pipeline_documents order by 1").fetchall()]


def test_quarantined_documents_leave_the_pipeline_view_and_come_back_on_release(con):
    assert pipeline_ids(con) == sorted(TEXTS)
    assert quarantine(con, "b" * 64, "250%")
    assert pipeline_ids(con) == ["a" * 64]
    assert release(con, "b" * 64)
    assert pipeline_ids(con) == sorted(TEXTS)


def test_the_extraction_suite_skips_a_quarantined_documents_figures(con):
    failed = run_suite(con, "extraction_metrics")
    assert not failed.success
    assert any("b" * 64 in f.offending_ids for f in failed.failures)
    quarantine(con, "b" * 64, "250%")
    assert run_suite(con, "extraction_metrics").success
