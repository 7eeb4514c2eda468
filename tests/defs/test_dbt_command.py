"""qogam-dbt leaves the warehouse path out of what dbt's partial parsing compares: safe only while
nothing in the project reads it. (That runs in new data homes parse partially is checked on the
logs of real runs: `tests/e2e/test_cli_runs.py::test_output_is_short_and_names_the_full_log`.)"""

import re

from dbt.adapters.duckdb.credentials import DuckDBCredentials

from orchestration.dbt_command import PARSE_INDEPENDENT_KEYS, _keys_parsing_depends_on
from orchestration.settings import DBT_PROJECT_DIR

READS_PATH = re.compile(r"""target\s*(\.\s*path\b|\[\s*['"]path['"]\s*\]|\.get\(\s*['"]path['"])""")


def test_no_project_file_reads_the_warehouse_path():
    files = [DBT_PROJECT_DIR / "dbt_project.yml"]
    for folder in ("models", "macros", "tests", "seeds", "snapshots", "analyses"):
        files += [p for p in (DBT_PROJECT_DIR / folder).rglob("*") if p.suffix in (".sql", ".yml", ".yaml", ".md")]
    readers = [str(p) for p in files if READS_PATH.search(p.read_text(encoding="utf-8"))]
    assert readers == []
    assert READS_PATH.search("{{ target.path }}") and READS_PATH.search("target['path']")
    assert not READS_PATH.search("{{ target.schema }} {{ target.type }}")


def test_only_the_path_is_left_out_of_the_compared_connection_details():
    credentials = DuckDBCredentials(path="/tmp/home/warehouse.duckdb", database="warehouse", schema="main")
    keys = set(DuckDBCredentials._connection_keys(credentials))
    kept = set(_keys_parsing_depends_on(DuckDBCredentials._connection_keys)(credentials))
    assert keys - kept == PARSE_INDEPENDENT_KEYS == {"path"}
