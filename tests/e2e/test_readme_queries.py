"""Every SQL block under the README's "Example queries" runs on the published file (read-only)."""

import duckdb
import pytest

from bench.queries import readme_queries

from .pipeline import run_pipeline

pytestmark = pytest.mark.slow


def test_readme_has_five_example_queries():
    assert len(readme_queries()) >= 5


def test_readme_queries_run_on_the_published_file(home, sample_landing):
    assert run_pipeline().success
    con = duckdb.connect(str(home / "published" / "qogam.duckdb"), read_only=True)
    try:
        for sql in readme_queries():
            rows = con.execute(sql).fetchall()
            assert rows, f"query returned nothing on the sample corpus:\n{sql}"
    finally:
        con.close()
