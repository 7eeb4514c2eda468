"""Accuracy on the bundled sample corpus against its gold annotation, with the floors it must keep.

    python -m bench.seeds_accuracy        # exit status 1 when a figure falls below its floor

The gold annotation is measuring material, not part of a clone: its path is the QOGAM_SEEDS_GOLD
setting (default ../shared/spec/seeds.gold.jsonl). Scored with bench/score_extraction.py.
"""

from __future__ import annotations

import sys

from bench.score_extraction import load, score

FLOORS = {  # figure -> minimum
    "span_valid": 1.0,
    "language_acc": 1.0,
    "date_acc": 1.0,
    "regions.f1": 0.95,
    "metrics.f1": 0.90,
    "metric_qualifier_acc": 0.85,
    "metric_subject_acc": 0.85,
}


def figure(result: dict, name: str) -> float:
    value = result
    for part in name.split("."):
        value = value[part]
    return value


def main() -> int:
    from orchestration.extract import extract_document, scan
    from orchestration.settings import SAMPLE_CORPUS_DIR, get_settings

    gold_path = get_settings().seeds_gold
    if not gold_path.is_file():
        print(f"gold annotation not found: {gold_path} (set QOGAM_SEEDS_GOLD)", file=sys.stderr)
        return 2
    predicted = {}
    for doc in scan([SAMPLE_CORPUS_DIR]).documents:
        record = extract_document(doc)
        predicted[doc.source_file.rsplit("/", 1)[-1]] = record
    result = score(load(gold_path), predicted, SAMPLE_CORPUS_DIR)
    failed = [name for name, floor in FLOORS.items() if figure(result, name) < floor]
    for name, floor in FLOORS.items():
        print(f"{name:22s} {figure(result, name):.3f} (floor {floor})")
    if result["missing"]:
        print(f"documents without a record: {result['missing']}")
    return 1 if failed or result["missing"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
