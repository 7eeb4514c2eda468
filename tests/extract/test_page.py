import pytest

from orchestration.extract.page import analyse_page, parse_date

PAGE = """Погода
Сейчас
-11
USD
447

В Алматы прошел форум гражданских активистов

Участники форума обсудили развитие гражданского общества и работу некоммерческих организаций в городе.

Фото пресс-службы

Организаторы отметили, что в следующем году форум станет ежегодным и соберет больше участников.

Айгүл Сапарова
12.03.2024

Читайте также
Другой форум прошел 01.02.2023 в Астане
© «Alma News», 2010–2024
"""


def test_layout_of_a_scraped_page():
    page = analyse_page(PAGE)
    assert page.title == "В Алматы прошел форум гражданских активистов"
    assert page.published_date == "2024-03-12"
    assert page.source_name == "Alma News"
    body = PAGE[page.body_start : page.body_end]
    assert body.startswith("Участники форума") and body.endswith("соберет больше участников.")
    zone_texts = [PAGE[s:e] for s, e in page.zones]
    assert "Фото пресс-службы" not in zone_texts
    assert not any("Другой форум" in z for z in zone_texts)


def test_repeated_paragraph_is_read_once():
    para = "Аким рассказал о роли НПО в решении социальных задач и поблагодарил волонтеров за помощь."
    text = (
        f"Заголовок статьи о работе НПО\n\n{para}\n\n{para}\n\n"
        "Еще один абзац текста о работе некоммерческих организаций."
    )
    page = analyse_page(text)
    assert [text[s:e] for s, e in page.zones].count(para) == 1


def test_known_outlet_signature_after_body():
    text = (
        "Кульгинов рассказал о роли НПО\n\nАким рассказал о роли НПО в решении социальных задач города.\n\n"
        "Tengrinews\nЧитайте также\n"
    )
    assert analyse_page(text).source_name == "Tengrinews"


def test_no_date_when_the_page_states_none():
    text = (
        "Заголовок новости про НПО\n\nТекст новости о работе некоммерческих организаций в регионе.\n\n"
        "Похожие новости\n25.11.2024"
    )
    assert analyse_page(text).published_date is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("29.09.2021", "2021-09-29"),
        ("25 қараша 2024", "2024-11-25"),
        ("Опубликовано 3 марта 2022, 10:15", "2022-03-03"),
        ("2023-07-01T10:00:00", "2023-07-01"),
        ("2024 жылғы 5 сәуір", "2024-04-05"),
        ("31.02.2021", None),
        ("15 МАРТА - РЕФЕРЕНДУМ", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_meta_fields_win():
    page = analyse_page(
        "Текст без заголовка, но достаточно длинный, чтобы быть абзацем статьи о работе НПО.",
        meta_title="Заголовок из JSON",
        meta_date="2024-01-02T03:04:05",
        meta_source="Kazinform",
    )
    assert (page.title, page.published_date, page.source_name) == ("Заголовок из JSON", "2024-01-02", "Kazinform")


# own texts: a page with nothing longer than a short sentence still has that sentence as its text
SHORT_TEXTS = [
    ("В Алматы работают 30 волонтеров.", "В Алматы работают 30 волонтеров."),
    ("Облыста 30 волонтер бар.", "Облыста 30 волонтер бар."),
    ("Almatyda 40 erikti jumys isteıdi.", "Almatyda 40 erikti jumys isteıdi."),
    ("Форум өтті\n\nФорумға 300 жас қатысты.", "Форумға 300 жас қатысты."),
    ("Главная\nНовости\nКонтакты", None),  # navigation: no sentence, no text
    ("Подписаться на рассылку.", None),  # furniture even with a full stop
]


@pytest.mark.parametrize("text, body", SHORT_TEXTS)
def test_a_short_sentence_is_the_text_of_a_page_with_nothing_longer(text, body):
    layout = analyse_page(text)
    assert (text[layout.body_start : layout.body_end] or None) == body
