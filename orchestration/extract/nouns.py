"""The noun a figure counts: read by morphology, put in dictionary form, mapped to a subject.

Russian: pymorphy2 (shipped with natasha) decides whether the words after a number are a
noun phrase in the case the numeral governs (``5 новых школ``, ``двумя заявками``,
``1 школа``); adjectives are agreed to the head in the nominative singular for ``noun``
(``неправительственная организация``). Kazakh has no morphology library here: the next word
is the counted noun unless it belongs to a closed class that is not a noun (time words,
postpositions, particles, conjunctions, copulas) or has a verb ending; adjective-like
modifiers before the head and an izafet after it (``жастар орталығы``) are kept; ``noun``
is the phrase with the head's case and plural suffixes removed (``волонтерлік ұйым``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from . import kazakh
from .lexicon import (
    KK_NOT_NOUN,
    KK_NOT_NOUN_PREFIXES,
    KK_VERB_STEMS,
    MONTHS,
    NGO_MODIFIERS,
    RU_NOT_COUNTED,
    RU_NOT_COUNTED_SINGULAR,
    SUBJECT_PHRASES,
    SUBJECT_WORDS,
)
from .morphology import parses

KK_MODIFIER = re.compile(
    r".{2,}(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|ған|ген|қан|кен|атын|етін|йтын|йтін)"
)
KK_DERIVED = re.compile(r".{2,}(?:лық|лік|дық|дік|тық|тік)")
KK_PARTICIPLE = re.compile(r".{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін)")
KK_ADJECTIVES = frozenset(
    {
        "жаңа",
        "дөңгелек",  # "дөңгелек үстел", a round table
        "ірі",
        "шағын",
        "үлкен",
        "кіші",
        "түрлі",
        "әр",
        "жеке",
        "жалпы",
        "арнайы",
        "көп",
        "ауыр",
        "жас",
        "ерекше",
        "қосымша",
        "негізгі",
        "барлық",
        "емес",
    }
)
KK_VERB = re.compile(
    r".{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ады|еді|йды|йді|ып|іп|ылды|ілді|"
    r"нды|нді|лды|лді|ыпты|іпті|са|се|уда|уде)"
)
# a possessive noun, bare or in a case ("басқармасы", "әкімінің", "қаласында")
POSSESSIVE_CASES = kazakh.case_endings("gen", "dat", "acc", "loc", "abl", table=kazakh.AFTER_POSSESSIVE_ENDINGS)
KK_POSSESSIVE = re.compile(rf".{{2,}}(?:[^дтаәеиоөуұүыіэюя][ыі]|с[ыі])(?:{kazakh.alternation(POSSESSIVE_CASES)})?")
RU_MODIFIER_POS = ("ADJF", "PRTF")
RU_CLASSIFIERS = frozenset({"вид", "тип", "категория", "разновидность", "наименование", "единица", "штука", "вариант"})


@dataclass(frozen=True)
class NounPhrase:
    first: int  # token index of its first word
    last: int  # token index of its last word
    noun: str  # dictionary form, in the article's language
    subject: str


# --- Russian -------------------------------------------------------------------------------


def government(value: float, decimal: bool, scaled: bool) -> str:
    """What a Russian numeral governs: ``one`` (1, 21), ``few`` (2-4), ``many`` (5+), ``frac``."""
    if scaled:
        return "many_scaled"
    if decimal:
        return "frac"
    n = int(value)
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "few"
    return "many"


def _fits(tag, gov: str, adjective: bool = False) -> bool:
    case, number = tag.case, tag.number
    if gov == "one":
        return number != "plur" or "Pltm" in tag
    if gov == "frac" or gov == "gent":
        return case == "gent"
    if gov == "few" and number == "sing":
        return case == "gent" and not adjective
    return number == "plur" and (case != "nomn" or (adjective and gov == "few"))


def _ru_noun(word: str, gov: str):
    """A noun parse that fits; the word's most likely reading must be a noun or an adjective."""
    readings = parses(word)
    if len(word) < 2 or not readings or readings[0].tag.POS not in ("NOUN", *RU_MODIFIER_POS):
        return None
    return next((p for p in readings if p.tag.POS == "NOUN" and _fits(p.tag, gov)), None)


def _substantive(word: str, gov: str):
    """An adjective or participle used as a noun: "5 пострадавших", "двое больных"."""
    return next(
        (
            p
            for p in parses(word)
            if p.tag.POS in RU_MODIFIER_POS
            and ("Subx" in p.tag or p.tag.POS == "PRTF")
            and p.tag.number == "plur"
            and _fits(p.tag, gov)
        ),
        None,
    )


def _ru_modifier(word: str, gov: str):
    return next((p for p in parses(word) if p.tag.POS in RU_MODIFIER_POS and _fits(p.tag, gov, adjective=True)), None)


def _noun_ahead(tokens, j: int, gov: str) -> bool:
    for k in range(j, min(j + 3, len(tokens))):
        if tokens[k].kind != "word":
            return False
        if _ru_noun(tokens[k].low, gov):
            return True
        if not _ru_modifier(tokens[k].low, gov):
            return False
    return False


def _ru_dictionary_form(mods, head, head_text: str) -> str:
    if head_text.isupper() and len(head_text) > 1:
        lemma = head_text.rstrip(".")
    elif head.tag.POS != "NOUN":  # a substantive adjective or participle: "пострадавший"
        inflected = head.inflect({"nomn", "sing", "masc"})
        return inflected.word if inflected else head.word
    else:
        lemma = head.normal_form
    nominative = parses(lemma.lower())
    gender = next((p.tag.gender for p in nominative if p.tag.POS == "NOUN" and p.normal_form == lemma.lower()), None)
    words = []
    for parse in mods:
        wanted = {"nomn", "sing", gender} if gender else {"nomn", "plur"}
        inflected = parse.inflect(wanted) if parse.tag.POS in RU_MODIFIER_POS else None
        words.append(inflected.word if inflected else parse.word)
    return " ".join([*words, lemma])


def _ru_phrase(tokens, k: int, gov: str) -> NounPhrase | None:
    mods, j = [], k
    while j < len(tokens) and tokens[j].kind == "word" and len(mods) < 3:
        low = tokens[j].low
        modifier = _ru_modifier(low, gov)
        if modifier and _noun_ahead(tokens, j + 1, gov):
            mods.append(modifier)
            j += 1
            continue
        head = _ru_noun(low, gov) or (None if mods else _substantive(low, gov))
        if (
            head is None
            or head.normal_form in RU_NOT_COUNTED
            or low in MONTHS
            or (head.normal_form in RU_NOT_COUNTED_SINGULAR and head.tag.number == "sing")
        ):
            return None
        if head.normal_form in RU_CLASSIFIERS:  # "70 видов услуг": what the kinds are of
            inner = _ru_phrase(tokens, j + 1, "gent")
            if inner is not None:
                return NounPhrase(k, inner.last, inner.noun, inner.subject)
        noun = _ru_dictionary_form(mods, head, tokens[j].text)
        low_words = [t.low for t in tokens[k : j + 1]]
        return NounPhrase(k, j, noun, subject_of(low_words, modifiers=low_words[:-1]))
    return None


# --- Kazakh --------------------------------------------------------------------------------

TIME_POSSESSIVE = kazakh.alternation(kazakh.POSSESSIVE_ENDINGS, [p + "н" for p in kazakh.POSSESSIVE_ENDINGS])
TIME_CASES = kazakh.alternation(
    kazakh.case_endings("gen", "dat", "acc", "loc", "abl"), POSSESSIVE_CASES, kazakh.SIMILATIVE
)
KK_TIME = re.compile(
    r"(?:жыл|ай|апта|күн|тәулік|сағат|минут|секунд|жұма|ғасыр|түн)(?:дық|дік|лық|лік|тық|тік|дығ|діг|лығ|ліг|"
    rf"ғы|гі)?(?:{TIME_POSSESSIVE})?(?:{TIME_CASES})?"
)


def is_ordinal_word(low: str) -> bool:
    """A Russian ordinal numeral ("двадцатого", "первом"), by dictionary."""
    return any("Anum" in p.tag for p in parses(low)) if low.isalpha() else False


def _kk_not_noun(low: str) -> bool:
    if low in KK_NOT_NOUN or low in MONTHS or low.startswith(KK_NOT_NOUN_PREFIXES) or KK_TIME.fullmatch(low):
        return True
    if KK_VERB.fullmatch(low):
        return True
    return any(
        low.startswith(stem) and low[len(stem) :] in ("ды", "ді", "ты", "ті", "ады", "еді", "ған", "ген")
        for stem in KK_VERB_STEMS
    )


def _kk_is_modifier(low: str, has_mods: bool) -> bool:
    if low == "емес":
        return has_mods
    return low in KK_ADJECTIVES or bool(KK_MODIFIER.fullmatch(low))


# after a possessive ("ұйымының", "қорына"): the pronominal endings but the accusative "-н"
OBLIQUE_AFTER_POSSESSIVE = kazakh.case_endings("gen", "dat", "loc", "abl", table=kazakh.AFTER_POSSESSIVE_ENDINGS)
STEM_AFTER_POSSESSIVE = re.compile(rf"(?<=[ыі])(?:{kazakh.alternation(OBLIQUE_AFTER_POSSESSIVE)})$")


def _kk_case_stem(low: str) -> str:
    """``қаласында`` -> ``қаласы`` (after a possessive first), ``адамның`` -> ``адам``."""
    m = STEM_AFTER_POSSESSIVE.search(low)
    return low[: m.start()] if m and m.start() >= 3 else kazakh.split_case(low)[0]


def kk_stem(word: str) -> str:
    """A Kazakh noun without its case and plural suffixes ("ұйымдарға" -> "ұйым"); a word that is
    itself a dictionary form of the subject vocabulary ("ерікті") is kept whole."""
    low = word.lower()
    if any(low == prefix for prefix, _ in SUBJECT_WORDS):
        return low
    base = _kk_case_stem(low)
    return kazakh.plural_stem(base) or base


def _kk_derived_head_after(tokens, j: int) -> bool:
    """The word after j is a derived noun (-лық/-лік/-тік...) that ends the phrase: then it is the head."""
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "word":
        return False
    nxt = tokens[j + 1].low
    return not _kk_not_noun(nxt) and bool(KK_DERIVED.fullmatch(nxt))


def _young(tokens, j: int, scaled: bool) -> bool:
    """ "жас" after a number is "young", not years of age, after a scaled number ("2 мың жас") or
    before a bare noun it qualifies ("53 жас депутат", "45 жас отбасы"; not "46 жас өтіп еді",
    "25 жас болғанда")."""
    if tokens[j].low != "жас":
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    bare_noun = nxt is not None and nxt.kind == "word" and not _kk_not_noun(nxt.low)
    return scaled or (bare_noun and kazakh.split_case(nxt.low)[1] is None)


def _kk_phrase(tokens, k: int, scaled: bool = False) -> NounPhrase | None:
    """Modifiers, then the head (and an izafet)."""
    words: list[int] = []
    j = k
    while j < len(tokens) and tokens[j].kind == "word" and len(words) < 4:
        low = tokens[j].low
        young = _young(tokens, j, scaled)
        if KK_PARTICIPLE.fullmatch(low) and j + 1 < len(tokens) and tokens[j + 1].kind == "word":
            words.append(j)  # "бірлескен жоба"
            j += 1
            continue
        if low != "емес" and _kk_not_noun(low) and not young:
            break
        if _kk_is_modifier(low, bool(words)) and not (low == "емес" and not words):
            words.append(j)
            j += 1
            continue
        if _kk_not_noun(low) and not young:
            break
        words.append(j)
        if _kk_derived_head_after(tokens, j):
            words.append(j + 1)  # "этномәдени бірлестік": the derived noun after a bare word is the head
        elif (
            j + 1 < len(tokens)
            and tokens[j + 1].kind == "word"
            and KK_POSSESSIVE.fullmatch(tokens[j + 1].low)
            and not _kk_not_noun(tokens[j + 1].low)
        ):
            words.append(j + 1)  # izafet: "жастар орталығы" is one noun
        break
    while words and tokens[words[-1]].low in KK_NOT_NOUN:
        words.pop()
    if not words:
        return None
    lows = [tokens[w].low for w in words]
    izafet = len(words) > 1 and KK_POSSESSIVE.fullmatch(lows[-1]) and not _kk_is_modifier(lows[-2], False)
    last = tokens[words[-1]].text.rstrip(".")
    head = lows[-1] if izafet else last if last.isupper() and len(last) > 1 else kk_stem(last)
    noun = " ".join([*lows[:-1], head])
    return NounPhrase(words[0], words[-1], noun, subject_of(lows, modifiers=lows[:-2] if izafet else lows[:-1]))


# --- both ----------------------------------------------------------------------------------


def counted_noun(tokens, k: int, lang: str, gov: str) -> NounPhrase | None:
    """The noun phrase counted by the number whose last token is just before index k."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return None
    if lang == "kk" or (lang == "mixed" and _kk_like(tokens[k].low)):
        return _kk_phrase(tokens, k, scaled=gov == "many_scaled")
    return _ru_phrase(tokens, k, "many" if gov == "many_scaled" else gov)


def _kk_like(low: str) -> bool:
    return bool(re.search(r"[әғқңөұүһі]", low))


def measured_noun(tokens, k: int, lang: str) -> NounPhrase | None:
    """What a unit measures: the genitive phrase after it (``20 тонн гуманитарной помощи``)."""
    if lang == "kk" or (k < len(tokens) and _kk_like(tokens[k].low)):
        return counted_noun(tokens, k, "kk", "gent")
    return counted_noun(tokens, k, "ru", "gent")


def subject_of(lows: list[str], modifiers: list[str]) -> str:
    """The fixed-vocabulary subject of a noun phrase; NGOs as such only (see NGO_MODIFIERS)."""
    subject = _subject_words(lows, modifiers)
    if subject == "ngo" and any(not m.startswith(NGO_MODIFIERS) and not _participle(m) for m in modifiers):
        return "organisation"
    return subject


def _participle(low: str) -> bool:
    if KK_PARTICIPLE.fullmatch(low):
        return True
    return any(p.tag.POS == "PRTF" for p in parses(low)) if re.fullmatch(r"[а-яё-]+", low) else False


def _subject_words(lows: list[str], modifiers: list[str] = ()) -> str:
    """Two-word phrases first, then the nouns (head first), then the modifiers."""
    for a, b in pairwise(lows):
        for (pa, pb), subject in SUBJECT_PHRASES:
            if a.startswith(pa) and b.startswith(pb):
                return subject
    nouns = [w for w in lows if w not in modifiers]
    for low in [*nouns, *modifiers]:
        for prefix, subject in SUBJECT_WORDS:
            if low.startswith(prefix) and _plausible(low, prefix):
                return subject
    return "other"


SHORT_PREFIXES = {
    "дет": ("дети", "детей", "детям", "детьми", "детях", "детский", "детских"),
    "чел": ("чел", "человек", "человека", "человеку", "человеком"),
    "бала": ("бала", "балалар", "балаға", "баланың", "балаларға", "балаларды", "балалардың", "баланы"),
    "шара": ("шара", "шаралар", "шараға", "шараны", "шаралары"),
    "жас": ("жас", "жастар", "жастардың", "жастарға", "жастарды", "жасты"),
    "семь": ("семья", "семьи", "семей", "семьям", "семьями", "семьях", "семью"),
}


def _plausible(low: str, prefix: str) -> bool:
    return low in SHORT_PREFIXES[prefix] if prefix in SHORT_PREFIXES else True


def noun_before(tokens, i: int, lang: str) -> NounPhrase | None:
    """ "ҮЕҰ саны 1500-ге жетті", "количество НПО достигло 500": the noun named before the number."""
    for j in range(i - 1, max(-1, i - 8), -1):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in ".!?;\n":
            return None
        if tok.kind != "word":
            continue
        low = tok.low
        if low in ("саны", "санын", "санының", "санына", "санынан") and j > 0 and tokens[j - 1].kind == "word":
            before = tokens[j - 1].low
            if _kk_not_noun(before) or KK_VERB.fullmatch(before):
                return None
            lows = [before]
            return NounPhrase(j - 1, j - 1, kk_stem(before), subject_of(lows, modifiers=[]))
        if low in ("количество", "количества", "число", "числа", "численность", "численности"):
            return _ru_phrase(tokens, j + 1, "gent")
        if low.startswith("насчитыва"):
            return _ru_phrase(tokens, clause_start(tokens, j), "gent")  # "Волонтеров в регионе насчитывается 40 тысяч"
    return None


def clause_start(tokens, j: int, limit: int | None = None) -> int:
    """The first token of the clause token j is in (after a comma, a dash or a sentence end), at
    most limit tokens back."""
    floor = 0 if limit is None else max(0, j - limit)
    while j > floor and not (tokens[j - 1].kind == "punct" and tokens[j - 1].text in ",;:.!?\n—–"):
        j -= 1
    return j
