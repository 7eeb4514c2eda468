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


def test_qogam_extract_keeps_input_order_on_several_processes(tmp_path):
    """Documents and rejections come out in input order (files sorted, JSONL lines in order), also when
    the documents are extracted on a pool of processes (more than 20 documents)."""
    sentences = ["В Павлодаре открыли центр поддержки НПО, в нём работают {} волонтёров.",
                 "Шымкентте {} ерікті жастар форумына қатысты.",
                 "Aqtóbede {} úkimettik emes uıym jumys isteıdi."]
    expected = []
    for i in range(30):
        name = f"{i:03d}.txt"
        if i % 7 == 3:
            (tmp_path / name).write_bytes(b"")  # rejected in its place
            expected.append((str(tmp_path / name), "rejected"))
        else:
            (tmp_path / name).write_text(sentences[i % 3].format(10 + i), encoding="utf-8")
            expected.append((str(tmp_path / name), "ok"))
    (tmp_path / "999.jsonl").write_text('{"text": "В Алматы работают 12 НПО."}\n{ broken\n'
                                        '{"text": "Қарағандыда 40 ерікті бар."}\n', encoding="utf-8")
    expected += [(f"{tmp_path / '999.jsonl'}:{n}", s) for n, s in ((1, "ok"), (2, "rejected"), (3, "ok"))]
    out = subprocess.run([str(BIN / "qogam"), "extract", str(tmp_path), "--workers", "2"],
                         capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["source_file"], r["status"]) for r in records] == expected
    assert "on 2 processes" in out.stderr


@pytest.mark.parametrize("paths", [["missing.txt"], ["SAMPLE", "missing-folder"], ["missing-folder", "SAMPLE"]])
def test_qogam_extract_exits_nonzero_on_a_missing_path_and_prints_no_record(tmp_path, paths):
    args = [str(SAMPLE_CORPUS_DIR) if p == "SAMPLE" else str(tmp_path / p) for p in paths]
    out = subprocess.run([str(BIN / "qogam"), "extract", *args], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert out.returncode == 2
    assert out.stdout == ""
    assert f"no such file or folder: {tmp_path / next(p for p in paths if p != 'SAMPLE')}" in out.stderr
