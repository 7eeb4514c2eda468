"""The `qogam` console script and the Dagster CLI's definition check, as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.settings import PROJECT_ROOT, SAMPLE_CORPUS_DIR

from .contract import assert_valid_record

BIN = Path(sys.executable).parent


def test_qogam_extract_prints_contract_records(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = subprocess.run([str(BIN / "qogam"), "extract", str(SAMPLE_CORPUS_DIR), str(tmp_path / "empty.txt")],
                         capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["status"] for r in records] == ["ok"] * 5 + ["rejected"]
    for rec in records[:5]:
        raw = Path(rec["source_file"]).read_text(encoding="utf-8")
        assert_valid_record(rec, raw)
    assert "empty" in records[5]["reason"]


def test_qogam_extract_output_file(tmp_path):
    target = tmp_path / "out.jsonl"
    subprocess.run([str(BIN / "qogam"), "extract", str(SAMPLE_CORPUS_DIR / "003_9888353e7b6550a4.txt"),
                    "--output", str(target)], check=True, capture_output=True, cwd=PROJECT_ROOT)
    [rec] = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert rec["language"] == "kk" and rec["published_date"] == "2021-09-29"


@pytest.mark.slow
def test_dagster_definitions_validate(home):
    out = subprocess.run([str(BIN / "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_qogam_run_exits_nonzero_and_names_the_check_when_blocked(home, sample_landing):
    ok = subprocess.run([str(BIN / "qogam"), "run", "--workers", "1"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert ok.returncode == 0, ok.stdout[-3000:] + ok.stderr[-3000:]
    assert "checks passed:" in ok.stdout and "published:" in ok.stdout
    (sample_landing / "bad.txt").write_text(
        "Отчет о работе НПО в регионе\n\nСогласно отчету, доля некоммерческих организаций в регионе составляет "
        "250 процентов от общего числа.\n", encoding="utf-8")
    bad = subprocess.run([str(BIN / "qogam"), "run", "--workers", "1"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert bad.returncode == 1
    assert "FAILED" in bad.stdout and "gx_extraction_metrics" in bad.stdout and "percent_value" in bad.stdout
    assert "publication unchanged" in bad.stderr
    bad_id = next(w for w in bad.stdout.replace(",", " ").replace(")", " ").split() if len(w) == 64)
    q = subprocess.run([str(BIN / "qogam"), "quarantine", bad_id, "--reason", "250%"], capture_output=True, text=True)
    assert q.returncode == 0, q.stderr
    again = subprocess.run([str(BIN / "qogam"), "run", "--workers", "1"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert again.returncode == 0, again.stdout[-3000:]
