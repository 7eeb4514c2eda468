"""Headline, date and outlet on page layouts of our own making (Russian, Kazakh, Latin-script Kazakh)."""

import pytest

from orchestration.extract.dates import parse_date
from orchestration.extract.headline import strip_outlet_suffix
from orchestration.extract.page import analyse_page

RU_BODY = (
    "Участники встречи обсудили поддержку некоммерческих организаций и план совместных проектов "
    "на следующий год. Организаторы пообещали провести такую встречу и в других районах области."
)
KK_BODY = (
    "Жиынға қатысушылар үкіметтік емес ұйымдарды қолдау мәселесін және келесі жылға арналған бірлескен "
    "жобалар жоспарын талқылады. Ұйымдастырушылар мұндай кездесуді облыстың басқа аудандарында да өткізуге уәде берді."
)
LAT_BODY = (
    "Jıynǵa qatysýshylar úkimettik emes uıymdardy qoldaý máselesin jáne kelesi jylǵa arnalǵan birlesken "
    "jobalar josparyn talqylady. Uıymdastyrýshylar mundaı kezdesýdi basqa aýdandarda da ótkizýge ýáde berdi."
)

# (page, title, published_date, source_name): None means the page does not state it.
LAYOUTS = [
    # headline after widgets (weather, currency, menu rows)
    (
        f"Погода\n+3\nUSD 512.4\nEUR 540.1\nГлавная Новости Общество Политика Спорт\n\n"
        f"В Павлодаре наградили лучших волонтеров года\n\n{RU_BODY}",
        "В Павлодаре наградили лучших волонтеров года",
        None,
        None,
    ),
    (
        f"Жарнама\nЖаңалықтар\nАуа райы +12\n\nПавлодарда жылдың үздік еріктілері марапатталды\n\n{KK_BODY}",
        "Павлодарда жылдың үздік еріктілері марапатталды",
        None,
        None,
    ),
    (
        f"on air\nПрямой эфир\nweather icon -4\nОБЩЕСТВО\n\nСколько НПО работает в селах? Отвечают эксперты\n\n"
        f"09/04/2025 — 16:40\nФото: пресс-служба\n\n{RU_BODY}",
        "Сколько НПО работает в селах? Отвечают эксперты",
        "2025-04-09",
        None,
    ),
    # no headline at all: the stored text starts inside the article
    (f"{RU_BODY}\n\nВ следующем году проект охватит еще четыре района.", None, None, None),
    (f"{KK_BODY}\n\nКелесі жылы жоба тағы төрт ауданды қамтиды.", None, None, None),
    (f"{LAT_BODY}\n\nKelesi jyly joba taǵy tórt aýdandy qamtıdy.", None, None, None),
    # all-caps headline
    (f"ЖЕЗКАЗГАНДА ЖАСТАР ОРТАЛЫҒЫ АШЫЛДЫ\n\n{KK_BODY}", "ЖЕЗКАЗГАНДА ЖАСТАР ОРТАЛЫҒЫ АШЫЛДЫ", None, None),
    (
        f"Новости\n\nВ СЕМЕЕ ОТКРЫЛИ ЦЕНТР ДЛЯ ПОЖИЛЫХ ЛЮДЕЙ\n\n{RU_BODY}",
        "В СЕМЕЕ ОТКРЫЛИ ЦЕНТР ДЛЯ ПОЖИЛЫХ ЛЮДЕЙ",
        None,
        None,
    ),
    # outlet suffix on the headline line
    (f"Форум НКО прошел в Уральске — Qogam 24\n\n{RU_BODY}", "Форум НКО прошел в Уральске", None, None),
    (f"Оралда ҮЕҰ форумы өтті | qogamnews.kz\n\n{KK_BODY}", "Оралда ҮЕҰ форумы өтті", None, None),
    # debug strings and code left by the site
    (
        "undefined\n[object Object]\nvar_dump(array(0) { })\n\n"
        f"Волонтеры Атырау собрали помощь для приютов\n\n{RU_BODY}",
        "Волонтеры Атырау собрали помощь для приютов",
        None,
        None,
    ),
    (
        f"NaN\n{{{{ article.title }}}}\n\nАтырауда еріктілер баспаналарға көмек жинады\n\n{KK_BODY}",
        "Атырауда еріктілер баспаналарға көмек жинады",
        None,
        None,
    ),
    # e-mail and bullet lines
    (
        "• redakciya@qogam-news.kz\n• +7 (7172) 55-44-33\n\n"
        f"В Кокшетау обсудили работу общественных советов\n\n{RU_BODY}",
        "В Кокшетау обсудили работу общественных советов",
        None,
        None,
    ),
    (
        f"✉ info@qogam.kz • Біз туралы\n\nКөкшетауда қоғамдық кеңестердің жұмысы талқыланды\n\n{KK_BODY}",
        "Көкшетауда қоғамдық кеңестердің жұмысы талқыланды",
        None,
        None,
    ),
    # rubric before, lead sentence and author after the headline
    (
        f"Общество\n\nКак живут НПО в малых городах\n\nИрина ВОЛКОВА\n\n{RU_BODY}",
        "Как живут НПО в малых городах",
        None,
        None,
    ),
    (
        f"Қоғам\n\nШағын қалалардағы ҮЕҰ тұрмысы\n\nАйгерім Сәрсенова\n\n{KK_BODY}",
        "Шағын қалалардағы ҮЕҰ тұрмысы",
        None,
        None,
    ),
    # breadcrumb and twice-printed headline
    (
        f"Главная » Регионы » Форум в Таразе собрал активистов\n\nФорум в Таразе собрал активистов\n\n{RU_BODY}",
        "Форум в Таразе собрал активистов",
        None,
        None,
    ),
    (
        f"2041\nТаразда белсенділер форумы өтті\nТаразда белсенділер форумы өтті\n{KK_BODY}",
        "Таразда белсенділер форумы өтті",
        None,
        None,
    ),
    # a poll widget with a question before the headline
    (
        f"ОПРОС\nДовольны ли вы работой общественного транспорта в городе?\n• Да (12)\n• Нет (40)\n\n"
        f"В Караганде прошел слет молодежных организаций\nqogamKaraganda\n\n{RU_BODY}",
        "В Караганде прошел слет молодежных организаций",
        None,
        "qogamKaraganda",
    ),
    # dates in each form, in the byline next to the headline
    (
        f"Общественный совет подвел итоги года\nДата: 08.10.2025\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    (
        f"Общественный совет подвел итоги года\n\n8 октября 2025, 14:20\n\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    (
        f"Общественный совет подвел итоги года\nСреда, 8 октября 2025 г. | Общество\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    (
        f"Общественный совет подвел итоги года\n2025-10-08T14:20:00+05:00\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    (
        f"Опубликовано: 8 октября 2025 года\nОбщественный совет подвел итоги года\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    (
        f"Қоғамдық кеңес жылды қорытындылады\n2025 ж. 8 қазан\n{KK_BODY}",
        "Қоғамдық кеңес жылды қорытындылады",
        "2025-10-08",
        None,
    ),
    (
        f"Қоғамдық кеңес жылды қорытындылады\n\n2025 жылғы 8 қазан, 10:05\n\n{KK_BODY}",
        "Қоғамдық кеңес жылды қорытындылады",
        "2025-10-08",
        None,
    ),
    (
        f"Қоғамдық кеңес жылды қорытындылады\nСәрсенбі, 8 қазан 2025 жыл\n{KK_BODY}",
        "Қоғамдық кеңес жылды қорытындылады",
        "2025-10-08",
        None,
    ),
    (
        f"Қоғамдық кеңес жылды қорытындылады\nЖарияланды: 08.10.2025 14:20\n{KK_BODY}",
        "Қоғамдық кеңес жылды қорытындылады",
        "2025-10-08",
        None,
    ),
    (
        f"Qoǵamdyq keńes jyldy qorytyndylady\n8 qazan 2025 j.\n{LAT_BODY}",
        "Qoǵamdyq keńes jyldy qorytyndylady",
        "2025-10-08",
        None,
    ),
    (
        f"Qoğamdyq keñes jyldy qorytyndylady\n2025 jylğy 8 qazan\n{LAT_BODY}",
        "Qoğamdyq keñes jyldy qorytyndylady",
        "2025-10-08",
        None,
    ),
    (
        f"14:20, 8 Октябрь 2025 | GMT +5\n\nОбщественный совет подвел итоги года\n\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    # a store stamp in front of the headline; a visible byline wins over it
    (
        f" date 2025-10-09 Общественный совет подвел итоги года\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-09",
        None,
    ),
    (
        f" date 2025-10-09 Общественный совет подвел итоги года\n8 октября 2025, 23:50\n{RU_BODY}",
        "Общественный совет подвел итоги года",
        "2025-10-08",
        None,
    ),
    # dates only in widgets, related-news lists, comments, footers or the body: no publication date
    (
        f"Караганда\nПонедельник, 13 октября 2025\n\nМеню\n\nОбщественный совет подвел итоги года\n\n{RU_BODY}\n\n"
        f"Читайте также\nВолонтеры Караганды помогли приюту 01.09.2025\nФорум НКО открылся в Темиртау 12.08.2025",
        "Общественный совет подвел итоги года",
        None,
        None,
    ),
    (
        f"Лента новостей\nВчера\n7 октября\n6 октября\n\nҚоғамдық кеңес жылды қорытындылады\n\n{KK_BODY}\n\n"
        f"Ұқсас жаңалықтар\nЕріктілер баспанаға көмектесті 01.09.2025\nПікірлер\nАсқар: 05.10.2025 керемет жаңалық",
        "Қоғамдық кеңес жылды қорытындылады",
        None,
        None,
    ),
    (
        f"Общественный совет подвел итоги года\n\n{RU_BODY} Заседание прошло 7 октября 2025 года в акимате.\n\n"
        f"Комментарии\nГость, 09.10.2025: отличная новость\n© 2025 Qogam News. Все права защищены.",
        "Общественный совет подвел итоги года",
        None,
        "Qogam News",
    ),
    # outlets: attribution in the lead, dateline, ©, press services are not outlets
    (
        f"Форум волонтеров прошел в Актау\n\nВ Актау собрались волонтеры региона, сообщает QogamNews.kz. {RU_BODY}",
        "Форум волонтеров прошел в Актау",
        None,
        "QogamNews.kz",
    ),
    (
        f"Ақтауда еріктілер форумы өтті\n\nАҚТАУ. QOGAMINFORM – Өңір еріктілері бас қосты. {KK_BODY}",
        "Ақтауда еріктілер форумы өтті",
        None,
        "QOGAMINFORM",
    ),
    (
        "Ақтауда еріктілер форумы өтті\n\n"
        f"Өңір еріктілері бас қосты, деп хабарлайды облыс әкімдігінің баспасөз қызметі. {KK_BODY}",
        "Ақтауда еріктілер форумы өтті",
        None,
        None,
    ),
    (
        f"Aqtaýda eriktiler forýmy ótti\n\nÓńir eriktileri bas qosty, Qogaminfo tilshisi habarlaıdy. {LAT_BODY}",
        "Aqtaýda eriktiler forýmy ótti",
        None,
        "Qogaminfo",
    ),
    (
        f"Форум волонтеров прошел в Актау\n\nКорреспондент «Qogam 24» побывал на форуме. {RU_BODY}",
        "Форум волонтеров прошел в Актау",
        None,
        "Qogam 24",
    ),
]


@pytest.mark.parametrize("page, title, published, source", LAYOUTS)
def test_headline_date_and_outlet(page, title, published, source):
    layout = analyse_page(page)
    assert (layout.title, layout.published_date, layout.source_name) == (title, published, source)
    if layout.title_span:
        start, end = layout.title_span
        assert page[start:end] == layout.title
    assert page[layout.body_start : layout.body_end]  # the body is found and lies inside the text


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Дата: 08.10.2025", "2025-10-08"),
        ("8 октября 2025, 14:20", "2025-10-08"),
        ("2025 ж. 8 қазан", "2025-10-08"),
        ("2025 жылғы 8 қазан", "2025-10-08"),
        ("2025-10-08T14:20:00+05:00", "2025-10-08"),
        ("Бейсенбі, 9 қаңтар 2025", "2025-01-09"),
        ("31 декабря 2024 г.", "2024-12-31"),
        ("8 qazan 2025", "2025-10-08"),
        ("15 sáýir 2024 j.", "2024-04-15"),
        ("20 декабря", None),  # no year: a feed or body date, never completed with the current year
        ("вчера, 14:20", None),  # relative dates would date by reading time
        ("31.02.2021", None),
        ("15 МАРТА - РЕФЕРЕНДУМ", None),
        ("2172", None),
    ],
)
def test_parse_date_forms(line, expected):
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    "title, outlet, expected",
    [
        ("Форум прошел в Таразе — Qogam 24", None, "Форум прошел в Таразе"),
        ("Форум прошел в Таразе | tengrinews.kz", None, "Форум прошел в Таразе"),
        ("Таразда форум өтті - Qogam", "Qogam", "Таразда форум өтті"),
        ("Итоги года — мнение эксперта", None, "Итоги года — мнение эксперта"),  # not an outlet: kept
    ],
)
def test_outlet_suffix(title, outlet, expected):
    assert strip_outlet_suffix(title, outlet) == expected
