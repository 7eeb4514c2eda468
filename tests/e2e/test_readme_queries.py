"""Every SQL block under the README's "Example queries" runs on the published file (read-only)."""

import re

import duckdb
import pytest

from orchestration.settings import PROJECT_ROOT


def readme_queries() -> list[str]:
    """The SQL blocks under the README's "### Example queries" heading (up to the next section)."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_readme_has_five_example_queries():
    assert len(readme_queries()) >= 5


@pytest.mark.slow
def test_readme_queries_run_on_the_published_file(built_home):
    con = duckdb.connect(str(built_home / "published" / "qogam.duckdb"), read_only=True)
    try:
        for sql in readme_queries():
            rows = con.execute(sql).fetchall()
            assert rows, f"query returned nothing on the sample corpus:\n{sql}"
    finally:
        con.close()
