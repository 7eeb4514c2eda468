"""Kazakh organisation phrases: izafet chains ending in a head word, lower-case institutional
names, heads that also name other things, one-word bodies (our own sentences)."""

import pytest

from orchestration.extract.document_facts import kazakh_spans
from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.organisations import find_organisations, kk_name_nominative


def kk_orgs(text):
    zones = [(0, len(text))]
    return {o.name: o.org_type for o in find_organisations(text, zones, "kk", kazakh_spans(text, zones))}


@pytest.mark.parametrize(
    "text, name, org_type",
    [
        (
            "Іс-шараны қалалық жастар саясаты басқармасы ұйымдастырды.",
            "қалалық жастар саясаты басқармасы",
            "government",
        ),
        ("Жиынға облыстық ішкі саясат басқармасының өкілдері келді.", "облыстық ішкі саясат басқармасы", "government"),
        ("Оқушылар Ақсу жоғары колледжінде тәжірибе өтті.", "Ақсу жоғары колледжі", "education"),
        ("Жобаны «Болашақ» жастар альянсы қолдады.", "«Болашақ» жастар альянсы", "ngo"),
        ("Кездесу Талғар аудандық Достық үйінде өтті.", "Талғар аудандық Достық үйі", "centre"),
        (
            "Баяндаманы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің өкілі жасады.",
            "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
            "government",
        ),
        ("Семинар Еуразия гуманитарлық институтында өтті.", "Еуразия гуманитарлық институты", "education"),
        ("Шараны іске асыруға қалалық «Жаңа Өріс» партиясы қатысты.", "қалалық «Жаңа Өріс» партиясы", "other"),
        ("Бүгін Денсаулық сақтау басқармасы хабарлама таратты.", "Денсаулық сақтау басқармасы", "government"),
        # the object of a verbal noun and a "және" list stay inside the name
        (
            "Кеңеске Павлодар облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы қатысты.",
            "Павлодар облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
            "government",
        ),
        (
            "Түркістан облысы Мәдениет және спорт басқармасы байқау жариялады.",
            "Түркістан облысы Мәдениет және спорт басқармасы",
            "government",
        ),
    ],
)
def test_kazakh_chain_is_an_organisation(text, name, org_type):
    assert kk_orgs(text).get(name) == org_type


@pytest.mark.parametrize(
    "text, not_name",
    [
        # a reserve, a town centre, a house, a law's part: not bodies
        ("Сиыр етінің қоры жеткілікті.", "Сиыр етінің қоры"),
        ("Азық-түлік қоры толықтырылды.", "Азық-түлік қоры"),
        ("Облыс орталығы мерекеге дайын.", "Облыс орталығы"),
        ("Ауыл орталығында жаңа саябақ ашылды.", "Ауыл орталығы"),
        ("Тұрғын үйі жөндеуден өтті.", "Тұрғын үйі"),
        ("Кодекстің үшінші бөлімі өзгерді.", "үшінші бөлімі"),
        # a sentence adverb or an accusative object is not the first word of a name
        ("Сондай-ақ Ұлттық экономика министрлігі есеп берді.", "Сондай-ақ Ұлттық экономика министрлігі"),
        ("Жобаны облыстық білім басқармасы бекітті.", "Жобаны облыстық білім басқармасы"),
        ("Биыл Қоғамдық даму басқармасы грант берді.", "Биыл Қоғамдық даму басқармасы"),
        # a programme's name that only begins like "қор"
        ("Асқар Сейітов, «Қорытынды хабар».", "«Қорытынды хабар»"),
    ],
)
def test_kazakh_phrase_is_not_an_organisation(text, not_name):
    assert not_name not in kk_orgs(text)


@pytest.mark.parametrize(
    "word, nominative",
    [
        ("Үкіметке", "Үкімет"),
        ("Мәжілістің", "Мәжіліс"),
        ("Сенаттан", "Сенат"),
        ("Boeing-тің", "Boeing"),
        ("Ақорда", "Ақорда"),
        ("Алматы", "Алматы"),
        ("Хабар", "Хабар"),
        ("Атамекенмен", "Атамекен"),
    ],
)
def test_one_word_name_drops_its_case_ending(word, nominative):
    assert kk_name_nominative(word) == nominative


@pytest.mark.parametrize(
    "latin, name",
    [
        ("Is-şarany qalalyq jastar saiasaty basqarmasy ūiymdastyrdy.", "қалалық жастар саясаты басқармасы"),
        ("Oquşylar Aqsu joğary kolledjınde täjıribe ötti.", "Ақсу жоғары колледжі"),
    ],
)
def test_kazakh_latin_chain(latin, name):
    assert name in kk_orgs(transliterate(latin).text)


def test_kazakh_latin_reserve_is_not_a_body():
    assert "Азық-түлік қоры" not in kk_orgs(transliterate("Azyq-tülık qory tolyqtyryldy.").text)
