"""Train the Kazakh CRF on KazNERD and report entity-level P/R/F1 on a held-out split.

    make train-kk            # or: python -m orchestration.extract.kazakh_ner.train [--train F --test F]

KazNERD is not part of the repository: by default the splits are read from the folder named by
the QOGAM_KAZNERD_DIR setting (default ../shared/data/kaznerd), IOB2_valid.txt to train and
IOB2_test.txt to test.

Only the labels the extractor uses are kept (PERSON, ORGANISATION, GPE); the rest become O,
which keeps the model small.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from ...settings import get_settings
from .features import sentence_features
from .tagger import MODEL_PATH

KEEP = {"PERSON", "ORGANISATION", "GPE"}


def read_iob(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, _, tag = line.rpartition(" ")
        kind = tag[2:] if tag != "O" else None
        tokens.append(token)
        tags.append(tag if kind in KEEP else "O")
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def spans(tags: list[str]) -> set[tuple[str, int, int]]:
    out, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        if tag.startswith("B-") or tag == "O" or kind != label:
            if start is not None:
                out.add((label, start, i))
            start, label = (i, kind) if tag != "O" else (None, None)
    return out


def evaluate(tagger, sentences) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for tokens, gold in sentences:
        pred = tagger.tag(sentence_features(tokens))
        g, p = spans(gold), spans(pred)
        for s in p & g:
            tp[s[0]] += 1
        for s in p - g:
            fp[s[0]] += 1
        for s in g - p:
            fn[s[0]] += 1
    out = {}
    for label in sorted(KEEP) + ["ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        f_p = sum(fp.values()) if label == "ALL" else fp[label]
        f_n = sum(fn.values()) if label == "ALL" else fn[label]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, help="IOB2 file to train on (default: $QOGAM_KAZNERD_DIR/IOB2_valid.txt)")
    ap.add_argument("--test", type=Path, help="IOB2 file to score on (default: $QOGAM_KAZNERD_DIR/IOB2_test.txt)")
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--iterations", type=int, default=250)
    args = ap.parse_args(argv)
    kaznerd = get_settings().kaznerd_dir
    args.train = args.train or kaznerd / "IOB2_valid.txt"
    args.test = args.test or kaznerd / "IOB2_test.txt"
    missing = [str(p) for p in (args.train, args.test) if not p.is_file()]
    if missing:
        print(
            f"KazNERD data not found: {', '.join(missing)}. KazNERD is not part of the repository; "
            "set QOGAM_KAZNERD_DIR to the folder holding IOB2_valid.txt and IOB2_test.txt "
            "(or pass --train/--test).",
            file=sys.stderr,
        )
        return 2

    started = time.monotonic()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in read_iob(args.train):
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params(
        {
            "c1": 0.1,
            "c2": 0.01,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    trainer.train(str(args.model))
    print(f"trained in {time.monotonic() - started:.0f} s -> {args.model} ({args.model.stat().st_size // 1024} KiB)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.model))
    for label, (p, r, f) in evaluate(tagger, read_iob(args.test)).items():
        print(f"{label:13s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
