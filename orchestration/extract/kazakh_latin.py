"""Kazakh in the Latin alphabet: detect it, transliterate it to Cyrillic with an offset map.

Two official alphabets are in use: the 2018 one with acute letters (á ǵ ı ń ó ú ý, digraphs
sh and ch; ``ı`` is и/й, ``i`` is і, ``u`` is ұ, ``ý`` is у) and the 2021 one (ä ğ ñ ö ş ü ū;
``ı`` is і, ``i`` is и/й, ``u`` is у, ``ū`` is ұ). Plain ASCII (sh, ch, zh) falls back to the
2018 reading. The variant is chosen per text by its letters.

The extractor runs its Cyrillic pipeline on ``Transliteration.text`` and maps every span back
with ``to_source`` so that ``raw_text[start:end]`` is the Latin surface as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LETTERS_2018 = set("áǵńóúýÁǴŃÓÚÝ")  # "ı" is in both alphabets (и in 2018, і in 2021)
LETTERS_2021 = set("äğǧñŋöşüūçÄĞǦÑŊÖŞÜŪÇ")
COMMON = {
    "a": "а",
    "b": "б",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "j": "ж",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "қ",
    "r": "р",
    "s": "с",
    "t": "т",
    "v": "в",
    "y": "ы",
    "z": "з",
    "w": "у",
    "x": "кс",
    "c": "ц",
    "ä": "ә",
    "á": "ә",
    "ö": "ө",
    "ó": "ө",
    "ü": "ү",
    "ú": "ү",
    "ñ": "ң",
    "ń": "ң",
    "ŋ": "ң",
    "ğ": "ғ",
    "ǧ": "ғ",
    "ǵ": "ғ",
    "ş": "ш",
    "ç": "ч",
    "ū": "ұ",
    "ý": "у",
}
VARIANT_2018 = {**COMMON, "ı": "и", "i": "і", "u": "ұ", "í": "и"}
VARIANT_2021 = {**COMMON, "ı": "і", "i": "и", "u": "у", "í": "и"}
# Digraphs, read before single letters (both alphabets; "ıa"/"ıý" are я/ю in 2018 writing).
DIGRAPHS_2018 = {"sh": "ш", "ch": "ч", "zh": "ж", "ts": "ц", "ıa": "я", "ıý": "ю", "ıo": "ё"}
DIGRAPHS_2021 = {"sh": "ш", "ch": "ч", "zh": "ж", "ts": "ц", "ia": "я", "iu": "ю"}
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ\u0300-\u036f]+")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
CYRILLIC_VOWELS = set("аәеиоөуұүыіэюя")
COMBINING = re.compile(r"[\u0300-\u036f]")


@dataclass(frozen=True)
class Transliteration:
    text: str  # the Cyrillic text
    starts: tuple[int, ...]  # for each Cyrillic character, the source index it starts at
    ends: tuple[int, ...]  # for each Cyrillic character, the source index after it
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """A span of the Cyrillic text as a span of the source text (monotone, inside it)."""
        if start >= len(self.starts):
            return self.source_length, self.source_length
        if end <= start:
            pos = self.starts[start]
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_source(self, pos: int) -> int:
        """The Cyrillic index of the first character produced at or after a source index."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def variant(text: str) -> str:
    """``2018`` or ``2021``, by the alphabet-specific letters the text uses."""
    n2018 = sum(ch in LETTERS_2018 for ch in text)
    n2021 = sum(ch in LETTERS_2021 for ch in text)
    return "2021" if n2021 > n2018 else "2018"


def is_latin_kazakh(text: str) -> bool:
    """Most letters are Latin and the text reads as Kazakh (language.py's Latin-Kazakh test)."""
    from .language import _paragraph_script

    if len(CYRILLIC.findall(text, 0, 3000)) > 300:
        return False  # quick exit for the usual Cyrillic article
    latin = len(LATIN_WORD.findall(text))
    if not latin or len(CYRILLIC.findall(text)) * 3 > sum(map(len, LATIN_WORD.findall(text))):
        return False
    return _paragraph_script(text) == "kk"


def _letter(text: str, i: int) -> tuple[str, int]:
    """The letter at i with any combining marks after it (composed), and the index after them."""
    j = i + 1
    while j < len(text) and COMBINING.match(text[j]):
        j += 1
    return unicodedata.normalize("NFC", text[i:j]), j


def transliterate(text: str, which: str | None = None) -> Transliteration:
    """Latin letters to Cyrillic, case kept; everything else (digits, Cyrillic, punctuation) as is."""
    which = which or variant(text)
    letters = VARIANT_2021 if which == "2021" else VARIANT_2018
    digraphs = DIGRAPHS_2021 if which == "2021" else DIGRAPHS_2018
    out, starts, ends = [], [], []
    i = 0
    while i < len(text):
        letter, j = _letter(text, i)
        low = letter.lower()
        nxt, after = _letter(text, j) if j < len(text) else ("", j)
        pair = (low + nxt.lower()) if nxt else ""
        if pair in digraphs:
            cyr, j = digraphs[pair], after
        else:
            cyr = letters.get(low, letter)
            if cyr == "и" and out and out[-1].lower() in CYRILLIC_VOWELS:
                cyr = "й"  # "uıym" -> "ұйым", "qaida" -> "қайда"
        if letter != low or (letter.isupper()):
            cyr = cyr[:1].upper() + cyr[1:] if not (nxt.isupper() and pair in digraphs) else cyr.upper()
        for ch in cyr:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Transliteration("".join(out), tuple(starts), tuple(ends), len(text))
