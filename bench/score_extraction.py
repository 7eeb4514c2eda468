#!/usr/bin/env python3
# Copied unchanged (apart from this note) from the project's shared measuring material
# (shared/tools/score_extraction.py), so that a clone can score without it. Keep it in step
# with that original: figures are only comparable when scored by the same rules.
"""Score extraction records (qogam extract JSONL) against gold JSONL.

usage: score_extraction.py GOLD.jsonl PRED.jsonl DOCS_DIR [--json]
Matching rules (kept simple and stated, so figures are comparable over time):
  regions        set of region codes per document
  metrics        same unit and |value - gold| <= 0.5% of gold (greedy, one-to-one)
  organisations  token Jaccard >= 0.5 on 5-letter stems of the names
  persons        same surname stem (last token, 5 letters)
  events         same event_type (multiset)
  spans          raw_text[start:end] equals the item's surface/text
"""

import json
import re
import sys
import unicodedata
from pathlib import Path


def load(path):
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            key = Path(rec.get("file") or rec.get("source_file") or "").name
            out[key] = rec
    return out


def norm(s):
    s = unicodedata.normalize("NFC", (s or "")).casefold().replace("ё", "е")
    return re.sub(r"[\W_]+", " ", s).strip()


def stems(s):
    return {t[:5] for t in norm(s).split() if len(t) > 1}


def prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match(golds, preds, same):
    used, pairs = set(), []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def metric_same(g, p):
    try:
        gv, pv = float(g["value"]), float(p.get("value"))
    except (TypeError, ValueError):
        return False
    return g.get("unit") == p.get("unit") and abs(gv - pv) <= 0.005 * max(abs(gv), 1.0)


def org_same(g, p):
    a, b = stems(g.get("name")), stems(p.get("name"))
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def person_same(g, p):
    a, b = norm(g.get("name")).split(), norm(p.get("name")).split()
    return bool(a and b) and a[-1][:5] == b[-1][:5]


def score(gold, pred, docs_dir):
    t = {k: [0, 0, 0] for k in ("regions", "metrics", "organisations", "persons", "events")}
    lang = title = date = ndocs = 0
    qual = subj = nmatched = 0
    spans_ok = spans_all = 0
    missing = []
    for name, g in gold.items():
        ndocs += 1
        p = pred.get(name)
        if p is None:
            missing.append(name)
            p = {}
        lang += p.get("language") == g.get("language")
        gt, pt = norm(g.get("title")), norm(p.get("title"))
        title += (gt == pt) or (
            bool(gt) and bool(pt) and (gt in pt or pt in gt) and min(len(gt), len(pt)) / max(len(gt), len(pt)) > 0.8
        )
        date += (g.get("published_date") or None) == (p.get("published_date") or None)
        gr = set(g.get("regions") or [])
        pr = {r.get("region_code") for r in p.get("regions") or [] if isinstance(r, dict)}
        t["regions"][0] += len(gr & pr)
        t["regions"][1] += len(pr)
        t["regions"][2] += len(gr)
        for key, same in (
            ("metrics", metric_same),
            ("organisations", org_same),
            ("persons", person_same),
            ("events", lambda a, b: a.get("event_type") == b.get("event_type")),
        ):
            gl, pl = g.get(key) or [], [x for x in p.get(key) or [] if isinstance(x, dict)]
            pairs = match(gl, pl, same)
            t[key][0] += len(pairs)
            t[key][1] += len(pl)
            t[key][2] += len(gl)
            if key == "metrics":
                for a, b in pairs:
                    nmatched += 1
                    qual += a.get("qualifier") == b.get("qualifier")
                    subj += a.get("subject") == b.get("subject")
        raw_path = Path(docs_dir) / name
        if p and raw_path.exists():
            raw = raw_path.read_text(encoding="utf-8", errors="replace")
            for key in ("regions", "organisations", "persons", "events", "metrics"):
                for x in p.get(key) or []:
                    if isinstance(x, dict) and "start" in x and "end" in x:
                        spans_all += 1
                        surface = x.get("surface") or x.get("text")
                        try:
                            seg = raw[int(x["start"]) : int(x["end"])]
                        except (TypeError, ValueError):
                            continue
                        spans_ok += surface is None or seg == surface
    res = {
        "docs": ndocs,
        "missing": missing,
        "language_acc": lang / ndocs,
        "title_acc": title / ndocs,
        "date_acc": date / ndocs,
        "metric_qualifier_acc": qual / nmatched if nmatched else 0.0,
        "metric_subject_acc": subj / nmatched if nmatched else 0.0,
        "span_valid": spans_ok / spans_all if spans_all else 0.0,
    }
    for k, (tp, npred, ngold) in t.items():
        p_, r_, f_ = prf(tp, npred, ngold)
        res[k] = {"p": round(p_, 3), "r": round(r_, 3), "f1": round(f_, 3), "tp": tp, "pred": npred, "gold": ngold}
    return res


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    res = score(load(argv[1]), load(argv[2]), argv[3])
    if "--json" in argv:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
