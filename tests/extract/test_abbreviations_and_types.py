"""Abbreviations defined in the text, region abbreviations, media outlets, schools and shopping
centres (our own sentences, Russian, Kazakh Cyrillic and Kazakh Latin)."""

import pytest

from orchestration.extract.document_facts import kazakh_spans
from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.nlp import ner_spans
from orchestration.extract.organisations import find_organisations


def found(text, lang):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else kazakh_spans(text, zones)
    return find_organisations(text, zones, lang, ner)


@pytest.mark.parametrize(
    "text, lang, full, abbr",
    [
        (
            "Агентство по делам государственной службы (АДГС) провело семинар. Позднее АДГС подвело итоги.",
            "ru",
            "Агентство по делам государственной службы",
            "АДГС",
        ),
        (
            "Общественный фонд поддержки молодежи (ОФПМ) открыл набор. Представители ОФПМ рассказали о конкурсе.",
            "ru",
            "Общественный фонд поддержки молодежи",
            "ОФПМ",
        ),
        (
            "Ассоциация женщин-предпринимателей (далее – АЖП) провела форум. В АЖП вошли 40 компаний.",
            "ru",
            "Ассоциация женщин-предпринимателей",
            "АЖП",
        ),
        (
            "Қоғамдық келісім орталығы (ҚКО) жаңа жоба бастады. ҚКО-ның өкілдері ауылдарға барды.",
            "kk",
            "Қоғамдық келісім орталығы",
            "ҚКО",
        ),
        (
            "Жастар ресурстық орталығы (ЖРО) байқау жариялады. ЖРО жеңімпаздарды марапаттады.",
            "kk",
            "Жастар ресурстық орталығы",
            "ЖРО",
        ),
    ],
)
def test_defined_abbreviation_is_the_same_body(text, lang, full, abbr):
    orgs = {o.name: o for o in found(text, lang)}
    assert full in orgs and abbr in orgs
    assert orgs[abbr].key == orgs[full].key and orgs[abbr].org_type == orgs[full].org_type


@pytest.mark.parametrize(
    "text, lang, abbr",
    [
        # letters that are not the name's initials from its first word: the complement's abbreviation
        ("Сотрудники управления Национального банка (НБ) выступили. НБ ответил на вопросы.", "ru", "НБ"),
        # a bracketed word that is not an abbreviation
        ("Фонд развития села (2019) выделил гранты.", "ru", "2019"),
    ],
)
def test_abbreviation_of_something_else_is_not_joined(text, lang, abbr):
    orgs = {o.name: o for o in found(text, lang)}
    first = next(iter(orgs.values()), None)
    assert abbr not in orgs or first is None or orgs[abbr].key != first.key


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("В ВКО открылся новый центр «Сенім».", "ru", "ВКО"),
        ("Форум прошел в ЗКО при поддержке фонда «Жастар».", "ru", "ЗКО"),
        ("ШҚО-да «Мейірім» қоры жаңа жоба бастады.", "kk", "ШҚО"),
        ("БҚО әкімдігі байқау жариялады.", "kk", "БҚО"),
        ("СҚО-ның «Болашақ» орталығы ашылды.", "kk", "СҚО"),
    ],
)
def test_region_abbreviation_is_not_an_organisation(text, lang, place):
    assert all(o.name.strip("«»") != place for o in found(text, lang))


@pytest.mark.parametrize(
    "text, lang, name, org_type",
    [
        ("Об этом сообщает Tengrinews.kz со ссылкой на акимат.", "ru", "Tengrinews.kz", "media"),
        ("По данным Informburo.kz, проект продлят.", "ru", "Informburo.kz", "media"),
        ("Бұл туралы ҚазАқпарат хабарлады.", "kk", "ҚазАқпарат", "media"),
        ("«Хабар 24» арнасының тілшісі жиынға қатысты.", "kk", "Хабар 24", "media"),
        ("В торговом центре «Арай» открылась ярмарка.", "ru", "Торговый центр «Арай»", "business"),
        ("Ярмарка «Арай» сауда орталығында өтті.", "kk", "«Арай» сауда орталығы", "business"),
        ("Студенты Павлодарского колледжа сервиса выступили.", "ru", "Павлодарский колледж сервиса", "education"),
        ("Оқушылар Ақсу жоғары колледжінде тәжірибеден өтті.", "kk", "Ақсу жоғары колледжі", "education"),
        ("Абай атындағы гимназияның мұғалімдері жиналды.", "kk", "Абай атындағы гимназиясы", "education"),
    ],
)
def test_organisation_type(text, lang, name, org_type):
    types = {o.name: o.org_type for o in found(text, lang)}
    assert types.get(name) == org_type


def test_platform_is_not_media_outlet():
    assert all(o.name.lower() != "instagram" for o in found("Видео опубликовано в Instagram, сообщает Zakon.kz.", "ru"))


@pytest.mark.parametrize(
    "latin, full, abbr",
    [
        (
            "Qoğamdyq kelısım ortalyğy (QKO) jaña joba bastady. QKO-nyñ ökılderı auyldarğa bardy.",
            "Қоғамдық келісім орталығы",
            "ҚКО",
        ),
    ],
)
def test_kazakh_latin_abbreviation(latin, full, abbr):
    orgs = {o.name: o for o in found(transliterate(latin).text, "kk")}
    assert full in orgs and abbr in orgs and orgs[abbr].key == orgs[full].key


def test_kazakh_latin_region_abbreviation_is_a_place():
    text = transliterate("ŞQO-da «Meiırım» qory jaña joba bastady.").text
    assert all(o.name.strip("«»") != "ШҚО" for o in found(text, "kk"))
