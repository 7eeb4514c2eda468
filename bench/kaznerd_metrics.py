"""Metric recall and precision on KazNERD (Kazakh news, IOB2): a measuring stick, not a training set.

Sentences are grouped into documents of N sentences (15 by default) and joined with spaces;
each document goes through the full extractor (``extract_text``). A gold MONEY, PERCENTAGE,
CARDINAL or QUANTITY span counts as found when a predicted metric overlaps it. Precision is
the share of predicted metrics that overlap any of those numeric gold spans; predictions that
overlap DATE, ORDINAL, TIME etc. instead are listed as evidence of what is not a metric.

    python -m bench.kaznerd_metrics [PATH] [--sentences 15] [--limit DOCS] [--misses TYPE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from orchestration.settings import get_settings

DEFAULT_PATH = get_settings().kaznerd_dir / "IOB2_test.txt"  # the QOGAM_KAZNERD_DIR setting
METRIC_TYPES = ("MONEY", "PERCENTAGE", "CARDINAL", "QUANTITY")


@dataclass(frozen=True)
class Span:
    label: str
    start: int
    end: int


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """One list of (token, tag) per sentence."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, _, tag = line.rpartition(" ")
        current.append((token, tag) if token else (tag, "O"))
    if current:
        sentences.append(current)
    return sentences


def build_document(sentences: list[list[tuple[str, str]]]) -> tuple[str, list[Span]]:
    """Join tokens with spaces (sentences too); gold spans as character offsets."""
    parts, spans, pos = [], [], 0
    open_label, open_start, open_end = None, 0, 0
    for sentence in sentences:
        for token, tag in sentence:
            start = pos
            parts.append(token)
            pos += len(token) + 1
            kind, _, label = tag.partition("-")
            if open_label and (kind != "I" or label != open_label):
                spans.append(Span(open_label, open_start, open_end))
                open_label = None
            if kind == "B":
                open_label, open_start = label, start
            if open_label:
                open_end = start + len(token)
        if open_label:
            spans.append(Span(open_label, open_start, open_end))
            open_label = None
    return " ".join(parts), spans


def _overlaps(a_start: int, a_end: int, b: Span) -> bool:
    return a_start < b.end and b.start < a_end


def score(path: Path, per_doc: int, limit: int | None) -> dict:
    from orchestration.extract import extract_text

    sentences = read_sentences(path)
    docs = [sentences[i : i + per_doc] for i in range(0, len(sentences), per_doc)][:limit]
    gold_total, gold_found, predicted, overlapping = Counter(), Counter(), 0, 0
    wrong_kind, misses, false = Counter(), {t: [] for t in METRIC_TYPES}, []
    for sents in docs:
        text, gold = build_document(sents)
        metrics = extract_text(text, "kaznerd.txt")["metrics"]
        for span in gold:
            if span.label in METRIC_TYPES:
                gold_total[span.label] += 1
                if any(_overlaps(m["start"], m["end"], span) for m in metrics):
                    gold_found[span.label] += 1
                else:
                    misses[span.label].append(_context(text, span.start, span.end))
        for m in metrics:
            predicted += 1
            hits = [s for s in gold if _overlaps(m["start"], m["end"], s)]
            if any(s.label in METRIC_TYPES for s in hits):
                overlapping += 1
            else:
                wrong_kind.update({s.label for s in hits} or {"(none)"})
                false.append(_context(text, m["start"], m["end"]))
    recall = {t: round(gold_found[t] / gold_total[t], 3) if gold_total[t] else None for t in METRIC_TYPES}
    return {
        "documents": len(docs),
        "sentences_per_document": per_doc,
        "gold": dict(gold_total),
        "found": dict(gold_found),
        "recall": recall,
        "predicted": predicted,
        "overlap_precision": round(overlapping / predicted, 3) if predicted else None,
        "non_metric_overlaps": dict(wrong_kind.most_common()),
        "_misses": misses,
        "_false": false,
    }


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    return f"{text[max(0, start - width) : start]}[[{text[start:end]}]]{text[end : end + width]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--sentences", type=int, default=15, help="sentences per document")
    ap.add_argument("--limit", type=int, default=None, help="score only the first DOCS documents")
    ap.add_argument(
        "--misses",
        choices=(*METRIC_TYPES, "FALSE"),
        help="also print missed gold spans of TYPE (or FALSE: predictions overlapping no numeric span), for diagnosis",
    )
    args = ap.parse_args(argv)
    result = score(args.path, args.sentences, args.limit)
    if args.misses:
        key = "_false" if args.misses == "FALSE" else "_misses"
        items = result[key] if args.misses == "FALSE" else result[key][args.misses]
        for line in items:
            print(line, file=sys.stderr)
    print(json.dumps({k: v for k, v in result.items() if not k.startswith("_")}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
