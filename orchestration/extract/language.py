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


# lingua's high-accuracy mode loads five n-gram models per language (0.6 s of CPU for Russian,
# Kazakh and Ukrainian: the largest part of the start-up before extraction workers fork); its
# low-accuracy mode reads trigrams only (0.04 s). On text of this length or more the two agree
# (no disagreement above 65 characters over ~5,000 Cyrillic paragraphs and every text extraction
# sends it on the development corpora); shorter text goes to the full models, loaded on first use.
LOW_ACCURACY_MIN_CHARS = 120


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool = False):
    from lingua import Language, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(
        Language.RUSSIAN, Language.KAZAKH, Language.ENGLISH, Language.UKRAINIAN, Language.TURKISH, Language.GERMAN
    )
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def warm_up() -> None:
    """lingua loads its n-gram models on first use, once per process: load the trigram models of
    the Cyrillic languages (what paragraph-length text is scored with) now, e.g. before forking
    workers. The full models of short text load where one is first met."""
    _lingua(
        "Общественный совет обсудил работу с некоммерческими организациями. "
        "Члены совета предложили расширить поддержку гражданских инициатив в регионах."
    )


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
    lang = _detector(low_accuracy=len(text) >= LOW_ACCURACY_MIN_CHARS).detect_language_of(text)
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
