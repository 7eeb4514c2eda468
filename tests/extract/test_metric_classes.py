"""Issue 9: every figure the contract counts, by class (own sentences), Russian and Kazakh Cyrillic.

Latin-script Kazakh runs through the full extractor in test_kazakh_latin.py.
"""

import pytest

from orchestration.extract.metrics import find_metrics


def metrics(text, lang):
    found = find_metrics(text, [(0, len(text))], lang)
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def one(text, lang):
    found = metrics(text, lang)
    assert len(found) == 1, f"expected one metric in {text!r}, got {found}"
    return found[0]


# text, lang, value, unit, subject, noun
COUNTS_BY_MORPHOLOGY = [
    ("В районе построили 12 новых школ.", "ru", 12, "count", "other", "новая школа"),
    ("Отремонтировано 7 многоквартирных домов.", "ru", 7, "count", "other", "многоквартирный дом"),
    ("Газ провели в 14 сёлах района.", "ru", 14, "count", "other", "село"),
    ("Жильцы получили 320 квартир.", "ru", 320, "count", "other", "квартира"),
    ("На конкурс поступило 56 заявок.", "ru", 56, "count", "application", "заявка"),
    ("Жюри рассмотрело 3 номинации.", "ru", 3, "count", "other", "номинация"),
    ("Работают 4 комиссии по этике.", "ru", 4, "count", "other", "комиссия"),
    ("Открыта 21 библиотека.", "ru", 21, "count", "other", "библиотека"),
    ("Медики осмотрели 95 пациентов.", "ru", 95, "count", "other", "пациент"),
    ("Пострадали 5 пострадавших пассажиров автобуса.", "ru", 5, "count", "other", "пострадавший пассажир"),
    ("Проект охватил 2 500 подростков.", "ru", 2500, "count", "other", "подросток"),
    ("Доступно более 40 видов услуг.", "ru", 40, "count", "service", "услуга"),
    ("Ауданда 12 жаңа мектеп салынды.", "kk", 12, "count", "other", "жаңа мектеп"),
    ("Биыл 45 көпқабатты үй пайдалануға берілді.", "kk", 45, "count", "other", "көпқабатты үй"),
    ("Облыста 30 ауылға газ тартылды.", "kk", 30, "count", "other", "ауыл"),
    ("Жобаға 250 пәтер кірді.", "kk", 250, "count", "other", "пәтер"),
    ("Комиссия 64 өтінімді қарады.", "kk", 64, "count", "application", "өтінім"),
    ("Дәрігерлер 120 науқасқа көмек көрсетті.", "kk", 120, "count", "other", "науқас"),
    ("Өңірде 1500-ден астам волонтерлік ұйым жұмыс істейді.", "kk", 1500, "count", "organisation", "волонтерлік ұйым"),
    ("Қалада 9 жастар орталығы бар.", "kk", 9, "count", "youth", "жастар орталығы"),
    ("Байқауға 18 мектеп оқушысы қатысты.", "kk", 18, "count", "child", "мектеп оқушысы"),
    ("Сарапшылар 25 бірлескен жобаны бағалады.", "kk", 25, "count", "project", "бірлескен жоба"),
]

SPELLED_AND_COLLECTIVE = [
    ("Договор подписали двумя сторонами.", "ru", 2, "count", "other", "сторона"),
    ("В семье растут трое детей.", "ru", 3, "count", "child", "ребёнок"),
    ("На встречу пришли пятеро волонтеров.", "ru", 5, "count", "volunteer", "волонтёр"),
    ("Представители из семи районов обсудили план.", "ru", 7, "count", "other", "район"),
    ("Поступила лишь одна заявка.", "ru", 1, "count", "application", "заявка"),
    ("Осталась только одна школа.", "ru", 1, "count", "other", "школа"),
    ("Работали четверо специалистов.", "ru", 4, "count", "other", "специалист"),
    ("Открыли двадцать пять пунктов обогрева.", "ru", 25, "count", "other", "пункт"),
    ("Алты ауылда су құбыры тартылды.", "kk", 6, "count", "other", "ауыл"),
    ("Жиында сегіз ұсыныс айтылды.", "kk", 8, "count", "other", "ұсыныс"),
    ("Аптада үш кездесу өтті.", "kk", 3, "count", "event", "кездесу"),
    ("Облыста бір ғана ұйым тіркелді.", "kk", 1, "count", "organisation", "ұйым"),
    ("Екі жүз он бес отбасы үй алды.", "kk", 215, "count", "family", "отбасы"),
    ("Онға жуық жоба қолдау тапты.", "kk", 10, "count", "project", "жоба"),
    ("Мыңнан астам ерікті тіркелді.", "kk", 1000, "count", "volunteer", "ерікті"),
    ("Әншілер 6 бірдей концерт берді.", "kk", 6, "count", "other", "концерт"),
    # "жас" before a bare noun is "young", not years of age
    ("Облыста 45 жас отбасы баспана алды.", "kk", 45, "count", "family", "жас отбасы"),
    ("Мәслихатта 53 жас депутат жұмыс істейді.", "kk", 53, "count", "youth", "жас депутат"),
]

# text, lang, value, unit, subject (noun not checked)
MONEY_BY_CONTEXT = [
    ("По программе освоено 3,2 млрд.", "ru", 3.2e9, "KZT", "funding"),
    ("Из бюджета выделено 450 млн на ремонт.", "ru", 450e6, "KZT", "budget"),
    ("На проекты направили 1,5 млрд средств.", "ru", 1.5e9, "KZT", "funding"),
    ("Инвестиции составили 12 млрд долларов.", "ru", 12e9, "USD", "funding"),
    ("Объем финансирования достиг 800 млн, в долларах это меньше.", "ru", 800e6, "USD", "funding"),
    ("Госзаказ обойдется в полтора триллиона тенге.", "ru", 1.5e12, "KZT", "funding"),
    ("Фонд национального благосостояния оценили в 2 трлн тенге.", "ru", 2e12, "KZT", "funding"),
    ("Бағдарламаға 2 млрд-тан астам қаражат бөлінді.", "kk", 2e9, "KZT", "funding"),
    ("Жобаға 40 млн қаржы жұмсалды.", "kk", 40e6, "KZT", "funding"),
    ("Жергілікті бюджеттен 600 млн бөлінді.", "kk", 600e6, "KZT", "budget"),
    ("Құрылысқа бір жарым триллион теңге кетеді.", "kk", 1.5e12, "KZT", "funding"),
    ("Биыл 5,6 трлн теңге игерілді.", "kk", 5.6e12, "KZT", "funding"),
]

PHYSICAL = [
    ("Доставили 20 тонн гуманитарной помощи.", "ru", 20, "tonne", "гуманитарная помощь"),
    ("Собрано 350 кг макулатуры.", "ru", 350, "kg", "макулатура"),
    ("Засеяно 1 200 гектаров пшеницы.", "ru", 1200, "hectare", "пшеница"),
    ("Отремонтировано 45 км дорог.", "ru", 45, "km", "дорога"),
    ("Площадь центра 450 кв. м.", "ru", 450, "m2", None),
    ("Построен зал на 300 м2.", "ru", 300, "m2", None),
    ("Жителям раздали 5 000 литров воды.", "ru", 5000, "litre", "вода"),
    ("Посажено деревьев на 12 га.", "ru", 12, "hectare", None),
    ("Төрт жүз тоннадан астам көмір жеткізілді.", "kk", 400, "tonne", "көмір"),
    ("Фермерлер 60 шаршы метр жылыжай салды.", "kk", 60, "m2", "жылыжай"),
    ("Облыста 90 шақырым жол жөнделді.", "kk", 90, "km", "жол"),
    ("Егін 3 мың гектарға егілді.", "kk", 3000, "hectare", None),
    ("Сиыр күніне 20 литр сүт береді.", "kk", 20, "litre", "сүт"),
    ("Балаларға 150 килограмм жеміс таратылды.", "kk", 150, "kg", "жеміс"),
]

DECIMALS = [
    ("Жастардың 20 , 7 пайызы жұмыссыз.", "kk", 20.7, "percent"),
    ("Инфляция 0,5% құрады.", "kk", 0.5, "percent"),
    ("Доля выросла на 0,5%.", "ru", 0.5, "percent"),
    ("Показатель снизился до 12 , 4 процента.", "ru", 12.4, "percent"),
    ("Қаржы 2 , 5 миллиард теңгеге жетті.", "kk", 2.5e9, "KZT"),
    ("Үлесі екі бүтін оннан бес пайыз болды.", "kk", 2.5, "percent"),
    ("Өсім нөл бүтін жүзден сексен алты пайыз.", "kk", 0.86, "percent"),
    ("Сектор вырос на 3,75 процента.", "ru", 3.75, "percent"),
]

QUOTED_SPEECH = [
    ("«Бұл жұмысқа 148 млн теңге кетеді», — дейді басқарма басшысы.", "kk", 148e6, "KZT"),
    ("«В этом году мы помогли 300 семьям», — рассказала директор фонда.", "ru", 300, "count"),
    ("Он отметил: «На ремонт ушло 25 млн тенге».", "ru", 25e6, "KZT"),
    ('"Нам удалось привлечь 40 волонтеров, и это только начало", — сказал координатор.', "ru", 40, "count"),
    ("«Биыл 12 жаңа жоба бастадық, олардың бәрі жастарға арналған», — деді ол.", "kk", 12, "count"),
]

NGO_SUBJECT = [
    ("В области работают 800 неправительственных организаций.", "ru", "ngo", "неправительственная организация"),
    ("Зарегистрировано 120 НПО.", "ru", "ngo", "НПО"),
    ("Грант получили 35 общественных объединений.", "ru", "ngo", "общественное объединение"),
    ("Отчитались 60 некоммерческих организаций.", "ru", "ngo", "некоммерческая организация"),
    ("Облыста 1200 үкіметтік емес ұйым жұмыс істейді.", "kk", "ngo", "үкіметтік емес ұйым"),
    ("Қалада 400 ҮЕҰ тіркелген.", "kk", "ngo", "ҮЕҰ"),
    ("В сети 28 крупных волонтерских организаций.", "ru", "organisation", "крупная волонтёрская организация"),
    ("Действуют 36 этнокультурных объединений.", "ru", "organisation", "этнокультурное объединение"),
    (
        "Работают 19 республиканских общественных объединений.",
        "ru",
        "organisation",
        "республиканское общественное объединение",
    ),
    ("Елімізде 28 ірі волонтерлік ұйым бар.", "kk", "organisation", "ірі волонтерлік ұйым"),
    ("Облыста 36 этномәдени бірлестік жұмыс істейді.", "kk", "organisation", "этномәдени бірлестік"),
]


@pytest.mark.parametrize("text, lang, value, unit, subject, noun", COUNTS_BY_MORPHOLOGY + SPELLED_AND_COLLECTIVE)
def test_counts(text, lang, value, unit, subject, noun):
    m = one(text, lang)
    assert (m.value, m.unit, m.subject, m.noun) == (pytest.approx(value), unit, subject, noun)


@pytest.mark.parametrize("text, lang, value, unit, subject", MONEY_BY_CONTEXT)
def test_money_by_context(text, lang, value, unit, subject):
    m = one(text, lang)
    assert (m.value, m.unit, m.subject) == (pytest.approx(value), unit, subject)


@pytest.mark.parametrize("text, lang, value, unit, noun", PHYSICAL)
def test_physical_quantities(text, lang, value, unit, noun):
    m = one(text, lang)
    assert (m.value, m.unit, m.noun) == (pytest.approx(value), unit, noun)


@pytest.mark.parametrize("text, lang, value, unit", DECIMALS + QUOTED_SPEECH)
def test_decimals_and_quoted_speech(text, lang, value, unit):
    m = one(text, lang)
    assert (m.value, m.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang, subject, noun", NGO_SUBJECT)
def test_ngo_only_for_ngos_as_such(text, lang, subject, noun):
    m = one(text, lang)
    assert (m.subject, m.noun) == (subject, noun)


NEGATIVES = [
    # ages, ordinals, anniversaries, compound adjectives
    ("Ол 46 жас өтіп еді.", "kk"),
    ("Ол 25 жас болғанда ауылдан кетті.", "kk"),
    ("Задержан 27-летний мужчина.", "ru"),
    ("Сдан 9-этажный дом.", "ru"),
    ("Продается 3-комнатная квартира.", "ru"),
    ("Праздновали 25-летие фонда.", "ru"),
    ("Он занял 2 место в забеге.", "ru"),
    ("Екі мың он бесінші жылы ұйым құрылды.", "kk"),
    ("Ол жиырма бірінші ғасырдың басында туған.", "kk"),
    ("Две тысячи двадцатого года не забыть.", "ru"),
    ("Сорок пятого года ветераны.", "ru"),
    ("Қаланың 175 жылдығына арналған шара.", "kk"),
    ("Ол 30 жаста.", "kk"),
    # times and durations
    ("Встреча началась около 15 часов.", "ru"),
    ("Дүкен кешкі 8-ге дейін жұмыс істейді.", "kk"),
    ("Жұмыс 5-те басталады.", "kk"),
    ("Алты жылдың ішінде көп өзгерді.", "kk"),
    ("Екі аптаның ішінде жөнделді.", "kk"),
    ("Ремонт займет 2 недели.", "ru"),
    ("Науқас 5 тәулікте сауықты.", "kk"),
    ("Үш айдың жалақысы төленді.", "kk"),
    ("Спортшы аптасына 3 рет жаттығады.", "kk"),
    ("Баға 2 есе өсті.", "kk"),
    # dates, codes, addresses, phones, scores
    ("Заседание прошло 12 мая.", "ru"),
    ("Отырыс 5 наурызда өтті.", "kk"),
    ("Адрес: улица Абая, дом 15.", "ru"),
    ("Телефон 8 (727) 250-11-22.", "ru"),
    ("Куплен 3D принтер.", "ru"),
    ("Сеть 5G запустили в городе.", "ru"),
    ("Матч завершился со счетом 2:1.", "ru"),
    # numbers inside quoted names stay out
    ("Стартовал проект «100 новых лиц».", "ru"),
    ("«Қазақстанның 100 жаңа есімі» жобасы жалғасады.", "kk"),
    ("Акция «1000 добрых дел» завершилась.", "ru"),
    # no noun counted
    ("Бүгін бір адам келді.", "kk"),
    ("Один из участников выступил.", "ru"),
    ("Ол 5 де, 6 да емес.", "kk"),
    ("Их было 5, а стало 6.", "ru"),
    ("Олардың 12-сі келді.", "kk"),
]


@pytest.mark.parametrize("text, lang", NEGATIVES)
def test_not_a_metric(text, lang):
    assert metrics(text, lang) == []


def test_quoted_name_inside_speech_is_still_masked():
    text = "«Мы запустили проект «100 шагов» и помогли 50 семьям», — сказал он."
    found = metrics(text, "ru")
    assert [(m.value, m.subject) for m in found] == [(50, "family")]


def test_number_of_x_reached_n():
    found = metrics("Облыстағы ҮЕҰ саны 1500-ге жетті.", "kk")
    assert [(m.value, m.subject) for m in found] == [(1500, "ngo")]
    found = metrics("Количество НПО достигло 500.", "ru")
    assert [(m.value, m.subject) for m in found] == [(500, "ngo")]


def test_spelled_range_keeps_both_bounds():
    m = one("Күніне сегіз – он екі операция жасалады.", "kk")
    assert (m.value_min, m.value, m.noun) == (8, 12, "операция")


REGION_FOLLOWS_TEXT = [
    (
        "В Алматы в четверг прошел городской форум НПО.\n\nВ Казахстане и в мегаполисе работают 2 000 НПО.",
        2000,
        "KZ-75",
    ),
    (
        "Шымкентте бейсенбі күні қалалық ҮЕҰ форумы өтті.\n\nҚазақстан бойынша қалада 900 ҮЕҰ жұмыс істейді.",
        900,
        "KZ-79",
    ),
    (
        "В Астане в среду прошло очередное заседание общественного совета.\n\n"
        "По Казахстану в целом действуют 20 тысяч НПО.",
        20000,
        "KZ",
    ),
]


@pytest.mark.parametrize("text, value, region_code", REGION_FOLLOWS_TEXT)
def test_region_follows_the_text(text, value, region_code):
    from orchestration.extract import extract_text

    record = extract_text(text, "region.txt")
    found = [m for m in record["metrics"] if m["value"] == value]
    assert found and found[0]["region_code"] == region_code, record["metrics"]
