"""The `qogam` command: run the pipeline, extract files, show the publication."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path


def _progress_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[qogam %(asctime)s] %(message)s", "%H:%M:%S"))
    log = logging.getLogger("qogam")
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False
    if not verbose:
        for name in ("dagster", "great_expectations", "dbt"):
            logging.getLogger(name).setLevel(logging.WARNING)


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract_document, rejection_record, scan
    from .settings import get_settings

    settings = get_settings()
    result = scan([Path(p) for p in args.paths], max_bytes=settings.max_file_bytes)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    total = len(result.documents)
    started = time.monotonic()
    try:
        for i, doc in enumerate(result.documents, start=1):
            out.write(json.dumps(extract_document(doc), ensure_ascii=False) + "\n")
            if total >= 50 and i % 50 == 0:
                print(f"[qogam] extracted {i}/{total} documents", file=sys.stderr)
        for rej in result.rejections:
            out.write(json.dumps(rejection_record(rej), ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(f"[qogam] {total} documents extracted, {len(result.rejections)} rejected "
          f"in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


def _summary(result, settings) -> str:
    from .warehouse.db import connect
    from .warehouse.publish import read_publication

    lines = []
    with connect(settings.warehouse_path, read_only=True) as con:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        lines.append(f"documents landed:   {q('select count(*) from raw.documents')}")
        lines.append(f"files rejected:     {q('select count(*) from raw.rejections')}")
        for row in con.execute("select source_file, reason from raw.rejections order by source_file limit 20").fetchall():
            lines.append(f"  - {row[0]}: {row[1]}")
        facts = ", ".join(f"{t}={q(f'select count(*) from extraction.{t}')}"
                          for t in ("regions", "organisations", "persons", "events", "metrics"))
        lines.append(f"facts extracted:    {facts}")
    checks = result.get_asset_check_evaluations()
    failed = [c for c in checks if not c.passed]
    lines.append(f"checks passed:      {len(checks) - len(failed)}/{len(checks)}")
    for c in failed:
        lines.append(f"  FAILED {c.asset_key.to_user_string()}:{c.check_name}"
                     + (f" — {c.description}" if c.description else ""))
    pub = read_publication(settings.published_path)
    if pub:
        lines.append(f"published:          {settings.published_path} (version {pub['version']}, "
                     f"{len(pub['tables'])} tables)")
        lines.append(f"parquet:            {settings.parquet_dir}")
    else:
        lines.append("published:          nothing yet")
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    _progress_logging(args.verbose)
    from dagster import DagsterInstance

    from .definitions import defs
    from .settings import dagster_home_is_set, export_for_subprocesses

    settings = export_for_subprocesses()
    settings.ensure_dirs()
    landing = str(Path(args.landing).resolve()) if args.landing else None
    run_config = {
        "ops": {
            "raw_landing": {"config": {"landing_dir": landing, "settle_seconds": args.settle_seconds}},
            "extracted_facts": {"config": {"workers": args.workers, "batch_size": args.batch_size}},
        },
        "loggers": {"console": {"config": {"log_level": "DEBUG" if args.verbose else "WARNING"}}},
    }
    instance = DagsterInstance.get() if dagster_home_is_set() else DagsterInstance.ephemeral()
    started = time.monotonic()
    logging.getLogger("qogam").info(f"running qogam_pipeline on {landing or settings.landing_dir} (home {settings.home})")
    before = _publication_version(settings)
    result = defs.resolve_job_def("qogam_pipeline").execute_in_process(
        run_config=run_config, instance=instance, raise_on_error=False)
    print(f"\nqogam run {'succeeded' if result.success else 'FAILED'} in {time.monotonic() - started:.1f} s")
    try:
        print(_summary(result, settings))
    except Exception as exc:  # the summary must never hide the run's own outcome
        print(f"(summary unavailable: {exc})")
    if not result.success:
        for event in result.get_step_failure_events():
            err = event.step_failure_data.error
            print(f"step {event.step_key} failed: {err.message.strip() if err else 'unknown error'}", file=sys.stderr)
        if _publication_version(settings) == before:
            print("publication unchanged: the previous published file is still in place", file=sys.stderr)
        return 1
    return 0


def _publication_version(settings) -> str | None:
    from .warehouse.publish import read_publication

    pub = read_publication(settings.published_path)
    return pub["version"] if pub else None


def cmd_quarantine(args: argparse.Namespace) -> int:
    from .settings import get_settings
    from .warehouse.db import connect, ensure_schema
    from .warehouse.landing import quarantine, release

    settings = get_settings()
    with connect(settings.warehouse_path) as con:
        ensure_schema(con)
        for doc_id in args.document_ids:
            ok = release(con, doc_id) if args.release else quarantine(con, doc_id, args.reason)
            verb = "released" if args.release else "quarantined"
            print(f"{doc_id}: {verb}" if ok else f"{doc_id}: not found", file=sys.stderr if not ok else sys.stdout)
            if not ok:
                return 1
    print("run `qogam run` to rebuild and publish without them" if not args.release else "run `qogam run` to take them back in")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .settings import PROJECT_ROOT

    if not (PROJECT_ROOT / "bench" / "run.py").exists():
        print("qogam bench needs the source checkout (bench/ is not installed with the package)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(PROJECT_ROOT))
    from bench.run import main as bench_main

    return bench_main(args.bench_args)


def cmd_status(args: argparse.Namespace) -> int:
    from .settings import get_settings
    from .warehouse.publish import read_publication

    settings = get_settings()
    pub = read_publication(settings.published_path)
    print(f"home:      {settings.home}")
    print(f"landing:   {settings.landing_dir}")
    print(f"warehouse: {settings.warehouse_path}")
    if not pub:
        print("published: nothing yet (run `qogam run`)")
        return 0
    print(f"published: {settings.published_path} version {pub['version']} at {pub['published_at']}")
    for table, count in sorted(pub["tables"].items()):
        print(f"  {table:32s} {count:>10d} rows")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qogam", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the whole pipeline in-process and publish")
    run.add_argument("--landing", help="folder to land from (default: $QOGAM_HOME/landing)")
    run.add_argument("--workers", type=int, default=0, help="extraction processes (default: one per core)")
    run.add_argument("--batch-size", type=int, default=200, help="documents extracted and committed per batch")
    run.add_argument("--settle-seconds", type=float, default=0.0,
                     help="leave files modified more recently than this for the next run (still being written)")
    run.add_argument("-v", "--verbose", action="store_true", help="show Dagster's own event log")
    run.set_defaults(func=cmd_run)

    ext = sub.add_parser("extract", help="print extraction records (JSON lines) for files or folders")
    ext.add_argument("paths", nargs="+", help="files or folders (.txt .html .htm .json .jsonl)")
    ext.add_argument("--output", "-o", help="write to this file instead of standard output")
    ext.set_defaults(func=cmd_extract)

    quar = sub.add_parser("quarantine", help="take landed documents out of the marts (e.g. one that fails a check)")
    quar.add_argument("document_ids", nargs="+", help="document_id (as printed by a failed check)")
    quar.add_argument("--reason", default="quarantined by hand", help="why (kept in raw.quarantined_documents)")
    quar.add_argument("--release", action="store_true", help="put them back instead")
    quar.set_defaults(func=cmd_quarantine)

    bench = sub.add_parser("bench", help="run the benchmarks (see BENCHMARKS.md); needs a source checkout")
    bench.add_argument("bench_args", nargs=argparse.REMAINDER, help="passed to bench.run (--large, --docs N, --e2e N)")
    bench.set_defaults(func=cmd_bench)

    status = sub.add_parser("status", help="show the data home and the current publication")
    status.set_defaults(func=cmd_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
