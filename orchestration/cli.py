"""The `qogam` command: run the pipeline, extract files, show the publication."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the data home's run lock (`qogam run --no-wait`)
EXTRACT_CHUNK = 2000  # documents extracted per process pool in `qogam extract` (bounds memory)


def _input_items(paths: list[Path], max_bytes: int):
    """Documents and rejections of every file under the paths, in input order."""
    from .extract.sources import iter_files, read_file

    for root in paths:
        for path in iter_files(root):
            yield from read_file(path, str(path), max_bytes=max_bytes) or []


def _records_in_input_order(items: list, workers: int):
    from .extract import SourceDocument, rejection_record
    from .extract.parallel import extract_rows

    rows = [
        (d.document_id, d.source_file, d.raw_text, d.meta_title, d.meta_published_at, d.meta_source)
        for d in items
        if isinstance(d, SourceDocument)
    ]
    records = extract_rows(rows, workers)
    for item in items:
        yield next(records) if isinstance(item, SourceDocument) else rejection_record(item)


def _chunks(items, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def cmd_extract(args: argparse.Namespace) -> int:
    from .settings import get_settings

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        for path in missing:
            print(f"qogam extract: no such file or folder: {path}", file=sys.stderr)
        return 2
    workers = args.workers or (os.cpu_count() or 1)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115 (closed below)
    counts = {"ok": 0, "rejected": 0}
    started = time.monotonic()
    try:
        for chunk in _chunks(_input_items(paths, get_settings().max_file_bytes), EXTRACT_CHUNK):
            for record in _records_in_input_order(chunk, workers):
                counts[record["status"]] = counts.get(record["status"], 0) + 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(
        f"[qogam] {counts['ok']} documents extracted, {counts['rejected']} rejected "
        f"in {time.monotonic() - started:.1f} s on {workers} processes",
        file=sys.stderr,
    )
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .console import RunConsole
    from .run_lock import RunLockBusy, run_lock
    from .settings import export_for_subprocesses

    settings = export_for_subprocesses()
    settings.ensure_dirs()
    console = RunConsole(settings.logs_dir, verbose=args.verbose)
    try:
        with (
            run_lock(settings.run_lock_path, "qogam run", wait=not args.no_wait, on_wait=console.line),
            console.capture(),
        ):
            return _run_pipeline(args, settings, console)
    except RunLockBusy as busy:
        console.line(f"not starting (--no-wait): {busy}")
        return EXIT_BUSY
    finally:
        console.close()


def _run_pipeline(args: argparse.Namespace, settings, console) -> int:
    from .definitions import defs
    from .instance import dagster_instance
    from .run_report import failure_lines, summary

    landing = str(Path(args.landing).resolve()) if args.landing else None
    run_config = {
        "ops": {
            "raw_landing": {"config": {"landing_dir": landing, "settle_seconds": args.settle_seconds}},
            "extracted_facts": {"config": {"workers": args.workers, "batch_size": args.batch_size}},
        },
        "loggers": {"console": {"config": {"log_level": "DEBUG"}}},  # to the log file; -v: the terminal too
    }
    console.line(f"qogam run: {landing or settings.landing_dir} -> {settings.home} (full log: {console.log_path})")
    started = time.monotonic()
    before = _publication_version(settings)
    result = defs.resolve_job_def("qogam_pipeline").execute_in_process(
        run_config=run_config, instance=dagster_instance(settings), raise_on_error=False
    )
    console.result(
        f"\nqogam run {'succeeded' if result.success else 'FAILED'} in {time.monotonic() - started:.1f} s "
        f"(Dagster run {result.run_id[:8]}; see it with `make ui`)"
    )
    try:
        for line in summary(result, settings):
            console.result(line)
    except Exception as exc:  # the summary must never hide the run's own outcome
        console.result(f"(summary unavailable: {exc})")
    console.result(f"full log:           {console.log_path}")
    if result.success:
        return 0
    for line in failure_lines(result, published_unchanged=_publication_version(settings) == before):
        console.line(line)
    return 1


def _publication_version(settings) -> str | None:
    from .warehouse.publish import read_publication

    pub = read_publication(settings.published_path)
    return pub["version"] if pub else None


def cmd_quarantine(args: argparse.Namespace) -> int:
    from .run_lock import run_lock
    from .settings import get_settings
    from .warehouse.db import connect, ensure_schema
    from .warehouse.landing import quarantine, release

    settings = get_settings()

    def wait_line(line: str) -> None:
        print(line, file=sys.stderr)

    lock = run_lock(settings.run_lock_path, "qogam quarantine", on_wait=wait_line)
    with lock, connect(settings.warehouse_path) as con:
        ensure_schema(con)
        for doc_id in args.document_ids:
            ok = release(con, doc_id) if args.release else quarantine(con, doc_id, args.reason)
            verb = "released" if args.release else "quarantined"
            print(f"{doc_id}: {verb}" if ok else f"{doc_id}: not found", file=sys.stderr if not ok else sys.stdout)
            if not ok:
                return 1
    print(
        "run `qogam run` to rebuild and publish without them"
        if not args.release
        else "run `qogam run` to take them back in"
    )
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .settings import PROJECT_ROOT

    if not (PROJECT_ROOT / "bench" / "run.py").exists():
        print("qogam bench needs the source checkout (bench/ is not installed with the package)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(PROJECT_ROOT))
    from bench.run import main as bench_main

    return bench_main(args.bench_args)


def cmd_ui(args: argparse.Namespace) -> int:
    from .ui import serve

    return serve(args.host, args.port)


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
    run.add_argument(
        "--settle-seconds",
        type=float,
        default=0.0,
        help="leave files modified more recently than this for the next run (still being written)",
    )
    run.add_argument(
        "--no-wait",
        action="store_true",
        help=f"if another run holds the data home, exit with status {EXIT_BUSY} instead of waiting",
    )
    run.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also show dbt's and Dagster's full log (always kept in $QOGAM_HOME/logs)",
    )
    run.set_defaults(func=cmd_run)

    ext = sub.add_parser("extract", help="print extraction records (JSON lines) for files or folders, in input order")
    ext.add_argument("paths", nargs="+", help="files or folders (.txt .html .htm .json .jsonl); all must exist")
    ext.add_argument("--output", "-o", help="write to this file instead of standard output")
    ext.add_argument("--workers", type=int, default=0, help="extraction processes (default: one per core)")
    ext.set_defaults(func=cmd_extract)

    ui = sub.add_parser("ui", help="the Dagster UI on this data home's instance (what `make ui` runs)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=cmd_ui)

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
    try:
        return args.func(args)
    except BrokenPipeError:  # `qogam extract … | head`: the reader has gone; stop quietly, like Unix tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        return 128 + signal.SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
