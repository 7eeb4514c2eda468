"""The bundled sample corpus through the extractor: contract-valid records.

Accuracy against its gold annotation (measuring material outside the repository) is measured by
`python -m bench.seeds_accuracy`, not here: tests pass on a fresh clone."""

import pytest

from orchestration.extract import extract_document, scan
from orchestration.settings import SAMPLE_CORPUS_DIR

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
