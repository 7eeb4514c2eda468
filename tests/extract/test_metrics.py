"""Table-driven metric grammar cases, Russian and Kazakh (own sentences, not the sample articles)."""

import pytest

from orchestration.extract.metrics import find_metrics


def one(text, lang):
    found = find_metrics(text, [(0, len(text))], lang)
    assert len(found) == 1, f"expected one metric in {text!r}, got {found}"
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


POSITIVE = [
    # text, lang, value, unit, subject, qualifier
    ("В области работают более 1200 некоммерческих организаций.", "ru", 1200, "count", "ngo", "more_than"),
    ("Грант получили 35 общественных объединений.", "ru", 35, "count", "ngo", "exact"),
    ("Помощь оказана около 3,5 тыс. семей.", "ru", 3500, "count", "family", "approx"),
    ("На проекты выделено 2,7 млрд тенге.", "ru", 2.7e9, "KZT", "funding", "exact"),
    ("Бюджет программы составил 150 млн тенге.", "ru", 150e6, "KZT", "budget", "exact"),
    ("Объем госзаказа вырос на 12%.", "ru", 12, "percent", "growth", "exact"),
    ("Доля НПО в госзаказе составляет 40 процентов.", "ru", 40, "percent", "share", "exact"),
    ("В акции приняли участие свыше 2 тысяч волонтеров.", "ru", 2000, "count", "volunteer", "more_than"),
    ("В конкурсе участвовали порядка 300 заявок.", "ru", 300, "count", "application", "approx"),
    ("Услугами воспользовались почти 15 000 жителей.", "ru", 15000, "count", "person", "approx"),
    ("Открыто двенадцать ресурсных центров.", "ru", 12, "count", "centre", "exact"),
    ("Реализовано двести пятьдесят социальных проектов.", "ru", 250, "count", "project", "exact"),
    ("Не менее 500 детей прошли реабилитацию.", "ru", 500, "count", "child", "more_than"),
    ("Грант составляет до 5 млн тенге.", "ru", 5e6, "KZT", "funding", "up_to"),
    ("Фонд собрал 10 тыс. долларов.", "ru", 10000, "USD", "funding", "exact"),
    ("Менее 20 организаций подали отчеты.", "ru", 20, "count", "organisation", "less_than"),
    ("Роздано 1 200 продуктовых наборов.", "ru", 1200, "count", "package", "exact"),
    ("Создано 45 рабочих мест.", "ru", 45, "count", "job", "exact"),
    ("Получено 1,5 млн рублей.", "ru", 1.5e6, "RUB", "funding", "exact"),
    ("Выдано 80 грантов молодежным организациям.", "ru", 80, "count", "grant", "exact"),
    ("Облыста 1500-ден астам үкіметтік емес ұйым жұмыс істейді.", "kk", 1500, "count", "ngo", "more_than"),
    ("Биыл 3 мыңға жуық ерікті тартылды.", "kk", 3000, "count", "volunteer", "approx"),
    ("Жобаларға 120 млн теңге бөлінді.", "kk", 120e6, "KZT", "funding", "exact"),
    ("Жобаға 45 млн теңгеден астам қаржы бөлінді.", "kk", 45e6, "KZT", "funding", "more_than"),
    ("Қалада тоғыз жүз отбасыға көмек көрсетілді.", "kk", 900, "count", "family", "exact"),
    ("Шамамен 600 бала лагерьде демалды.", "kk", 600, "count", "child", "approx"),
    ("Мемлекеттік әлеуметтік тапсырыс 15 пайызға өсті.", "kk", 15, "percent", "growth", "exact"),
    ("Қалада 12 жастар орталығы ашылды.", "kk", 12, "count", "youth", "exact"),
    ("Форумға 700-ге тарта делегат қатысты.", "kk", 700, "count", "delegate", "approx"),
    ("Бір жарым мың адам қамтылды.", "kk", 1500, "count", "person", "exact"),
    ("Аудандарда 250-ден аса іс-шара өткізілді.", "kk", 250, "count", "event", "more_than"),
    ("Өңірде екі жүз елу жоба іске асырылды.", "kk", 250, "count", "project", "exact"),
    ("Облыста 8,2 мың волонтер тіркелген.", "kk", 8200, "count", "volunteer", "exact"),
    ("Биыл 40-қа жуық грант берілді.", "kk", 40, "count", "grant", "approx"),
    # a spelled number with the similative "-дай/-дей" ("about"), Cyrillic and Latin script
    ("Қазір елде екі жүздей қоғамдық кеңес жұмыс істейді.", "kk", 200, "count", "other", "approx"),
    ("Облыста отыздай волонтер тіркелді.", "kk", 30, "count", "volunteer", "approx"),
    ("Шараға бес жүздей ерікті қатысты.", "kk", 500, "count", "volunteer", "approx"),
    # Russian "сотни" after a number is a scale ("три сотни" = 300)
    ("В форуме приняли участие три сотни волонтеров.", "ru", 300, "count", "volunteer", "exact"),
    ("Помощь получили около двух сотен семей.", "ru", 200, "count", "family", "approx"),
    ("Ерікті жастардың саны биыл 10 мыңнан асты.", "kk", 10000, "count", "youth", "more_than"),
    ("Жыл басынан бері 25 дөңгелек үстел өтті.", "kk", 25, "count", "event", "exact"),
    ("С начала года проведено 12 круглых столов.", "ru", 12, "count", "event", "exact"),
    # "до" after a change is the level reached; alone it is an upper bound
    ("Количество НПО в области выросло до 1500.", "ru", 1500, "count", "ngo", "exact"),
    ("Гранты в этом году получат до 50 НПО.", "ru", 50, "count", "ngo", "up_to"),
    # the counted noun fronted before "насчитывается"
    ("Волонтеров в регионе насчитывается свыше 40 тысяч.", "ru", 40000, "count", "volunteer", "more_than"),
    # a scale word that is the number itself
    ("Свыше тысячи человек вышли на субботник.", "ru", 1000, "count", "person", "more_than"),
    ("Тысяча волонтеров вышла на улицы города.", "ru", 1000, "count", "volunteer", "exact"),
    ("Около миллиона тенге собрали волонтеры.", "ru", 1e6, "KZT", "funding", "approx"),
]


@pytest.mark.parametrize("text, lang, value, unit, subject, qualifier", POSITIVE)
def test_reads_metric(text, lang, value, unit, subject, qualifier):
    m = one(text, lang)
    assert m.value == pytest.approx(value)
    assert (m.unit, m.subject, m.qualifier) == (unit, subject, qualifier)


NEGATIVE = [
    ("Ондай ұйымдар облыста көп емес.", "kk"),  # "such", not "about ten"
    ("В акции участвовали сотни волонтеров.", "ru"),  # "hundreds": no number
    ("Тысячи волонтеров вышли на улицы.", "ru"),  # "thousands": no number
    ("Количество НПО выросло в 2 раза.", "ru"),  # a factor, not a count
    ("Үкіметтік емес ұйымдардың саны 2 есеге артты.", "kk"),
    ("В 2021 году форум прошел в столице.", "ru"),
    ("Накануне 10-го Гражданского форума прошла встреча.", "ru"),
    ("Отмечается 30-летие Независимости.", "ru"),
    ("За 30 лет сектор прошел большой путь.", "ru"),
    ("План нации «100 конкретных шагов» реализуется.", "ru"),
    ("Звоните по телефону +7 (771) 228-04-01.", "ru"),
    ("Встреча прошла 29.09.2021 в акимате.", "ru"),
    ("Проект рассчитан на 3 года.", "ru"),
    ("Мероприятие состоится 25 ноября.", "ru"),
    ("Подробности в 14:30 на сайте.", "ru"),
    ("Индекс 050013, Алматы.", "ru"),
    ("Один из участников выступил.", "ru"),
    ("2025 жылға дейінгі жоспар бекітілді.", "kk"),
    ("8 айда жұмыс қорытындыланды.", "kk"),
    ("Төрт жыл ішінде көп жұмыс атқарылды.", "kk"),
    ("14 пен 35 жас аралығындағы азаматтар қатысты.", "kk"),
    ("«30 игі іс» марафоны басталды.", "kk"),
    ("ІІІ форум өтті.", "kk"),
    ("Бүгін бір адам келді.", "kk"),
    ("18 жасқа дейінгі балалар қатыспайды.", "kk"),
]


@pytest.mark.parametrize("text, lang", NEGATIVE)
def test_not_a_metric(text, lang):
    assert find_metrics(text, [(0, len(text))], lang) == []


def test_range_keeps_both_bounds():
    text = "Гранты составят от 5 до 10 млн тенге."
    m = one(text, "ru")
    assert (m.value_min, m.value, m.qualifier) == (5, 10e6, "up_to")


def test_coordinated_numbers_share_the_subject():
    # issue 9: ethnocultural (and republican) associations are a subset of NGOs: `organisation`, not `ngo`
    text = "Работают 19 республиканских и 36 городских этнокультурных объединений."
    found = find_metrics(text, [(0, len(text))], "ru")
    assert [(m.value, m.subject) for m in found] == [(19, "organisation"), (36, "organisation")]
    assert found[0].text == "19 республиканских"


def test_nbsp_thousands_separator():
    m = one("Помощь получили 12\u00a0500 человек.", "ru")
    assert m.value == 12500 and m.subject == "person"


def test_only_zones_are_read():
    text = "USD 447 EUR 476\nНа проекты выделено 300 млн тенге."
    zone_start = text.index("На")
    found = find_metrics(text, [(zone_start, len(text))], "ru")
    assert [m.value for m in found] == [300e6]


# text, lang, the figures as (value, noun): a share of the count before it counts the same noun
SHARES = [
    ("В области 450 НПО, из них 117 работают в Таразе.", "ru", [(450, "НПО"), (117, "НПО")]),
    ("В городе 40 НПО. Из них 12 получили гранты.", "ru", [(40, "НПО"), (12, "НПО")]),
    ("На форум приехали 300 волонтеров, в том числе 120 из сел.", "ru", [(300, "волонтёр"), (120, "волонтёр")]),
    (
        "Облыста 450 үкіметтік емес ұйым тіркелген, оның 117-сі Таразда.",
        "kk",
        [(450, "үкіметтік емес ұйым"), (117, "үкіметтік емес ұйым")],
    ),
    ("Жобаға 12 мектеп қатысты, оның ішінде 4-еуі ауылда.", "kk", [(12, "мектеп"), (4, "мектеп")]),
    # Kazakh: a number in the possessive is a share by itself, in the sentence of the count
    ("Бортта болған 78 адамның 37-сі құтқарылды.", "kk", [(78, "адам"), (37, "адам")]),
    ("Тұрғындардан 450 өтініш түсіп, 239-ы мақұлданды.", "kk", [(450, "өтініш"), (239, "өтініш")]),
    ("Облыста 12 мектеп салынды, оның жиырма бесі ауылда.", "kk", [(12, "мектеп"), (25, "мектеп")]),
    ("Жиынға 300 адам келді. Олардың сексені студент.", "kk", [(300, "адам"), (80, "адам")]),
    ("Жиынға 40 адам келді, олардың үшеуі студент.", "kk", [(40, "адам"), (3, "адам")]),
    ("Жиынға 40 адам келді. Наурыздың 25-і күні жиын өтті.", "kk", [(40, "адам")]),  # a date
    ("Жиынға 40 адам келді, оны әкім ашты.", "kk", [(40, "адам")]),  # "оны" is "it", not a number
    ("Оның жиырма бесі ауылда.", "kk", []),  # no count before it
    (
        "В стране 23 тысячи НПО, из которых активно работают 16 тысяч.",
        "ru",
        [(23000, "НПО"), (16000, "НПО")],
    ),
    ("Из них 12 получили гранты.", "ru", []),  # no figure before: nothing to share
    ("Проект длится 3 года, из них 2 года подготовки.", "ru", []),  # durations are not counts
]


@pytest.mark.parametrize("text, lang, figures", SHARES)
def test_a_share_counts_the_noun_of_the_figure_before_it(text, lang, figures):
    found = find_metrics(text, [(0, len(text))], lang)
    assert [(m.value, m.noun) for m in found] == [(pytest.approx(v), n) for v, n in figures]
