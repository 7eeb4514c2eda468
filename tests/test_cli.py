"""The `qogam` console script and the Dagster CLI's definition check, as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.cli import main
from orchestration.extract.decoding import document_id
from orchestration.settings import PROJECT_ROOT, SAMPLE_CORPUS_DIR
from orchestration.warehouse.publish import read_publication

from .contract import assert_valid_record
from .e2e.documents import write_articles
from .e2e.pipeline import run_pipeline

BIN = Path(sys.executable).parent


def qogam(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "qogam"), *args], capture_output=True, text=True, cwd=PROJECT_ROOT)


def test_qogam_extract_prints_contract_records(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = subprocess.run(
        [str(BIN / "qogam"), "extract", str(SAMPLE_CORPUS_DIR), str(tmp_path / "empty.txt")],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["status"] for r in records] == ["ok"] * 5 + ["rejected"]
    for rec in records[:5]:
        raw = Path(rec["source_file"]).read_text(encoding="utf-8")
        assert_valid_record(rec, raw)
    assert "empty" in records[5]["reason"]


def test_qogam_extract_output_file(tmp_path):
    target = tmp_path / "out.jsonl"
    # In-process (the console script itself is run by the test above).
    assert main(["extract", str(SAMPLE_CORPUS_DIR / "003_9888353e7b6550a4.txt"), "--output", str(target)]) == 0
    [rec] = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert rec["language"] == "kk" and rec["published_date"] == "2021-09-29"


@pytest.mark.slow
def test_dagster_definitions_validate(home):
    out = subprocess.run(
        [str(BIN / "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_qogam_run_exits_nonzero_names_the_check_and_keeps_the_publication(sample_home):
    published = sample_home / "published" / "qogam.duckdb"
    before = read_publication(published)
    bad_text = (
        "Отчет о работе НПО в регионе\n\nСогласно отчету, доля некоммерческих организаций в регионе "
        "составляет 250 процентов от общего числа.\n"
    )
    (sample_home / "landing" / "bad.txt").write_text(bad_text, encoding="utf-8")
    bad_id = document_id(bad_text)
    bad = qogam("run", "--workers", "1")
    assert bad.returncode == 1
    assert "FAILED" in bad.stdout and "gx_extraction_metrics" in bad.stdout and "percent_value" in bad.stdout
    assert bad_id in bad.stdout  # the offending document is named
    assert "publication unchanged" in bad.stderr
    assert read_publication(published) == before

    # Quarantining the offending document lets the next run publish without it (that run in-process:
    # the command line's own output on success is proved by tests/e2e/test_cli_runs.py).
    q = qogam("quarantine", bad_id, "--reason", "250%")
    assert q.returncode == 0, q.stderr
    assert run_pipeline().success
    assert read_publication(published)["version"] != before["version"]
    con = duckdb.connect(str(published), read_only=True)
    try:
        assert con.execute("select count(*) from dim_documents where document_id = ?", [bad_id]).fetchall() == [(0,)]
        assert con.execute("select count(*) from dim_documents").fetchall() == [(5,)]
    finally:
        con.close()


def test_qogam_extract_keeps_input_order_on_several_processes(tmp_path, capsys):
    """Documents and rejections come out in input order (files sorted, JSONL lines in order), also when
    the documents are extracted on a pool of processes (more than 20 documents)."""
    sentences = [
        "В Павлодаре открыли центр поддержки НПО, в нём работают {} волонтёров.",
        "Шымкентте {} ерікті жастар форумына қатысты.",
        "Aqtóbede {} úkimettik emes uıym jumys isteıdi.",
    ]
    expected = []
    for i in range(30):
        name = f"{i:03d}.txt"
        if i % 7 == 3:
            (tmp_path / name).write_bytes(b"")  # rejected in its place
            expected.append((str(tmp_path / name), "rejected"))
        else:
            (tmp_path / name).write_text(sentences[i % 3].format(10 + i), encoding="utf-8")
            expected.append((str(tmp_path / name), "ok"))
    (tmp_path / "999.jsonl").write_text(
        '{"text": "В Алматы работают 12 НПО."}\n{ broken\n{"text": "Қарағандыда 40 ерікті бар."}\n', encoding="utf-8"
    )
    expected += [(f"{tmp_path / '999.jsonl'}:{n}", s) for n, s in ((1, "ok"), (2, "rejected"), (3, "ok"))]
    assert main(["extract", str(tmp_path), "--workers", "2"]) == 0  # in-process; the pool forks from here
    out = capsys.readouterr()
    records = [json.loads(line) for line in out.out.splitlines()]
    assert [(r["source_file"], r["status"]) for r in records] == expected
    assert "on 2 processes" in out.err


@pytest.mark.parametrize("paths", [["missing.txt"], ["SAMPLE", "missing-folder"], ["missing-folder", "SAMPLE"]])
def test_qogam_extract_exits_nonzero_on_a_missing_path_and_prints_no_record(tmp_path, paths):
    args = [str(SAMPLE_CORPUS_DIR) if p == "SAMPLE" else str(tmp_path / p) for p in paths]
    out = subprocess.run([str(BIN / "qogam"), "extract", *args], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert out.returncode == 2
    assert out.stdout == ""
    assert f"no such file or folder: {tmp_path / next(p for p in paths if p != 'SAMPLE')}" in out.stderr


def test_a_reader_that_stops_early_ends_qogam_quietly(tmp_path):
    """`qogam extract … | head -1`: no traceback when the reader closes the pipe (the output of 30
    documents is larger than a pipe holds, so qogam meets the closed pipe whatever the timing)."""
    write_articles(tmp_path, 30)
    proc = subprocess.Popen(
        [str(BIN / "qogam"), "extract", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=PROJECT_ROOT,
    )
    assert json.loads(proc.stdout.readline())["status"] == "ok"
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err
