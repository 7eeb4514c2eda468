"""Document language: ``ru``, ``kk`` (Cyrillic or Latin script), ``mixed`` or ``other``.

lingua (its models ship inside the package) scores each paragraph; Kazakh-specific
letters back it up, and Latin-script Kazakh (2021 alphabet) is recognised by its letters
and common words, which lingua's Cyrillic-trained Kazakh model does not cover.
"""

from __future__ import annotations

import re
from functools import lru_cache

KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
LATIN = re.compile(r"[A-Za-zÁáǴǵÍıŃńÓóÚúÝýŞşÇçÄäÖöÜüĞğ]")
LATIN_KK_LETTERS = re.compile(r"[ÁáǴǵŃńÓóÚúÝýIı]")
LATIN_KK_WORDS = re.compile(
    r"\b(?:jáne|men|bul|osy|úshin|boıynsha|qazaqstan|qala|oblys|jyl|adam|halyq|memlekettik|qoǵam|jumys|"
    r"aýdan|ákim|degen|bolyp|turǵyn|bilim|jastar|sondaı|qoldaý|azamattyq)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.RUSSIAN, Language.KAZAKH, Language.ENGLISH, Language.UKRAINIAN, Language.TURKISH, Language.GERMAN
    ).build()


def _paragraph_language(text: str) -> str:
    words = WORD.findall(text)
    if not words:
        return "none"
    cyr = len(CYRILLIC.findall(text))
    lat = len(LATIN.findall(text))
    if lat > cyr:
        kk_hits = len(LATIN_KK_WORDS.findall(text)) + len(LATIN_KK_LETTERS.findall(text))
        return "kk" if kk_hits >= max(2, len(words) // 15) else "other"
    kk_letters = len(KK_LETTERS.findall(text))
    if kk_letters >= max(2, cyr * 0.02):
        return "kk"
    lang = _detector().detect_language_of(text)
    if lang is None:
        return "other"
    return {"RUSSIAN": "ru", "KAZAKH": "kk"}.get(lang.name, "other")


def detect_language(text: str, zones: list[tuple[int, int]] | None = None) -> str:
    """Language of the body: weighted by characters over its paragraphs."""
    zones = zones or [(0, len(text))]
    weights: dict[str, int] = {}
    for s, e in zones:
        chunk = text[s:e]
        lang = _paragraph_language(chunk)
        if lang != "none":
            weights[lang] = weights.get(lang, 0) + len(chunk)
    total = sum(weights.values())
    if not total:
        return "other"
    top, top_w = max(weights.items(), key=lambda kv: kv[1])
    ru, kk = weights.get("ru", 0), weights.get("kk", 0)
    if ru and kk and min(ru, kk) / total >= 0.2:
        return "mixed"
    if top_w / total >= 0.6:
        return top
    return "mixed" if ru + kk >= 0.6 * total else "other"
