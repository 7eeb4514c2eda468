"""quality.suites.validate_frame on its own: passing frames pass, failing frames name the offending rows."""

import pandas as pd
import pytest

from orchestration.quality.suites import load_suite_spec, validate_frame

SPEC = {
    "name": "figures",
    "meta": {"row_id_column": "document_id"},
    "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "metric_value"}},
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "percent_value", "min_value": 0, "max_value": 100},
        },
        {
            "type": "expect_column_values_to_be_in_set",
            "kwargs": {"column": "unit", "value_set": ["count", "KZT", "percent"]},
        },
    ],
}


def frame(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["document_id", "metric_value", "percent_value", "unit"])


GOOD = ("a1", 4500.0, None, "count")
HALF = ("b2", 50.0, 50.0, "percent")


@pytest.mark.parametrize(
    ("rows", "expected_failures"),
    [
        pytest.param([GOOD, HALF], [], id="all-plausible"),
        pytest.param(
            [GOOD, ("c3", 250.0, 250.0, "percent")],
            [("expect_column_values_to_be_between", "percent_value", 1, ["c3"])],
            id="percent-over-100",
        ),
        pytest.param(
            [("d4", None, None, "count"), HALF, ("e5", 3.0, None, "штук")],
            [
                ("expect_column_values_to_not_be_null", "metric_value", 1, ["d4"]),
                ("expect_column_values_to_be_in_set", "unit", 1, ["e5"]),
            ],
            id="null-and-unknown-unit",
        ),
        pytest.param(
            [("f6", 1.0, -1.0, "percent"), ("f6", 2.0, -2.0, "percent"), GOOD],
            [("expect_column_values_to_be_between", "percent_value", 2, ["f6"])],
            id="one-document-twice",
        ),
    ],
)
def test_validate_frame_names_the_offending_rows(rows, expected_failures):
    result = validate_frame(SPEC, frame(*rows))
    assert result.success is (expected_failures == [])
    assert result.rows == len(rows) and result.evaluated == len(SPEC["expectations"])
    got = sorted((f.expectation, f.column, f.unexpected_count, f.offending_ids) for f in result.failures)
    assert got == sorted(expected_failures)
    for _, _, _, ids in expected_failures:
        assert all(i in result.summary() for i in ids)
    if not expected_failures:
        assert "passed" in result.summary()


def test_validate_frame_without_an_id_column_still_counts_failures():
    spec = {**SPEC, "meta": {}}
    result = validate_frame(spec, frame(GOOD, ("x", 1.0, 101.0, "percent")))
    [failure] = result.failures
    assert (failure.column, failure.unexpected_count, failure.offending_ids) == ("percent_value", 1, [])


@pytest.mark.parametrize("name", ["raw_documents", "extraction_metrics", "fct_metric_mentions"])
def test_shipped_suites_name_a_guarded_asset_a_query_and_a_row_id(name):
    spec = load_suite_spec(name)
    assert spec["name"] == name and spec["expectations"]
    assert spec["meta"]["guards"] and spec["meta"]["query"].lstrip().lower().startswith("select")
    assert spec["meta"]["row_id_column"] in spec["meta"]["query"]


def test_missing_suite_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no expectation suite"):
        load_suite_spec("nothing_here", directory=tmp_path)
