"""Persons, organisations and events on short sentences of our own."""

import pytest

from orchestration.extract.events import find_events
from orchestration.extract.nlp import ner_spans
from orchestration.extract.organisations import find_organisations
from orchestration.extract.persons import find_persons


def persons(text, lang):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else []
    return find_persons(text, zones, lang, ner)


def orgs(text, lang):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else []
    return find_organisations(text, zones, lang, ner)


@pytest.mark.parametrize(
    "text, lang, name, role",
    [
        (
            "Встречу провел аким Павлодарской области Асаин Байханов.",
            "ru",
            "Асаин Байханов",
            "аким Павлодарской области",
        ),
        ("С докладом выступил министр информации Аскар Умаров.", "ru", "Аскар Умаров", "министр информации"),
        ("Председатель правления фонда Ольга Ким подвела итоги.", "ru", "Ольга Ким", "Председатель правления фонда"),
        ("Облыс әкімінің орынбасары Серік Жұманов жиынды ашты.", "kk", "Серік Жұманов", "Облыс әкімінің орынбасары"),
        ("Басқарма басшысы Айгерім Сәрсенова баяндама жасады.", "kk", "Айгерім Сәрсенова", "Басқарма басшысы"),
        ("Кеңес төрағасы Ерлан Құсайын сөз сөйледі.", "kk", "Ерлан Құсайын", "Кеңес төрағасы"),
        ("Касым-Жомарт Кемелевич Токаев подписал указ.", "ru", "Касым-Жомарт Токаев", None),
    ],
)
def test_person_with_role(text, lang, name, role):
    found = persons(text, lang)
    assert [p.name for p in found] == [name]
    assert found[0].role == role
    assert text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Руководители НПО обсудили планы.", "ru"),
        ("Қазақстан Республикасы Үкіметі шешім қабылдады.", "kk"),
        ("Гражданский Альянс провел встречу.", "ru"),
    ],
)
def test_no_person(text, lang):
    assert persons(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, name, org_type",
    [
        ("«Даму» қорының өкілі түсіндірді.", "kk", "«Даму» қоры", "state_fund"),
        ("Қоғамдық даму басқармасының басшысы баяндады.", "kk", "Қоғамдық даму басқармасы", "government"),
        (
            "Жастар саясатын дамытудың мемлекеттік қорымен бірлесіп жұмыс істейді.",
            "kk",
            "Жастар саясатын дамытудың мемлекеттік қоры",
            "state_fund",
        ),
        ("Маңғыстау облысы Жастар орталығы жұмыс істейді.", "kk", "Маңғыстау облысы Жастар орталығы", "centre"),
        (
            "Заседание Консультативного совета по взаимодействию с НПО прошло в акимате.",
            "ru",
            "Консультативный совет по взаимодействию с НПО",
            "council",
        ),
        (
            "Министерство информации и общественного развития объявило конкурс.",
            "ru",
            "Министерство информации и общественного развития",
            "government",
        ),
    ],
)
def test_organisation(text, lang, name, org_type):
    found = orgs(text, lang)
    assert name in [o.name for o in found], found
    assert next(o for o in found if o.name == name).org_type == org_type


def test_generic_plural_is_not_an_organisation():
    assert orgs("Руководители НПО и представители НКО обсудили планы.", "ru") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Состоялось заседание общественного совета. На заседании обсудили бюджет.", [("meeting", None)]),
        ("«Елбасы жылуы» акциясы аясында көмек көрсетілді.", [("campaign", "Елбасы жылуы")]),
        ("Накануне 10-го Гражданского форума прошла встреча.", [("forum", "Гражданский форум"), ("meeting", None)]),
        ("Семинарлар мен тренингтер ұйымдастырылды.", []),
        ("Стартовал конкурс «Лучшее НПО года».", [("competition", "Лучшее НПО года")]),
    ],
)
def test_events(text, expected):
    found = find_events(text, [(0, len(text))])
    assert sorted((e.event_type, e.name) for e in found) == sorted(expected, key=lambda x: (x[0], x[1] or ""))


def test_kazakh_tagger_ships_and_finds_persons():
    from orchestration.extract.kazakh_ner import load_tagger

    tagger = load_tagger()
    assert tagger is not None, "the KazNERD CRF model must ship inside the package"
    text = "Кеше Астанада Асқар Жұмабаев пен Гүлмира Сәрсенова жастармен кездесті."
    people = [e.text for e in tagger.entities(text) if e.label == "PERSON"]
    assert "Асқар Жұмабаев" in people and "Гүлмира Сәрсенова" in people
    for e in tagger.entities(text):
        assert text[e.start : e.end] == e.text
