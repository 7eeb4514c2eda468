"""Token features for the Kazakh CRF (shared by training and tagging)."""

from __future__ import annotations

import re
from functools import lru_cache

KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
SHAPE = [(re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"), "X"), (re.compile(r"[a-zа-яёәғқңөұүһі]"), "x"), (re.compile(r"\d"), "d")]


def shape(word: str) -> str:
    out = word
    for pattern, ch in SHAPE:
        out = pattern.sub(ch, out)
    return re.sub(r"(.)\1{2,}", r"\1\1", out)[:8]


@lru_cache(maxsize=100_000)
def _own(w: str) -> tuple[str, ...]:
    """The features of a word itself (cached per word form: tagging is per token)."""
    low = w.lower()
    return (
        "bias",
        f"w={low}",
        f"s2={low[-2:]}",
        f"s3={low[-3:]}",
        f"s4={low[-4:]}",
        f"p2={low[:2]}",
        f"p3={low[:3]}",
        f"shape={shape(w)}",
        f"title={w[:1].isupper()}",
        f"upper={w.isupper() and len(w) > 1}",
        f"digit={any(c.isdigit() for c in w)}",
        f"kk={any(c in KK_LETTERS for c in w)}",
        f"punct={not any(c.isalnum() for c in w)}",
    )


@lru_cache(maxsize=200_000)
def _neighbour(t: str, off: int) -> tuple[str, ...]:
    return f"{off}:w={t.lower()}", f"{off}:title={t[:1].isupper()}", f"{off}:s3={t.lower()[-3:]}"


def token_features(tokens: list[str], i: int) -> list[str]:
    feats = list(_own(tokens[i]))
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(tokens):
            feats += _neighbour(tokens[j], off)
        else:
            feats.append(f"{off}:edge")
    return feats


def sentence_features(tokens: list[str]) -> list[list[str]]:
    return [token_features(tokens, i) for i in range(len(tokens))]
