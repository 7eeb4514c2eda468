"""Russian morphology by dictionary (pymorphy2, shipped with natasha), cached per word form.

One place for the nominative of a noun phrase with agreement (``Общественного совета`` ->
``Общественный совет``, ``Единой России`` -> ``Единая Россия``) and of a person's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

ADJECTIVE_POS = {"ADJF", "PRTF"}
RU_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё-]*$")


@lru_cache(maxsize=1)
def analyzer():
    from .nlp import _models

    return _models()[2]


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


def keep_case(original: str, word: str) -> str:
    """The case pattern of the written word on its dictionary form (МХАТе -> МХАТ)."""
    upper_run = re.match(r"[A-ZА-ЯЁ]{2,}", original)
    if upper_run and len(upper_run.group(0)) >= len(word) - 1 and word.upper().startswith(upper_run.group(0)):
        return word.upper()
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def inflect(parse, grammemes: set[str]):
    try:
        return parse.inflect(grammemes)
    except (ValueError, KeyError):
        return None


def _is_adjective(word: str) -> bool:
    best = parses(word)
    return bool(best) and best[0].tag.POS in ADJECTIVE_POS


def _agrees(adjective_word: str, noun) -> bool:
    tag = noun.tag
    return any(
        p.tag.POS in ADJECTIVE_POS
        and p.tag.case == tag.case
        and p.tag.number == tag.number
        and (tag.number == "plur" or p.tag.gender in (tag.gender, None) or tag.gender is None)
        for p in parses(adjective_word)
    )


def _head_parse(word: str, adjectives: list[str]):
    """The noun reading of the head that its adjectives agree with (pymorphy's best one else)."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    agreeing = [p for p in nouns if all(_agrees(a, p) for a in adjectives)]
    return (agreeing or nouns or [None])[0]


def _agreeing_adjective(word: str, case: str, number: str, gender: str | None) -> str:
    adjs = [p for p in parses(word) if p.tag.POS in ADJECTIVE_POS and p.tag.case == case]
    agreeing = [p for p in adjs if number == "plur" or gender is None or p.tag.gender in (gender, None)]
    cands = agreeing or adjs
    grammemes = {"nomn", number} | ({gender} if number == "sing" and gender else set())
    nom = inflect(cands[0], grammemes) if cands else None
    return keep_case(word, nom.word) if nom else word


def nominative_phrase(words: list[str]) -> list[str]:
    """Leading adjectives and their head noun in the nominative, agreeing with the head in gender
    and number; the words after the head (its complements) stay as written."""
    for i, word in enumerate(words):
        if not RU_WORD.match(word):
            return words
        if _is_adjective(word) and i < len(words) - 1:
            continue
        noun = _head_parse(word, words[:i])
        if noun is None:
            return words
        case, number, gender = noun.tag.case, noun.tag.number or "sing", noun.tag.gender
        head = noun if case == "nomn" else inflect(noun, {"nomn", number})
        out = [_agreeing_adjective(w, case, number, gender) for w in words[:i]]
        return out + [keep_case(word, head.word) if head else word] + words[i + 1 :]
    return words


@lru_cache(maxsize=50_000)
def is_surname_like(word: str) -> bool:
    """A lone capitalised word that can be a surname: the dictionary knows it as one, or does not
    know the word at all (foreign and Kazakh surnames), and it is not a forename."""
    if is_forename(word):
        return False
    best = parses(word)[:3]
    return any("Surn" in p.tag for p in best) or not analyzer().word_is_known(word.lower())


@lru_cache(maxsize=50_000)
def is_forename(word: str) -> bool:
    """The word is most likely a forename or a patronymic, not a surname."""
    best = parses(word)[:2]
    return any({"Name", "Patr"} & set(p.tag.grammemes) for p in best) and not any("Surn" in p.tag for p in best[:1])


@lru_cache(maxsize=50_000)
def nominative_surname(word: str) -> str:
    cands = [p for p in parses(word) if "Surn" in p.tag]
    if not cands or cands[0].tag.case == "nomn":
        return word
    nom = inflect(cands[0], {"nomn"})
    return keep_case(word, nom.word) if nom else word


PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """A Russian dictionary word with no proper-name reading (``Участие``, ``Благодаря``): a
    capitalised one at the start of a sentence is not a name."""
    low = word.lower()
    if not RU_WORD.match(low) or not analyzer().word_is_known(low):
        return False
    return not any(PROPER_TAGS & set(p.tag.grammemes) for p in parses(word))


@lru_cache(maxsize=50_000)
def is_patronymic(word: str) -> bool:
    """A patronymic by dictionary (``Анатольевич``), not a surname in ``-ович`` (``Шостакович``,
    ``Абрамович``: the dictionary reads them as surnames first)."""
    best = parses(word)
    return bool(best) and "Patr" in best[0].tag and analyzer().word_is_known(word.lower())


@lru_cache(maxsize=50_000)
def is_plural_name(word: str) -> bool:
    """A family or a kind in the plural (``Димитриевичей``, ``Вандербильтов``), not one person."""
    nouns = [p for p in parses(word)[:3] if p.tag.POS == "NOUN"]
    if not nouns or any(p.tag.number == "sing" for p in nouns):
        return False
    return analyzer().word_is_known(word.lower())  # not a guess: "Мухаметов" is one person


def is_known_word(word: str) -> bool:
    """The dictionary has the word (in any form), rather than guessing its parse."""
    return analyzer().word_is_known(word.lower())
