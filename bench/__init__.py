"""Benchmarks: a reproducible corpus generator and the `make bench` / `qogam bench` command."""
