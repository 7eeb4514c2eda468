"""The named Kazakh ending sets of kazakh.py that other modules compose (words of our own)."""

import re

import pytest

from orchestration.extract import kazakh
from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.nouns import kk_stem

NAMED_CASES = {
    "GENITIVE": kazakh.GENITIVE,
    "DATIVE": kazakh.DATIVE,
    "ACCUSATIVE": kazakh.ACCUSATIVE,
    "INSTRUMENTAL": kazakh.INSTRUMENTAL,
    "LOCATIVE": kazakh.LOCATIVE,
    "RELATIVE": kazakh.RELATIVE,
    "ABLATIVE": kazakh.ABLATIVE,
}


def ending_of(word: str, *groups) -> str | None:
    """The ending of ``word`` in the composed sets (a stem of at least three letters before it)."""
    m = re.fullmatch(rf"\w{{3,}}?({kazakh.alternation(*groups)})", word.lower())
    return m.group(1) if m else None


@pytest.mark.parametrize(
    "word, groups, expected",
    [
        # Kazakh Cyrillic: each case and its allomorph
        ("әкімдіктің", (kazakh.GENITIVE,), "тің"),
        ("қоғамның", (kazakh.GENITIVE,), "ның"),
        ("еріктілерге", (kazakh.DATIVE,), "ге"),
        ("мектепке", (kazakh.DATIVE,), "ке"),
        ("жобаны", (kazakh.ACCUSATIVE,), "ны"),
        ("волонтерлермен", (kazakh.INSTRUMENTAL,), "мен"),
        ("ауылда", (kazakh.LOCATIVE,), "да"),
        ("ауылдағы", (kazakh.RELATIVE,), "дағы"),
        ("қаладан", (kazakh.ABLATIVE,), "дан"),
        # after a possessive: the pronominal n
        ("облысында", (kazakh.AFTER_POSSESSIVE,), "нда"),
        ("басқармасына", (kazakh.AFTER_POSSESSIVE,), "на"),
        ("қорын", (kazakh.AFTER_POSSESSIVE,), "н"),
        ("орталықтары", (kazakh.PLURAL_POSSESSIVE,), "тары"),
        ("кеңестері", (kazakh.PLURAL_POSSESSIVE,), "тері"),
        ("министрлігі", (kazakh.CONSONANT_POSSESSIVE,), "гі"),
        ("ұйымымыз", (kazakh.FIRST_PLURAL_POSSESSIVE,), "ымыз"),
        ("мыңдай", (kazakh.SIMILATIVE,), "дай"),
        ("облыстық", (kazakh.DERIVATIONAL_ENDINGS,), "тық"),
        # Kazakh Latin goes through the Cyrillic transliteration
        (transliterate("qorynyń").text, (kazakh.GENITIVE,), "ның"),
        (transliterate("mektepke").text, (kazakh.DATIVE,), "ке"),
        # negatives: a set does not take the others' endings
        ("ауылда", (kazakh.RELATIVE,), None),
        ("ауылдағы", (kazakh.LOCATIVE,), None),
        ("облысына", (kazakh.LOCATIVE, kazakh.GENITIVE), None),
        ("қоғамның", (kazakh.DATIVE, kazakh.ABLATIVE), None),
        ("жиналыс", (kazakh.GENITIVE, kazakh.DATIVE, kazakh.ACCUSATIVE), None),
        # Russian words are not Kazakh-inflected
        ("волонтёров", (kazakh.GENITIVE, kazakh.DATIVE, kazakh.ABLATIVE), None),
        ("акимату", tuple(NAMED_CASES.values()), None),
        (transliterate("qoǵam").text, tuple(NAMED_CASES.values()), None),
    ],
)
def test_composed_sets_find_their_endings(word, groups, expected):
    assert ending_of(word, *groups) == expected


def test_named_case_sets_partition_the_one_table():
    seen = [e for endings in NAMED_CASES.values() for e in endings]
    assert len(seen) == len(set(seen))
    assert set(seen) == set(kazakh.CASE_ENDINGS)


@pytest.mark.parametrize(
    "cases, after, expected",
    [
        (("dat",), "V", {"ға", "ге"}),  # after a vowel: "қалаға"
        (("dat",), "K", {"қа", "ке"}),  # after a voiceless consonant: "мектепке"
        (("gen",), "N", {"ның", "нің"}),  # after a nasal: "қоғамның"
        (("acc",), "V", {"ны", "ні"}),
        (("ins",), "K", {"пен"}),
        (("gen", "abl"), "K", {"тың", "тің", "тан", "тен"}),
        (("loc",), "V", {"да", "де"}),
    ],
)
def test_case_endings_follow_the_stem_class(cases, after, expected):
    assert set(kazakh.case_endings(*cases, after=after)) == expected
    assert not set(kazakh.case_endings(*cases, after=after)) & set(kazakh.case_endings(*cases, after="Q"))


@pytest.mark.parametrize(
    "cases, expected",
    [(("gen",), {"ның", "нің"}), (("loc", "rel"), {"нда", "нде", "ндағы", "ндегі"}), (("acc",), {"н"})],
)
def test_case_endings_after_a_possessive(cases, expected):
    assert set(kazakh.case_endings(*cases, table=kazakh.AFTER_POSSESSIVE_ENDINGS)) == expected


@pytest.mark.parametrize(
    "stem, endings, expected",
    [
        ("облыс", kazakh.POSSESSIVE_ENDINGS, {"сы", "ы"}),  # back vowels only
        ("кеңес", kazakh.POSSESSIVE_ENDINGS, {"сі", "і"}),  # front vowels only
        ("мектеп", kazakh.GENITIVE, {"нің", "дің", "тің"}),
        ("ұйым", kazakh.DATIVE, {"ға", "қа"}),
        ("Тоқаев", kazakh.GENITIVE, set(kazakh.GENITIVE)),  # a loan stem reads both ways
    ],
)
def test_harmonic(stem, endings, expected):
    assert set(kazakh.harmonic(stem, endings)) == expected


def test_alternation_is_longest_first_and_unique():
    parts = kazakh.alternation(kazakh.LOCATIVE, kazakh.RELATIVE, kazakh.LOCATIVE).split("|")
    assert len(parts) == len(set(parts)) == 8
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)


@pytest.mark.parametrize(
    "word, stem",
    [
        ("қоғамның", "қоғам"),  # -ның after a nasal
        ("мектепте", "мектеп"),  # -те after a voiceless consonant
        ("клубқа", "клуб"),  # a final б reads voiceless: -қа
        ("кітапханада", "кітапхана"),
        ("жобаларға", "жоба"),  # plural and case
        ("басқармасында", "басқармасы"),  # a possessive keeps its -сы, loses -нда
        ("тұрғындардың", "тұрғын"),
        (transliterate("qoǵamnyń").text, "қоғам"),  # Kazakh Latin, transliterated
        ("жиналыс", "жиналыс"),  # negatives: no ending
        ("Ерікті", "ерікті"),  # a subject word in its dictionary form
        ("волонтёров", "волонтёров"),  # Russian: no Kazakh ending
    ],
)
def test_kk_stem_uses_the_one_table(word, stem):
    assert kk_stem(word) == stem
