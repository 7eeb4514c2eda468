"""KazNERD test split in documents of 15 sentences: how many gold entities the extractor finds.

    python -m bench.kaznerd_entities [--data ../shared/data/kaznerd/IOB2_test.txt] [--docs N]

Per document (sentences detokenised and joined), the distinct gold ORGANISATION and PERSON
entities are looked up among the extracted organisations and persons with the shared scorer's
rules (organisations: token Jaccard >= 0.5 on 5-letter stems of name or surface; persons: same
surname stem). POSITION-in-role: for each gold POSITION right next to a gold PERSON (the
apposition "облыс әкімі Асқар Асқаров"), whether the extracted person's `role` contains it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from bench.factru_entities import SHARED, load_scorer
from bench.kaznerd_metrics import read_sentences

NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)»”%]$")
NO_SPACE_AFTER = re.compile(r"^[(«“]$")


def detokenise(sentences) -> tuple[str, list[tuple[str, int, int]]]:
    """Text and the gold entities (label, start, end) in it."""
    text, entities = "", []
    for sentence in sentences:
        if text:
            text += " "
        glue = False
        open_span = None
        for token, tag in sentence + [("", "O")]:
            if open_span and (tag == "O" or tag.startswith("B-") or tag[2:] != open_span[0]):
                entities.append((open_span[0], open_span[1], open_span[2]))
                open_span = None
            if not token:
                break
            if text and not text.endswith(" ") and not glue and not NO_SPACE_BEFORE.match(token):
                text += " "
            start = len(text)
            text += token
            glue = bool(NO_SPACE_AFTER.match(token))
            if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
                open_span = [tag[2:], start, len(text)]
            elif tag.startswith("I-"):
                open_span[2] = len(text)
    return text, entities


def norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", (s or "").casefold()).strip()


def score_document(scorer, text: str, gold, rec: dict, counts: dict, misses: dict | None = None) -> None:
    orgs = rec["organisations"]
    persons = rec["persons"]
    for label, key, same in (
        ("ORGANISATION", "organisations", scorer.org_same),
        ("PERSON", "persons", scorer.person_same),
    ):
        names = {text[s:e] for lab, s, e in gold if lab == label}
        found = 0
        for name in names:
            g = {"name": name}
            hit = any(same(g, p) or (key == "organisations" and same(g, {"name": p.get("surface")})) for p in rec[key])
            found += hit
            if misses is not None and not hit:
                misses[label].append(name)
        counts[label] = [counts[label][0] + found, counts[label][1] + len(names)]
    counts["predicted_organisations"] += len(orgs)
    people = [g for g in gold if g[0] == "PERSON"]
    for lab, s, e in gold:
        if lab != "POSITION":
            continue
        person = next((p for p in people if 0 <= p[1] - e <= 2 or 0 <= s - p[2] <= 3), None)
        if person is None:
            continue
        match = next((p for p in persons if scorer.person_same({"name": text[person[1] : person[2]]}, p)), None)
        inside = bool(match and match.get("role") and norm(text[s:e]) in norm(match["role"]))
        if misses is not None and not inside:
            misses["POSITION"].append(
                f"{text[s:e]!r} -> {match and match.get('role')!r} ({text[person[1] : person[2]]})"
            )
        counts["POSITION"] = [counts["POSITION"][0] + inside, counts["POSITION"][1] + 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "kaznerd" / "IOB2_test.txt")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_extraction.py")
    ap.add_argument("--per-doc", type=int, default=15)
    ap.add_argument("--docs", type=int, default=0, help="stop after N documents (0: all)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N misses per label (to see error classes)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        raise SystemExit(f"KazNERD file not found: {args.data} (pass --data)")
    from orchestration.extract.document_facts import extract_text

    scorer = load_scorer(args.scorer)
    sentences = read_sentences(args.data)
    counts = {"ORGANISATION": [0, 0], "PERSON": [0, 0], "POSITION": [0, 0], "predicted_organisations": 0}
    ndocs = 0
    misses: dict[str, list[str]] = {"ORGANISATION": [], "PERSON": [], "POSITION": []}
    for i in range(0, len(sentences), args.per_doc):
        text, gold = detokenise(sentences[i : i + args.per_doc])
        score_document(scorer, text, gold, extract_text(text), counts, misses)
        ndocs += 1
        if args.docs and ndocs >= args.docs:
            break
    res = {"docs": ndocs, "predicted_organisations": counts["predicted_organisations"]}
    for label, key in (("ORGANISATION", "org_recall"), ("PERSON", "person_recall"), ("POSITION", "position_in_role")):
        hit, total = counts[label]
        res[key] = round(hit / total, 3) if total else None
        res[key + "_n"] = total
    print(json.dumps(res, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in res.items()))
    for label, rows in misses.items() if args.errors else ():
        print(f"--- missed {label}: {len(rows)}")
        for row in rows[: args.errors]:
            print("  -", row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
