"""`qogam-dbt`: the dbt command Dagster runs. dbt-core's own command line, with partial parsing
kept from one data home to another.

dbt parses the whole project again (~3 s) whenever the profile's connection details differ from
those of its last parse, because Jinja could read them while parsing. Between qogam's data homes
the only detail that differs is the warehouse path (`$QOGAM_HOME/warehouse.duckdb`), and nothing
in the project reads it (`target.path`). So the path is left out of the connection details dbt
compares (and of Jinja's `target`, so nothing can come to depend on it unnoticed), and a run in a
new data home (a test's, a benchmark's) starts from the parse made at the project's last change.
Everything else is dbt's own command line.
"""

from dbt.adapters.duckdb.credentials import DuckDBCredentials
from dbt.cli.main import cli

PARSE_INDEPENDENT_KEYS = frozenset({"path"})


def _keys_parsing_depends_on(keys):
    def connection_keys(self) -> tuple[str, ...]:
        return tuple(k for k in keys(self) if k not in PARSE_INDEPENDENT_KEYS)

    return connection_keys


def main() -> None:
    DuckDBCredentials._connection_keys = _keys_parsing_depends_on(DuckDBCredentials._connection_keys)
    cli()


if __name__ == "__main__":
    main()
