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


def ends_in(pattern: str, word: str) -> bool:
    return re.search(rf"(?:{pattern})$", word.lower()) is not None


@pytest.mark.parametrize(
    "pattern, word, expected",
    [
        # the accusative follows the stem's last sound: -ны after a vowel, -ды after a sonorant,
        # nasal or voiced consonant, -ты after a voiceless one
        (kazakh.ACCUSATIVE_AFTER_STEM, "жобаны", True),
        (kazakh.ACCUSATIVE_AFTER_STEM, "бағдарламаны", True),
        (kazakh.ACCUSATIVE_AFTER_STEM, "ұйымды", True),
        (kazakh.ACCUSATIVE_AFTER_STEM, "жұмысты", True),
        (kazakh.ACCUSATIVE_AFTER_STEM, "клубты", True),  # a final б reads voiceless
        (kazakh.ACCUSATIVE_AFTER_STEM, transliterate("jobany").text, True),
        (kazakh.ACCUSATIVE_AFTER_STEM, "саясаты", False),  # -ы after т: a possessive
        (kazakh.ACCUSATIVE_AFTER_STEM, "жұмысды", False),  # -ды cannot follow с
        (kazakh.ACCUSATIVE_AFTER_STEM, "ауылны", False),  # -ны cannot follow л
        # the possessive: -сы/-сі after a vowel, -ы/-і after a consonant
        (kazakh.POSSESSIVE_AFTER_STEM, "басқармасы", True),
        (kazakh.POSSESSIVE_AFTER_STEM, "департаменті", True),
        (kazakh.POSSESSIVE_AFTER_STEM, transliterate("basshysy").text, True),
        (kazakh.POSSESSIVE_AFTER_STEM, "қоғам", False),
        (kazakh.POSSESSIVE_AFTER_STEM, "ұйыы", False),  # -ы right after a vowel is not a possessive
        (kazakh.POSSESSIVE_FORM, "Республикасында", True),
        (kazakh.POSSESSIVE_FORM, "Жолдауын", True),
        (kazakh.POSSESSIVE_FORM, "қорының", True),
        (kazakh.POSSESSIVE_FORM, "мектеп", False),
        (kazakh.POSSESSIVE_FORM, "Алматыда", False),
        # the plural, bare, in a case or with a possessive
        (kazakh.PLURAL_FORM, "жиындар", True),
        (kazakh.PLURAL_FORM, "семинарларға", True),
        (kazakh.PLURAL_FORM, "тренингтерден", True),
        (kazakh.PLURAL_FORM, "кездесулерін", True),
        (kazakh.PLURAL_FORM, "курстарымен", True),
        (kazakh.PLURAL_FORM, transliterate("forýmdarda").text, True),
        (kazakh.PLURAL_FORM, "отар", False),  # -тар cannot follow a vowel: "a flock", not a plural
        (kazakh.PLURAL_FORM, "семинар", False),
        (kazakh.PLURAL_FORM, "форумы", False),  # Russian
        # words that end a noun phrase: locatives, accusatives, verbs, manner adverbs
        (kazakh.PHRASE_BREAK, "ауылда", True),
        (kazakh.PHRASE_BREAK, "облыста", True),
        (kazakh.PHRASE_BREAK, "ашты", True),  # past tense
        (kazakh.PHRASE_BREAK, "жасады", True),  # past tense after a vowel: -ды
        (kazakh.PHRASE_BREAK, "өткен", True),  # participle
        (kazakh.PHRASE_BREAK, "келіп", True),  # converb
        (kazakh.PHRASE_BREAK, "қазақша", True),
        (kazakh.PHRASE_BREAK, transliterate("aýylda").text, True),
        (kazakh.PHRASE_BREAK, "орта", False),  # -та cannot follow р: "орта мектеп"
        (kazakh.PHRASE_BREAK, "қайта", False),  # -та cannot follow й: "қайта құру"
        (kazakh.PHRASE_BREAK, "басқармасы", False),
        (kazakh.PHRASE_BREAK, "саясаты", False),
        (kazakh.CAPITALISED_PHRASE_BREAK, "Астанада", True),
        (kazakh.CAPITALISED_PHRASE_BREAK, "Сәкен", False),  # -кен cannot follow a vowel: a name
        (kazakh.CAPITALISED_PHRASE_BREAK, "Жандосты", False),  # an accusative does not break a name
    ],
)
def test_composed_patterns_follow_the_stem_class(pattern, word, expected):
    assert ends_in(pattern, word) is expected


def test_one_table_gives_cases_plural_and_possessive():
    assert set(kazakh.POSSESSIVE_ENDINGS) == {"сы", "сі", "ы", "і"}
    assert set(kazakh.PLURAL_ENDINGS) == {"лар", "лер", "дар", "дер", "тар", "тер"}
    assert {case for case, _ in kazakh.CASE_ENDINGS.values()} == set(kazakh.CASES)
    # every class letter belongs to one class only
    letters = [c for cls in kazakh.CLASS_LETTERS.values() for c in cls]
    assert len(letters) == len(set(letters))
