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


# lingua loads a language's n-gram models on first use: text of 120 characters or more needs
# only a few of them (0.04 s of CPU for Russian, Kazakh and Ukrainian), shorter text all five
# sizes (0.6 s: once the largest part of the start-up before extraction workers fork).
# Extraction asks about paragraphs joined up to 1,000 characters, rarely about less.
WARM_UP_TEXT = (
    "Общественный совет обсудил работу с некоммерческими организациями. "
    "Члены совета предложили расширить поддержку гражданских инициатив в регионах."
)


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.RUSSIAN, Language.KAZAKH, Language.ENGLISH, Language.UKRAINIAN, Language.TURKISH, Language.GERMAN
    ).build()


def warm_up() -> None:
    """Load the models of the Cyrillic languages that paragraph-length text is scored with now,
    e.g. before forking workers (the full models for short text load where one is first met)."""
    _detector().detect_language_of(WARM_UP_TEXT)


def _paragraph_script(text: str) -> str:
    """kk (Kazakh letters, or Latin-script Kazakh), latin (other Latin text), cyrillic, or none."""
    words = WORD.findall(text)
    if not words:
        return "none"
    cyr = len(CYRILLIC.findall(text))
    lat = len(LATIN.findall(text))
    if lat > cyr:
        kk_hits = len(LATIN_KK_WORDS.findall(text)) + len(LATIN_KK_LETTERS.findall(text))
        return "kk" if kk_hits >= max(2, len(words) // 15) else "other"
    kk_letters = len(KK_LETTERS.findall(text))
    return "kk" if kk_letters >= max(2, cyr * 0.02) else "cyrillic"


def _lingua(text: str) -> str:
    lang = _detector().detect_language_of(text)
    if lang is None:
        return "other"
    return {"RUSSIAN": "ru", "KAZAKH": "kk"}.get(lang.name, "other")


def detect_language(text: str, zones: list[tuple[int, int]] | None = None) -> str:
    """Language of the body: weighted by characters over its paragraphs."""
    zones = zones or [(0, len(text))]
    weights: dict[str, int] = {}
    cyrillic: list[str] = []
    for s, e in zones:
        chunk = text[s:e]
        script = _paragraph_script(chunk)
        if script == "cyrillic":
            cyrillic.append(chunk)
        elif script != "none":
            weights[script] = weights.get(script, 0) + len(chunk)
    if cyrillic:
        # one lingua call for all Cyrillic paragraphs without Kazakh letters: Russian, or another language
        lang = _lingua("\n".join(cyrillic)[:1000])
        weights[lang] = weights.get(lang, 0) + sum(map(len, cyrillic))
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
