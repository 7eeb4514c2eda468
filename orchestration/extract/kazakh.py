"""Kazakh nominal morphology: case and plural endings (one home for these rules).

A Kazakh ending is chosen by the last sound of the stem (vowel, sonorant, voiced or voiceless
consonant: the n/т/д alternations ``ның``/``дың``/``тың``) and by vowel harmony (back ``а ы``
after ``а о ұ ы``, front ``е і`` after ``ә е ө ү і``). A word is split only where the ending is
the right allomorph for its stem, so a name that merely ends like a suffix stays whole
(``Қанат``, ``Сәкен``, ``Ақбота``: ``-та`` would follow a consonant, not a vowel).

``nominative_name`` gives the nominative of a proper name (``Тоқаевтың`` -> ``Тоқаев``,
``Абайдың`` -> ``Абай``, ``Димашты`` -> ``Димаш``, ``Винокуровтар`` -> ``Винокуров``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

PERSON_NAMES_PATH = Path(str(files(__package__).joinpath("data"))) / "kk_person_names.txt"

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әөүіеэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | {"у", "и", "ю"}
# the class of a stem's last letter decides the ending's first consonant
SONORANT = frozenset("уийрлъь")  # glides and liquids: -дың, -ды, -ға, -да, -дан
NASAL = frozenset("мнң")
VOICED = frozenset("жзғ")
VOICELESS = frozenset("бвгдкқпстфхһцчшщ")  # б в г д read voiceless at the end of a word: "клубқа"
# the last letters of each stem class (``sound_class``), for patterns over whole words
CLASS_LETTERS = {"V": VOWELS - {"у", "и"}, "S": SONORANT, "N": NASAL, "Z": VOICED, "K": VOICELESS}


def sound_class(stem: str) -> str:
    """``V`` vowel, ``S`` glide or liquid, ``N`` nasal, ``Z`` voiced, ``K`` voiceless (also
    б в г д at the end of loan names: ``Тоқаевтың``)."""
    last = stem[-1].lower()
    if last in "уи" and len(stem) > 1 and stem[-2].lower() in VOWELS:
        return "S"  # "Абай", "тау": a glide after a vowel
    if last in VOWELS - {"у", "и"}:
        return "V"
    for cls, letters in (("S", SONORANT), ("N", NASAL), ("Z", VOICED)):
        if last in letters:
            return cls
    return "K"


# Every ending of the one table: (its allomorphs, what it marks, the stem classes it may follow).
# Cases (``gen`` ... ``abl``) are what ``split_case`` cuts; ``pl`` is the plural, ``poss`` the
# third-person possessive; ``past``, ``ptcp``, ``cvb`` are the verb endings a word of a noun
# phrase cannot have (past tense ``ашты``, participle ``өткен``, converb ``келіп``), ``equ`` the
# equative/manner adverbs (``қазақша``, ``осылай``): words that end a noun phrase.
ENDINGS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("ның", "нің"), "gen", "VN"),
    (("дың", "дің"), "gen", "SZ"),
    (("тың", "тің"), "gen", "K"),
    (("ға", "ге"), "dat", "VSNZ"),
    (("қа", "ке"), "dat", "K"),
    (("ны", "ні"), "acc", "V"),
    (("ды", "ді"), "acc", "SNZ"),
    (("ты", "ті"), "acc", "K"),
    (("мен",), "ins", "VSN"),
    (("бен",), "ins", "NZ"),
    (("пен",), "ins", "K"),
    (("да", "де"), "loc", "VSNZ"),
    (("та", "те"), "loc", "K"),
    (("дағы", "дегі"), "rel", "VSNZ"),  # the locative made an attribute: "Алматыдағы"
    (("тағы", "тегі"), "rel", "K"),
    (("дан", "ден"), "abl", "VSZ"),
    (("нан", "нен"), "abl", "N"),
    (("тан", "тен"), "abl", "K"),
    (("лар", "лер"), "pl", "VS"),
    (("дар", "дер"), "pl", "NZS"),
    (("тар", "тер"), "pl", "K"),
    (("сы", "сі"), "poss", "V"),
    (("ы", "і"), "poss", "SNZK"),
    (("ды", "ді"), "past", "VSNZ"),  # "жасады", "келді"
    (("ты", "ті"), "past", "K"),  # "ашты", "өтті"
    (("ған", "ген"), "ptcp", "VSNZ"),
    (("қан", "кен"), "ptcp", "K"),
    (("ып", "іп"), "cvb", "SNZK"),  # after a vowel the converb is "-п": "жасап"
    (("ша", "ше", "лай", "лей"), "equ", "VSNZK"),
)
CASES = ("gen", "dat", "acc", "ins", "loc", "rel", "abl")
# ending -> (grammatical case, stem classes it may follow)
CASE_ENDINGS: dict[str, tuple[str, str]] = {
    _e: (_label, _classes) for _endings, _label, _classes in ENDINGS if _label in CASES for _e in _endings
}


def endings_of(label: str) -> dict[str, str]:
    """Ending -> stem classes it may follow, for the rows of ``ENDINGS`` marked ``label``."""
    return {e: classes for endings, lab, classes in ENDINGS if lab == label for e in endings}


POSSESSIVE_ENDINGS = tuple(endings_of("poss"))
PLURAL_ENDINGS = endings_of("pl")
# after a third-person possessive the cases take the pronominal n ("облыс-ы-ның", "облыс-ы-на")
AFTER_POSSESSIVE_ENDINGS: dict[str, str] = {
    "ның": "gen", "нің": "gen", "на": "dat", "не": "dat", "н": "acc", "нда": "loc", "нде": "loc",
    "нан": "abl", "нен": "abl", "мен": "ins", "ндағы": "rel", "ндегі": "rel",
}  # fmt: skip


def case_endings(*cases: str, table: dict | None = None, after: str = "") -> tuple[str, ...]:
    """The endings of the given cases (``gen``, ``dat``, ``acc``, ``ins``, ``loc``, ``rel``,
    ``abl``) in ``CASE_ENDINGS`` (only those that may follow the stem class ``after``, e.g. ``V``)
    or, with ``table=AFTER_POSSESSIVE_ENDINGS``, after a possessive."""
    if table is not None:
        return tuple(e for e, c in table.items() if c in cases)
    return tuple(e for e, (c, classes) in CASE_ENDINGS.items() if c in cases and after in classes)


GENITIVE = case_endings("gen")
DATIVE = case_endings("dat")
ACCUSATIVE = case_endings("acc")
INSTRUMENTAL = case_endings("ins")
LOCATIVE = case_endings("loc")
RELATIVE = case_endings("rel")  # "-дағы": "Алматыдағы", "облыстағы"
ABLATIVE = case_endings("abl")
AFTER_POSSESSIVE = tuple(AFTER_POSSESSIVE_ENDINGS)
LOCATIVE_AFTER_POSSESSIVE = case_endings("loc", table=AFTER_POSSESSIVE_ENDINGS)  # "облысында"
RELATIVE_AFTER_POSSESSIVE = case_endings("rel", table=AFTER_POSSESSIVE_ENDINGS)  # "облысындағы"
# the plural with a possessive ("орталықтары", "ұйымдары", "кеңестері")
PLURAL_POSSESSIVE = tuple(p + ("ы" if p[1] == "а" else "і") for p in PLURAL_ENDINGS)
# "our" ("Елбасымыз", "әкіміміз")
FIRST_PLURAL_POSSESSIVE = ("мыз", "міз", "ымыз", "іміз")
# a stem kept without its last consonant takes it back with the possessive ("министрлі-гі")
CONSONANT_POSSESSIVE = ("ғы", "гі", "ты", "ті")
# the similative ("мыңдай", "жылдай": "about", "like"): not a case a name takes
SIMILATIVE = ("дай", "дей", "тай", "тей")
# the dative after a first- or second-person possessive ("анама", "еліме")
DATIVE_AFTER_PERSON = ("а", "е")
# adjectives and abstract nouns in -лық ("облыстық", "қалалық") and their plural
DERIVATIONAL_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "лықтар", "ліктер")


def alternation(*groups: Iterable[str]) -> str:
    """A regex alternation of the endings in ``groups``, longest first, each once."""
    endings = {e for group in groups for e in group}
    return "|".join(re.escape(e) for e in sorted(endings, key=lambda e: (-len(e), e)))


def after_stem(*labels: str) -> str:
    """A regex alternation of the endings of ``ENDINGS`` marked ``labels``, each only after a last
    stem letter of a class it may follow (``(?<=[аеоыі…])(?:ны|ні)|(?<=[йлр…])(?:ды|ді)|…``); for
    lower-case words, anchored by the caller."""
    classes: dict[str, set[str]] = {}
    for endings, label, cls in ENDINGS:
        for ending in endings if label in labels else ():
            classes.setdefault(ending, set()).update(cls)
    groups: dict[str, list[str]] = {}
    for ending, cls in classes.items():
        letters = "".join(sorted(set().union(*(CLASS_LETTERS[c] for c in cls))))
        groups.setdefault(letters, []).append(ending)
    return "|".join(f"(?<=[{letters}])(?:{alternation(es)})" for letters, es in sorted(groups.items()))


# Composed sets for whole-word patterns (regex alternations, stem class checked by look-behind):
# the accusative ("жобаны", "ұйымды", "жұмысты"; not "саясаты", a possessive)
ACCUSATIVE_AFTER_STEM = after_stem("acc")
# the third-person possessive ("басқармасы", "басшысы", "департаменті")
POSSESSIVE_AFTER_STEM = after_stem("poss")
# a possessive, bare or in a case ("Республикасы", "Жолдауын", "облысында")
POSSESSIVE_FORM = rf"(?:{POSSESSIVE_AFTER_STEM})(?:{alternation(AFTER_POSSESSIVE)})?"
# a plural, bare, in a case or with a possessive ("жиындар", "семинарларға", "кездесулерін")
_AFTER_PLURAL_POSSESSIVE = [e for e, classes in endings_of("poss").items() if "S" in classes]  # "-лар-ы"
PLURAL_FORM = (
    rf"(?:{after_stem('pl')})(?:(?:{alternation(_AFTER_PLURAL_POSSESSIVE)})(?:{alternation(AFTER_POSSESSIVE)})?"
    rf"|{alternation(case_endings(*CASES, after='S'))})?"
)
# words that end a noun phrase: a locative, an accusative, a verb (past tense, participle,
# converb) or a manner adverb ("ауылда", "жобаны", "ашты", "өткен", "келіп", "осылай")
PHRASE_BREAK = after_stem("loc", "acc", "past", "ptcp", "cvb", "equ")
# of those, the ones a capitalised word (a place, a name) ends a phrase with: "Алматыда", "өткен"
CAPITALISED_PHRASE_BREAK = after_stem("loc", "ptcp")


INVARIANT = frozenset({"мен", "бен", "пен"})  # the instrumental has no back-vowel form
# cases a person's name often takes; a name ending like the others ("Фарида", "Дастан",
# "Мұхтар") is cut only when the document also has the stem (or the stem is a surname)
NAME_CASES = frozenset({"gen", "dat", "acc", "ins"})
# names made of a past-tense verb: "Аманкелді", "Құдайберді" are not accusatives
DEVERBAL_NAME = re.compile(r"(?:берді|келді|алды|тұрды|болды|қалды)$")
SURNAME_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|енко|ский|цкий)$")
MIN_STEM = 3
CASE_LENGTHS = sorted({len(e) for e in CASE_ENDINGS}, reverse=True)


def harmonises(stem: str, ending: str) -> bool:
    """The ending's vowel agrees with the stem (any vowel of its class in a loan-word stem:
    ``Тоқаевтың``, ``Әбләзовтің`` are both written)."""
    vowel = next((c for c in ending if c in BACK_VOWELS | FRONT_VOWELS), None)
    if vowel is None or ending in INVARIANT or stem[-1].lower() in "иую":
        return True  # "Фарабидің": a final и/у reads both ways
    stem_vowels = [c for c in stem.lower() if c in BACK_VOWELS | FRONT_VOWELS | {"и"}]
    if not stem_vowels:
        return True
    return any((c in BACK_VOWELS) == (vowel in BACK_VOWELS) for c in stem_vowels)  # и: front


def harmonic(stem: str, endings: Iterable[str]) -> tuple[str, ...]:
    """The endings whose vowel agrees with ``stem`` (``облыс``: ``ы``, ``сы``, ``ның``)."""
    return tuple(e for e in endings if harmonises(stem, e))


def _fits(stem: str, ending: str, classes: str) -> bool:
    return (
        len(stem) >= MIN_STEM
        and any(c in VOWELS for c in stem.lower())
        and sound_class(stem) in classes
        and harmonises(stem, ending)
    )


@lru_cache(maxsize=50_000)
def split_case(word: str) -> tuple[str, str | None]:
    """(base, case) of a word: the case ending cut where it is the right allomorph for the base
    (``Тоқаевтың`` -> ``Тоқаев``, gen); ``(word, None)`` if it has none."""
    low = word.lower()
    for n in CASE_LENGTHS:
        rule = CASE_ENDINGS.get(low[-n:])
        if rule and len(low) > n and _fits(word[:-n], low[-n:], rule[1]):
            return word[:-n], rule[0]
    return word, None


@lru_cache(maxsize=50_000)
def plural_stem(word: str) -> str | None:
    """The stem of a plural (``Винокуровтар`` -> ``Винокуров``), or None."""
    ending = word[-3:].lower()
    classes = PLURAL_ENDINGS.get(ending)
    stem = word[:-3]
    return stem if classes and _fits(stem, ending, classes) else None


def nominative_name(word: str, attested: Callable[[str], bool] | None = None) -> str:
    """The nominative of a Kazakh proper name. Genitive, dative, accusative and instrumental
    endings are cut whenever they fit the stem; locative, ablative and plural ones (which many
    names end like: ``Фарида``, ``Дастан``, ``Мұхтар``) only on a surname stem or on a stem the
    document also has (``attested``). Names made of a verb (``Аманкелді``) are never cut."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return f"{head}-{nominative_name(tail, attested)}" if len(tail) >= MIN_STEM else word
    if DEVERBAL_NAME.search(word.lower()):
        return word

    def confirmed(stem: str) -> bool:
        return bool(SURNAME_STEM.search(stem.lower())) or (attested is not None and attested(stem))

    base, case = split_case(word)
    if case is not None and case not in NAME_CASES and not confirmed(base):
        base = word
    stem = plural_stem(base)
    return stem if stem and confirmed(stem) else base


@lru_cache(maxsize=1)
def person_names(path: Path = PERSON_NAMES_PATH) -> frozenset[str]:
    """Kazakh given names and surnames learnt from KazNERD (``kazakh_ner.names``), or none."""
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()
