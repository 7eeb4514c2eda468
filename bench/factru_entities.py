"""factRuEval-2016 persons and organisations: run the extractor, score with the shared scorer.

    python -m bench.factru_entities [--data ../shared/data/factru] [--errors N]

The figures use the scorer's own matching rules (persons: surname stem; organisations: token
Jaccard >= 0.5 on 5-letter stems), so they compare with every earlier run. ``--errors N`` prints
N missed and N spurious organisation names, to look at error classes (never to write rules for
these particular texts).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent.parent / "shared" if (ROOT.parent.parent / "shared").exists() else ROOT.parent / "shared"


def load_scorer(path: Path):
    if not path.exists():
        raise SystemExit(f"scorer not found: {path} (pass --scorer)")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_dir(docs: Path) -> tuple[dict[str, dict], float]:
    from orchestration.extract.document_facts import extract_text

    out, started = {}, time.perf_counter()
    for path in sorted(docs.glob("*.txt")):
        rec = extract_text(path.read_text(encoding="utf-8"), str(path))
        out[path.name] = rec
    return out, time.perf_counter() - started


def print_errors(scorer, gold: dict, pred: dict, key: str, same, limit: int) -> None:
    missed, spurious = [], []
    for name, g in gold.items():
        gl, pl = g.get(key) or [], (pred.get(name) or {}).get(key) or []
        pairs = scorer.match(gl, pl, same)
        hit_g, hit_p = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
        missed += [(name, x["name"]) for x in gl if id(x) not in hit_g]
        spurious += [(name, x["name"], x.get("surface")) for x in pl if id(x) not in hit_p]
    print(f"--- {key}: missed {len(missed)}")
    for row in missed[:limit]:
        print("  -", *row)
    print(f"--- {key}: spurious {len(spurious)}")
    for row in spurious[:limit]:
        print("  +", *row)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "factru")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_extraction.py")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.data / "gold.jsonl").exists():
        raise SystemExit(f"factRu data not found under {args.data} (pass --data)")
    scorer = load_scorer(args.scorer)
    gold = scorer.load(args.data / "gold.jsonl")
    pred, seconds = extract_dir(args.data / "docs")
    res = scorer.score(gold, pred, args.data / "docs")
    figures = {k: res[k] for k in ("persons", "organisations")} | {
        "span_valid": res["span_valid"],
        "seconds": round(seconds, 1),
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for k, v in figures.items():
            print(f"{k}: {v}")
    if args.errors:
        print_errors(scorer, gold, pred, "organisations", scorer.org_same, args.errors)
        print_errors(scorer, gold, pred, "persons", scorer.person_same, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
