"""Score headline, date, language and outlet on the real-page development corpus.

    python -m bench.dev_corpus [DOCS_DIR] [--gold GOLD.jsonl] [--scorer score_extraction.py] [--show]

Runs the extractor on every file of DOCS_DIR (default ../shared/corpus/dev/docs) and scores the
records with the shared scorer's rules (title, published_date, language); source_name is scored
with the same normalisation as titles, but exact. --show lists each document that misses.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

from orchestration.extract import extract_document, rejection_record, scan

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent.parent / "shared" if (ROOT.parent.parent / "shared").exists() else ROOT.parent / "shared"
DEFAULT_DOCS = SHARED / "corpus" / "dev" / "docs"


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_all(docs_dir: Path) -> tuple[list[dict], float]:
    started = time.perf_counter()
    result = scan([docs_dir])
    records = [extract_document(d) for d in result.documents] + [rejection_record(r) for r in result.rejections]
    return records, time.perf_counter() - started


def source_accuracy(scorer, gold: dict, pred: dict) -> float:
    hits = sum(
        scorer.norm(g.get("source_name")) == scorer.norm((pred.get(name) or {}).get("source_name"))
        for name, g in gold.items()
    )
    return hits / len(gold) if gold else 0.0


def show_misses(scorer, gold: dict, pred: dict) -> None:
    for name, g in sorted(gold.items()):
        p = pred.get(name) or {}
        for key in ("title", "published_date", "source_name"):
            if scorer.norm(g.get(key)) != scorer.norm(p.get(key)):
                print(f"{name} {key}: gold={g.get(key)!r} got={p.get(key)!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=Path, nargs="?", default=DEFAULT_DOCS)
    ap.add_argument("--gold", type=Path, default=None, help="default: DOCS/../gold.jsonl")
    ap.add_argument("--scorer", type=Path, default=ROOT / "bench" / "score_extraction.py")
    ap.add_argument("--output", type=Path, default=None, help="also write the records (JSON lines)")
    ap.add_argument("--show", action="store_true", help="list the documents that miss")
    args = ap.parse_args(argv)
    scorer = _scorer(args.scorer)
    records, seconds = extract_all(args.docs)
    if args.output:
        args.output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    gold = scorer.load(args.gold or args.docs.parent / "gold.jsonl")
    pred = {Path(r["source_file"]).name: r for r in records}
    res = scorer.score(gold, pred, args.docs)
    figures = {
        "docs": res["docs"],
        "title_acc": res["title_acc"],
        "date_acc": res["date_acc"],
        "language_acc": res["language_acc"],
        "source_acc": source_accuracy(scorer, gold, pred),
        "seconds": round(seconds, 2),
    }
    print(json.dumps(figures))
    if args.show:
        show_misses(scorer, gold, pred)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
