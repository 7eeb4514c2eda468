"""Names that run on into what follows them, and names that are not names at all."""

import pytest

from orchestration.extract.document_facts import extract_text


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract_text(text)["organisations"]]


def _persons(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text)["persons"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name stops before the verb that follows it
        ("С прошлого года акимат Павлодара начал публиковать отчёты о грантах.", "Акимат Павлодара"),
        ("В этом году акимат Уральска утвердил план работы с НПО.", "Акимат Уральска"),
        ("В марте управление образования Алматы провело семинар для НПО.", "Управление образования Алматы"),
        # and before a person named right after it
        (
            "– отметил руководитель отдела внутренней политики акимата Бурлинского района Ерлан Сапаров.\n\nДалее.",
            "Отдел внутренней политики акимата Бурлинского района",
        ),
    ],
)
def test_a_name_stops_before_a_verb_or_a_person(text: str, expected: str) -> None:
    names = _orgs(text)
    assert expected in names, names
    assert not any(n.startswith(expected) and n != expected for n in names), names


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("Церемония прошла с участием Главы государства.", "Глава"),
        ("Обращение министра опубликовано в Telegram-канале ведомства.", "Telegram-канале"),
        ("Видео выложено на Facebook-странице фонда.", "Facebook-странице"),
        ("Өтініш Telegram-арнасында жарияланды.", "Telegram-арнасында"),
    ],
)
def test_role_words_and_channels_are_not_bodies(text: str, not_a_body: str) -> None:
    names = _orgs(text)
    assert not any(n.casefold() == not_a_body.casefold() for n in names), names
    assert all(any(c.isalpha() for c in n) for n in names), names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Жастар орталығында өткен "Volunteer Fest" фестивалінде жүзден аса ерікті болды.', "Volunteer Fest"),
        ("Волонтёры показали спектакль «Айгерим Сапарова» в доме культуры.", "Айгерим Сапарова"),
        ("Kitaphanada «Ahmet Baitursynuly» atty kórme ashyldy.", "Ahmet Baitursynuly"),
    ],
)
def test_a_quoted_title_is_not_a_person(text: str, title: str) -> None:
    assert title not in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Председатель совета Алия Нурланова открыла встречу «Диалог».", "Алия Нурланова"),
        ("Жиынды кеңес төрағасы Асқар Ержанов ашты.", "Асқар Ержанов"),
        ("Секретариат ассамблеи сообщил, что директор центра Марат Абдиев примет участие.", "Марат Абдиев"),
    ],
)
def test_names_outside_quotes_are_still_persons(text: str, person: str) -> None:
    assert person in _persons(text)
