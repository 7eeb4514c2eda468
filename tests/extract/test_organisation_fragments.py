"""Phrases that must not become organisations (or must stop before a non-complement), and the
bodies next to them that must stay (our own sentences)."""

import pytest

from orchestration.extract.document_facts import kazakh_spans
from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.nlp import ner_spans
from orchestration.extract.organisations import find_organisations


def names(text, lang="ru"):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else kazakh_spans(text, zones)
    return [o.name for o in find_organisations(text, zones, lang, ner)]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Об этом сообщили СМИ со ссылкой на источники.", "СМИ"),
        ("Министерство включило фонд в список получателей субсидий.", "в список"),
        ("Юстиция внесла организацию в реестр «неблагонадежных поставщиков».", "в реестр"),
        ("Оппозиционные партии выступили против закона.", "Оппозиционные партии"),
        ("Совет директоров при этом одобрил сделку.", "при этом"),
        ("Министерство обороны по итогам встречи в Астане сделало заявление.", "по итогам"),
        ("Правительство с предложением о продлении программы не согласилось.", "с предложением"),
    ],
)
def test_russian_fragment_is_not_in_a_name(text, fragment):
    assert all(fragment not in n for n in names(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Министерство обороны провело учения.", "Министерство обороны"),
        ("Грант выделил фонд «Береке» в рамках конкурса.", "«Береке»"),
        ("Совет директоров компании собрался в пятницу.", "Совет директоров компании"),
        ("Агентство по делам государственной службы провело семинар.", "Агентство по делам государственной службы"),
    ],
)
def test_russian_body_next_to_a_fragment_stays(text, name):
    assert any(name in n for n in names(text))


@pytest.mark.parametrize(
    "text, lang, fragment",
    [
        ("Бұл туралы БАҚ өкілдері хабарлады.", "kk", "БАҚ"),
        ("Жиынға ЖОО студенттері қатысты.", "kk", "ЖОО"),
    ],
)
def test_kazakh_generic_abbreviation_is_not_a_body(text, lang, fragment):
    assert fragment not in names(text, lang)


def test_kazakh_latin_generic_abbreviation_is_not_a_body():
    assert "БАҚ" not in names(transliterate("Būl turaly BAQ ökılderı habarlady.").text, "kk")
