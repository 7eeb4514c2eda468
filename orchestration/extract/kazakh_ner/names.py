"""Build the list of person names (given names and surnames) learnt from KazNERD validation.

    python -m orchestration.extract.kazakh_ner.names [--data $QOGAM_KAZNERD_DIR/IOB2_valid.txt]

A capitalised word, in the nominative (``kazakh.nominative_name``), is kept when KazNERD tags it
as PERSON at least twice and it stands capitalised outside a name, or in lower case (a common
word: ``арман``, ``мақсат``), at most a third as often. The list ships as
``data/kk_person_names.txt`` (KazNERD, CC BY 4.0, Yeshpanov et al., LREC 2022); the extractor
reads a lone capitalised Kazakh word found there as a person.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from ...settings import get_settings
from ..kazakh import PERSON_NAMES_PATH, nominative_name
from .train import read_iob

MIN_PERSON = 2
MAX_OTHER_SHARE = 1 / 3


def person_names(sentences) -> list[str]:
    person, other = Counter(), Counter()
    for tokens, tags in sentences:
        for token, tag in zip(tokens, tags, strict=True):
            if len(token) < 3 or not token.isalpha() and "-" not in token:
                continue
            word = nominative_name(token[:1].upper() + token[1:])
            if tag.endswith("PERSON"):
                person[word] += token[:1].isupper()
            else:
                other[word] += 1
    return sorted(w for w, n in person.items() if n >= MIN_PERSON and other[w] <= n * MAX_OTHER_SHARE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=PERSON_NAMES_PATH)
    args = ap.parse_args(argv)
    data = args.data or get_settings().kaznerd_dir / "IOB2_valid.txt"
    names = person_names(read_iob(data))
    args.out.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
