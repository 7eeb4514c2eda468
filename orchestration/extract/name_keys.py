"""Language-independent keys for names, so one body or person written in Russian and in Kazakh
(Cyrillic or Latin) gets one row in the warehouse.

* ``fold``: lower case, Kazakh letters folded to their Russian neighbours (ә→а, ғ→г, қ→к, ң→н,
  ө→о, ұ/ү→у, һ→х, і→и), ё→е, then a plain table transliteration to ASCII Latin; Latin letters
  with diacritics (Kazakh Latin á, ǵ, ń, ó, ú, ý, ı, ş, ğ ...) lose them. ``Жұмабаев`` and
  ``Жумабаев`` both become ``jumabaev`` (as Kazakh Latin writes it).
* ``person_key``: the folded "forename surname".
* ``organisation_key``: the folded words of the name with inflection removed (Russian lemma by
  dictionary; Kazakh genitive ending cut), the head word replaced by a concept shared by both
  languages (``фонд``/``қор`` → ``fund``), legal forms and "Республики Казахстан" dropped, sorted:
  ``Фонд «Саби»`` and ``«Саби» қоры`` both become ``fund sabi``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import kazakh
from .morphology import parses

KK_TO_RU = str.maketrans("әғқңөұүһіё", "агкноуухие")
CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
LATIN_FOLD = str.maketrans({"ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ñ": "n", "ä": "a", "ö": "o", "ü": "u", "ū": "u"})
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# Head words of organisation names -> a concept both languages share. Russian: by dictionary
# lemma; Kazakh: a stem followed by a possessive and case ending only (not "қорғау" for "қор").
RU_HEADS = {
    "министерство": "ministry",
    "акимат": "akimat",
    "маслихат": "maslikhat",
    "агентство": "agency",
    "фонд": "fund",
    "центр": "centre",
    "альянс": "alliance",
    "ассамблея": "assembly",
    "правительство": "government",
    "парламент": "parliament",
    "мажилис": "mazhilis",
    "сенат": "senate",
    "администрация": "administration",
    "палата": "chamber",
    "холдинг": "holding",
    "управление": "department",
    "отдел": "division",
    "совет": "council",
    "комитет": "committee",
    "курултай": "kurultai",
    "ассоциация": "association",
    "объединение": "union",
    "союз": "union",
    "университет": "university",
    "колледж": "college",
    "школа": "school",
    "банк": "bank",
}
KK_HEADS = {
    "министрлі": "ministry",
    "әкімдік": "akimat",
    "әкімдіг": "akimat",
    "мәслихат": "maslikhat",
    "агенттік": "agency",
    "агенттіг": "agency",
    "қор": "fund",
    "орталық": "centre",
    "орталығ": "centre",
    "альянс": "alliance",
    "ассамблея": "assembly",
    "үкімет": "government",
    "парламент": "parliament",
    "мәжіліс": "mazhilis",
    "сенат": "senate",
    "әкімшілік": "administration",
    "әкімшіліг": "administration",
    "палата": "chamber",
    "холдинг": "holding",
    "басқарма": "department",
    "бөлім": "division",
    "кеңес": "council",
    "комитет": "committee",
    "құрылтай": "kurultai",
    "қауымдастық": "association",
    "қауымдастығ": "association",
    "бірлестік": "union",
    "бірлестіг": "union",
    "одақ": "union",
    "одағ": "union",
    "университет": "university",
    "колледж": "college",
    "мектеп": "school",
    "мектеб": "school",
    "банк": "bank",
}
# a head's case after its possessive: the pronominal forms but "-ндағы", and the dative "-ға"
HEAD_CASES = set(kazakh.AFTER_POSSESSIVE) - set(kazakh.RELATIVE_AFTER_POSSESSIVE) | set(
    kazakh.case_endings("dat", after="V")
)
KK_HEAD = re.compile(
    "^(" + "|".join(sorted(KK_HEADS, key=len, reverse=True)) + ")"
    rf"(?:{kazakh.alternation(kazakh.POSSESSIVE_ENDINGS, kazakh.CONSONANT_POSSESSIVE)})?"
    rf"(?:{kazakh.alternation(HEAD_CASES)})?$"
)
# Words that never tell two bodies apart: legal forms, the country in the name, prepositions.
NOISE = {
    "ао",
    "нао",
    "тоо",
    "оюл",
    "оо",
    "оф",
    "ргу",
    "кгу",
    "гу",
    "ргп",
    "кгп",
    "жшс",
    "кеақ",
    "ақ",
    "рк",
    "қр",
    "республика",
    "республики",
    "республикасы",
    "республикасының",
    "казахстан",
    "қазақстан",
    "и",
    "және",
    "по",
    "при",
    "с",
    "для",
}
KK_GENITIVE = re.compile(rf"(?<=\w\w\w)(?:{kazakh.alternation(kazakh.GENITIVE)})$")


# Unambiguous Kazakh case endings on a one-word name (genitive, dative, ablative, instrumental,
# "-дағы"): "Үкіметке" -> "Үкімет", "Boeing-тің" -> "Boeing". Two-letter locatives and
# accusatives are left alone: too many names end in them ("Ақорда", "Алматы").
KK_NAME_CASE = re.compile(
    r"(?<=\w\w\w)-?(?:"
    + kazakh.alternation(
        kazakh.GENITIVE,
        kazakh.DATIVE,
        kazakh.ABLATIVE,
        kazakh.INSTRUMENTAL,
        kazakh.RELATIVE,
        kazakh.RELATIVE_AFTER_POSSESSIVE,
        kazakh.LOCATIVE_AFTER_POSSESSIVE,
    )
    + ")$"
)


def kk_name_nominative(word: str) -> str:
    return KK_NAME_CASE.sub("", word)


def fold(text: str) -> str:
    """Lower-case ASCII Latin spelling shared by Russian, Kazakh Cyrillic and Kazakh Latin."""
    low = text.lower().translate(KK_TO_RU)
    latin = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in low).translate(LATIN_FOLD)
    decomposed = unicodedata.normalize("NFKD", latin)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def head_concept(word: str) -> str | None:
    """The concept of an organisation head word in either language, else None."""
    low = word.lower().replace("ё", "е")
    if re.fullmatch(r"[а-я-]+", low):
        return next(
            (RU_HEADS[p.normal_form] for p in parses(low)[:3] if p.tag.POS == "NOUN" and p.normal_form in RU_HEADS),
            None,
        )
    m = KK_HEAD.match(low)
    return KK_HEADS[m.group(1)] if m else None


@lru_cache(maxsize=100_000)
def _word_key(word: str) -> str:
    concept = head_concept(word)
    if concept:
        return concept
    if re.fullmatch(r"[а-яё-]+", word):  # Russian: the dictionary lemma
        best = parses(word)[:1]
        word = best[0].normal_form if best else word
    else:
        word = KK_GENITIVE.sub("", word)
    return fold(word)


def name_words(name: str) -> list[str]:
    """The words of a name that can tell bodies apart (lower case, noise dropped)."""
    return [w for w in TOKEN.findall(name.lower().replace("ё", "е")) if w not in NOISE]


def organisation_key(name: str) -> str:
    return " ".join(sorted({_word_key(w) for w in name_words(name)})) or fold(name)


def person_key(name: str) -> str:
    return " ".join(fold(w) for w in TOKEN.findall(name))
