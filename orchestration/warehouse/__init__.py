"""Warehouse I/O (DuckDB): schemas, landing, extraction tables, publication. No dagster here."""
