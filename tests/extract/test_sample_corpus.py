"""The bundled sample corpus through the extractor: contract-valid records, and the shared scorer."""

import importlib.util
import json

import pytest

from orchestration.extract import extract_document, scan
from orchestration.settings import SAMPLE_CORPUS_DIR

from ..conftest import SHARED
from ..contract import assert_valid_record


@pytest.fixture(scope="module")
def records():
    result = scan([SAMPLE_CORPUS_DIR])
    assert len(result.documents) == 5 and not result.rejections
    return {d.source_file.split("/")[-1]: (d, extract_document(d)) for d in result.documents}


def test_records_are_valid_under_the_contract(records):
    for doc, rec in records.values():
        assert_valid_record(rec, doc.raw_text)


def test_boilerplate_never_becomes_a_fact(records):
    doc, rec = records["000_7cb285d51d7872a1.txt"]
    footer = doc.raw_text.index("© «365 Info»")
    widget_end = doc.raw_text.index("В Нур-Султане обсудили")
    for key in ("regions", "organisations", "persons", "events", "metrics"):
        for item in rec[key]:
            assert widget_end <= item["start"] < footer, (key, item)


@pytest.mark.skipif(not (SHARED / "tools" / "score_extraction.py").exists(), reason="../shared not present")
def test_scores_on_the_reference_annotations(records, tmp_path):
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score_extraction.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(r, ensure_ascii=False) for _, r in records.values()), encoding="utf-8")
    res = scorer.score(scorer.load(SHARED / "spec" / "seeds.gold.jsonl"), scorer.load(pred), SAMPLE_CORPUS_DIR)
    assert res["missing"] == []
    assert res["span_valid"] == 1.0
    assert res["language_acc"] == 1.0 and res["date_acc"] == 1.0
    assert res["regions"]["f1"] >= 0.95
    assert res["metrics"]["f1"] >= 0.90
    assert res["metric_qualifier_acc"] >= 0.85 and res["metric_subject_acc"] >= 0.85
