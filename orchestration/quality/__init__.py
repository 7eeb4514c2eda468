"""Great Expectations suites (kept in expectations/) run on DataFrames read from DuckDB. No dagster here."""
