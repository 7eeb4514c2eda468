"""`make bench` / `qogam bench`: throughput, stage times, incremental latency, memory, query latency.

Each measurement runs in its own process so that its peak memory (RSS, with its worker
processes) is its own. Results are printed and written to BENCHMARKS.md.

    python -m bench.run [--docs 2000] [--e2e 10000] [--large] [--seed 7] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = (
    ("raw_landing", "landing"),
    ("extracted_facts", "extraction"),
    ("qogam_dbt_assets", "dbt (models + tests)"),
    ("dbt_source_tests", "dbt source tests"),
    ("gx_", "GX checks"),
    ("published_marts", "publish"),
)
# One BLAS thread per process everywhere (as qogam itself sets), so "single process" means one core.
ONE_BLAS_THREAD = {
    "PYTHONWARNINGS": "ignore",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


# --- parts (each runs in a child process: python -m bench.run --part NAME ...) ---------------


def part_extract(corpus: Path, workers: int) -> dict:
    from orchestration.extract.parallel import extract_rows
    from orchestration.extract.sources import scan

    docs = scan([corpus]).documents
    rows = [(d.document_id, d.source_file, d.raw_text, None, None, None) for d in docs]
    chars = sum(len(d.raw_text) for d in docs)
    started = time.perf_counter()
    count = sum(1 for _ in extract_rows(rows, workers))
    seconds = time.perf_counter() - started
    return {
        "docs": count,
        "seconds": seconds,
        "docs_per_s": count / seconds,
        "chars_per_s": chars / seconds,
        "peak_rss_mb": peak_rss_mb(),
        "workers": workers,
    }


def part_baseline(corpus: Path) -> dict:
    from bench.natasha_baseline import tag_folder

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    started = time.perf_counter()
    tag_folder(corpus)  # includes loading natasha's models (about 1 s), as before
    seconds = time.perf_counter() - started
    return {
        "docs": len(texts),
        "seconds": seconds,
        "docs_per_s": len(texts) / seconds,
        "chars_per_s": sum(map(len, texts)) / seconds,
        "peak_rss_mb": peak_rss_mb(),
        "workers": 1,
    }


def part_pipeline(home: Path) -> dict:
    os.environ["QOGAM_HOME"] = str(home)
    from dagster import DagsterEventType, DagsterInstance

    from orchestration.definitions import defs

    instance = DagsterInstance.ephemeral()
    started = time.perf_counter()
    result = defs.resolve_job_def("qogam_pipeline").execute_in_process(
        instance=instance, raise_on_error=False, run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    )
    total = time.perf_counter() - started
    starts, stages = {}, {}
    for entry in instance.all_logs(result.run_id):
        ev = entry.dagster_event
        if ev is None or not entry.step_key:
            continue
        if ev.event_type == DagsterEventType.STEP_START:
            starts[entry.step_key] = entry.timestamp
        elif (
            ev.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE) and entry.step_key in starts
        ):
            name = next((label for key, label in STAGES if key in entry.step_key), entry.step_key)
            stages[name] = stages.get(name, 0.0) + entry.timestamp - starts[entry.step_key]
    return {"success": result.success, "seconds": total, "stages": stages, "peak_rss_mb": peak_rss_mb()}


def part_queries(published: Path, repeats: int = 20) -> dict:
    import duckdb

    from bench.queries import readme_queries

    con = duckdb.connect(str(published), read_only=True)
    out = {}
    for i, sql in enumerate(readme_queries(), start=1):
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            con.execute(sql).fetchall()
            times.append((time.perf_counter() - started) * 1000)
        out[f"query {i}"] = {"median_ms": statistics.median(times), "max_ms": max(times)}
    con.close()
    return out


def command_race(corpus: Path, out: Path, rounds: int = 3) -> dict:
    """`qogam extract` on all cores against natasha alone, each as a whole command from start to finish
    (interpreter start, imports, model loading, reading the files, writing the records)."""
    env = {**os.environ, **ONE_BLAS_THREAD}
    docs = len(list(corpus.glob("*.txt")))
    commands = {
        "qogam extract": [str(Path(sys.executable).parent / "qogam"), "extract", str(corpus), "--output", str(out)],
        "natasha alone": [sys.executable, "-m", "bench.natasha_baseline", str(corpus)],
    }
    result = {"docs": docs, "workers": os.cpu_count() or 1, "rounds": rounds}
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):  # alternating, best of the rounds: robust to other load on the machine
        for name, cmd in commands.items():
            before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[name].append(time.perf_counter() - started)
            cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    result |= {name: min(t) for name, t in times.items()} | {"all_seconds": times}
    result["cpu_seconds"] = {name: min(c) for name, c in cpu.items()}
    result["speedup"] = result["natasha alone"] / result["qogam extract"]
    return result


def commands_report(c: dict) -> str:
    return "\n".join(
        [
            f"| whole command over {c['docs']:,} documents, start to finish (best of {c['rounds']}) "
            "| seconds | docs/s | CPU seconds |",
            "| --- | --- | --- | --- |",
            f"| `qogam extract FOLDER --output FILE` ({c['workers']} processes) | {c['qogam extract']:.1f} "
            f"| {c['docs'] / c['qogam extract']:.1f} | {c['cpu_seconds']['qogam extract']:.1f} |",
            f"| `python -m bench.natasha_baseline FOLDER` (segmenter + NER, 1 process) | {c['natasha alone']:.1f} "
            f"| {c['docs'] / c['natasha alone']:.1f} | {c['cpu_seconds']['natasha alone']:.1f} |",
            "",
            f"Speed-up of the command over natasha alone: **{c['speedup']:.2f}×** (target ≥ 1.5×).",
        ]
    )


def run_commands(seed: int, docs: int = 1000) -> dict:
    from bench.generate import generate

    with tempfile.TemporaryDirectory(prefix="qogam-bench-commands-") as tmp:
        log(f"whole commands: qogam extract vs natasha alone over {docs} generated documents")
        generate(Path(tmp) / "corpus", docs, seed)
        return command_race(Path(tmp) / "corpus", Path(tmp) / "records.jsonl")


PARTS = {"extract": part_extract, "baseline": part_baseline, "pipeline": part_pipeline, "queries": part_queries}


def run_part(name: str, *args) -> dict:
    cmd = [sys.executable, "-m", "bench.run", "--part", name, *map(str, args)]
    env = {**os.environ, **ONE_BLAS_THREAD}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"bench part {name} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- orchestration of a full benchmark ------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    system = f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {system}"


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def run(docs: int, e2e: int, large: bool, seed: int, only_large: bool = False) -> dict:
    from bench.generate import generate

    results: dict = {"machine": machine(), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    with tempfile.TemporaryDirectory(prefix="qogam-bench-") as tmp:
        tmp = Path(tmp)
        if only_large:
            return _large(results, tmp, seed)
        log(f"generating {docs} documents")
        generate(tmp / "corpus", docs, seed)
        log("extraction, all cores")
        results["extraction"] = run_part("extract", tmp / "corpus", os.cpu_count() or 1)
        log("baseline: natasha segmenter + NER alone, one process, full raw texts")
        results["baseline"] = run_part("baseline", tmp / "corpus")
        results["speedup"] = results["extraction"]["docs_per_s"] / results["baseline"]["docs_per_s"]

        home = tmp / "home"
        log(f"end to end: {e2e} new documents")
        generate(home / "landing", e2e, seed + 1)
        results["e2e"] = run_part("pipeline", home)
        log("incremental: 10 new documents into that warehouse")
        generate(home / "landing", 10, seed + 2, start=e2e)
        results["incremental"] = run_part("pipeline", home)
        log("query latency on the published file")
        results["queries"] = run_part("queries", home / "published" / "qogam.duckdb")
        shutil.rmtree(home, ignore_errors=True)

        if large:
            _large(results, tmp, seed)
    return results


def _large(results: dict, tmp: Path, seed: int) -> dict:
    from bench.generate import generate

    big = tmp / "large"
    log("large: generating 100000 documents")
    generate(big / "landing", 100_000, seed + 3)
    log("large: end to end")
    results["large"] = run_part("pipeline", big)
    results["large_queries"] = run_part("queries", big / "published" / "qogam.duckdb")
    return results


def report(r: dict) -> str:
    lines = [f"Machine: {r['machine']}", f"Run: {r['date']}", ""]
    if "extraction" not in r:
        lines += _runs(r)
        return "\n".join(lines)
    ex, base = r["extraction"], r["baseline"]
    lines += [
        "| extraction over {} documents | docs/s | chars/s | peak memory |".format(ex["docs"]),
        "| --- | --- | --- | --- |",
        f"| `qogam extract` code path, {ex['workers']} processes | {ex['docs_per_s']:.1f} "
        f"| {ex['chars_per_s']:,.0f} | {ex['peak_rss_mb']:.0f} MB |",
        f"| baseline: natasha segmenter + NER, 1 process, full raw text | {base['docs_per_s']:.1f} "
        f"| {base['chars_per_s']:,.0f} | {base['peak_rss_mb']:.0f} MB |",
        "",
        f"Speed-up over the baseline: **{r['speedup']:.2f}×** (target ≥ 1.5×).",
        "",
    ]
    return "\n".join(lines + _runs(r))


def _runs(r: dict) -> list[str]:
    lines = []
    for key, title in (
        ("e2e", "End to end, new documents"),
        ("incremental", "10 new documents into that warehouse"),
        ("large", "Large: 100,000 new documents"),
    ):
        if key not in r:
            continue
        run = r[key]
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in run["stages"].items())
        lines.append(
            f"- **{title}**: {run['seconds']:.1f} s ({'ok' if run['success'] else 'FAILED'}); "
            f"peak memory {run['peak_rss_mb']:.0f} MB; stages: {stages}"
        )
    for key, title in (
        ("queries", "README queries on the published file"),
        ("large_queries", "README queries, 100,000 documents"),
    ):
        if key in r:
            q = ", ".join(f"{k}: {v['median_ms']:.1f} ms (max {v['max_ms']:.1f})" for k, v in r[key].items())
            lines.append(f"- **{title}** (median of 20): {q}")
    return lines


def write_benchmarks(text: str, path: Path = ROOT / "BENCHMARKS.md", section: str = "results") -> None:
    """Replace one results section of BENCHMARKS.md (the standard run, or the large run)."""
    marker = f"<!-- {section}: written by `make bench` -->"
    end = "<!-- end -->"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    block = f"{marker}\n\n{text}\n\n{end}"
    if marker in current:
        before, rest = current.split(marker, 1)
        after = rest.split(end, 1)[1] if end in rest else ""
        path.write_text(f"{before}{block}{after}", encoding="utf-8")
    else:
        path.write_text(f"{current.rstrip()}\n\n{block}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=sorted(PARTS))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--e2e", type=int, default=10_000)
    ap.add_argument("--large", action="store_true", help="also 100,000 documents")
    ap.add_argument("--only-large", action="store_true", help="only the 100,000-document run")
    ap.add_argument(
        "--only-commands",
        action="store_true",
        help="only `qogam extract` against natasha alone as whole commands (1,000 documents)",
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = ap.parse_args(argv)
    if args.part:
        fn = PARTS[args.part]
        conv = [Path(args.args[0])] + [int(a) for a in args.args[1:]]
        print(json.dumps(fn(*conv)))
        return 0
    commands = None if args.only_large else run_commands(args.seed)
    if commands:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        commands_text = f"Machine: {machine()}\nRun: {when}\n\n{commands_report(commands)}"
        print(commands_text)
        if not args.no_write:
            write_benchmarks(commands_text, section="command results")
    if args.only_commands:
        return 0
    results = run(args.docs, args.e2e, args.large, args.seed, args.only_large)
    text = report(results)
    print(text)
    if not args.no_write:
        if args.only_large:
            write_benchmarks(text, section="large results")
        else:
            write_benchmarks(text)
        (ROOT / "bench" / "last_results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
