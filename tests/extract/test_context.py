"""The context attached to facts (extract/context.py): the organisation a figure belongs to and the
organisation a person's role names. Own sentences; the organisations and roles are given, so these
cases test the attaching rule only, not the detectors (a few record-level cases at the end do both)."""

import pytest

from orchestration.extract.context import (
    ORGANISATION_WINDOW,
    organisation_for,
    organisation_of_person,
    role_span,
)
from orchestration.extract.extractor import extract_text
from orchestration.extract.organisations import Organisation
from orchestration.extract.persons import Person


def org(text: str, surface: str, occurrence: int = 0) -> Organisation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Organisation(surface, "other", surface, start, start + len(surface))


def person(text: str, name: str, role: str | None) -> Person:
    start = text.index(name)
    return Person(name, role, start, start + len(name))


# (text, organisation surfaces, the figure, the surface of the expected organisation or None)
FIGURES = [
    ("Фонд «Дара» в этом году поддержал 120 семей.", ["Фонд «Дара»"], "120 семей", "Фонд «Дара»"),
    (
        "Акимат города и фонд «Дара» выделили 5 млн тенге на проекты.",
        ["Акимат города", "фонд «Дара»"],
        "5 млн тенге",
        "фонд «Дара»",  # the nearest one ending before the figure
    ),
    ("В 120 семьях побывали волонтеры фонда «Дара».", ["фонда «Дара»"], "120 семьях", None),  # after it
    ("«Жастар» орталығы биыл 35 жобаны іске асырды.", ["«Жастар» орталығы"], "35 жобаны", "«Жастар» орталығы"),
    (
        "Қоғамдық даму басқармасы мен «Мирас» қоры 40 отбасына көмектесті.",
        ["Қоғамдық даму басқармасы", "«Мирас» қоры"],
        "40 отбасына",
        "«Мирас» қоры",
    ),
    ("Ассоциация «Шанырак» объединяет 30 организаций.", ["Ассоциация «Шанырак»", "«Шанырак»"], "30", None),
]


@pytest.mark.parametrize("text, surfaces, figure, expected", FIGURES[:5])
def test_a_figure_belongs_to_the_nearest_organisation_before_it(text, surfaces, figure, expected):
    orgs = [org(text, s) for s in surfaces]
    index = organisation_for(text.index(figure), orgs)
    assert (orgs[index].surface if index is not None else None) == expected


def test_nested_mentions_ending_together_give_the_longer_one():
    text, surfaces, figure, _ = FIGURES[5]
    orgs = [org(text, s) for s in surfaces]
    assert orgs[organisation_for(text.index(figure), orgs)].surface == "Ассоциация «Шанырак»"
    assert organisation_for(text.index(figure), list(reversed(orgs))) == 1  # whatever the order


@pytest.mark.parametrize("gap, linked", [(ORGANISATION_WINDOW, True), (ORGANISATION_WINDOW + 1, False)])
def test_a_figure_further_than_the_window_has_no_organisation(gap, linked):
    text = "Фонд «Дара»" + " " * gap + "120 семей получили помощь."
    orgs = [org(text, "Фонд «Дара»")]
    assert (organisation_for(text.index("120"), orgs) == 0) is linked


# (language, text, person's name, role as the person finder wrote it, organisation surfaces, expected)
ROLES = [
    (
        "ru",
        "Председатель общественного совета при акимате города Иван Сергеев открыл заседание.",
        "Иван Сергеев",
        "Председатель общественного совета при акимате города",
        ["общественного совета при акимате города"],
        "общественного совета при акимате города",
    ),
    (
        "ru",  # two bodies in the role: the head governs the first one
        "Руководитель управления внутренней политики акимата Павлодара Марат Оспанов выступил.",
        "Марат Оспанов",
        "Руководитель управления внутренней политики акимата Павлодара",
        ["управления внутренней политики", "акимата Павлодара"],
        "управления внутренней политики",
    ),
    (
        "ru",  # the role was cut before its genitive complement: adjacent, still linked
        "Асель Нурова, директор центра «Шанс», рассказала о работе с детьми.",
        "Асель Нурова",
        "директор",
        ["центра «Шанс»"],
        "центра «Шанс»",
    ),
    (
        "ru",  # the role written as "X, Y": the body is inside it, whitespace folded
        "Секретарь совета,  директор фонда «Милосердие» Ольга Ким подвела итоги.",
        "Ольга Ким",
        "Секретарь совета, директор фонда «Милосердие»",
        ["фонда «Милосердие»"],
        "фонда «Милосердие»",
    ),
    (
        "kk",
        "Қоғамдық даму басқармасының басшысы Диас Есенов жиында баяндама жасады.",
        "Диас Есенов",
        "Қоғамдық даму басқармасының басшысы",
        ["Қоғамдық даму басқармасының"],
        "Қоғамдық даму басқармасының",
    ),
    (
        "kk",  # a chain of two bodies ends in the position word: the last body before it
        "Қала әкімдігінің жастар саясаты басқармасының басшысы Айгүл Серікова жастармен кездесті.",
        "Айгүл Серікова",
        "Қала әкімдігінің жастар саясаты басқармасының басшысы",
        ["Қала әкімдігінің", "жастар саясаты басқармасының"],
        "жастар саясаты басқармасының",
    ),
    (
        "kk",  # the role is only the position word, the body before it in the genitive
        "«Жастар» орталығының басшысы Айдос Серіков жобаларды таныстырды.",
        "Айдос Серіков",
        "басшысы",
        ["«Жастар» орталығының"],
        "«Жастар» орталығының",
    ),
    (
        "kk",  # izafet without the genitive: "қоры төрағасы"
        "«Мирас» қоры төрағасы Әсел Нұрланова волонтерлерге алғыс айтты.",
        "Әсел Нұрланова",
        "төрағасы",
        ["«Мирас» қоры"],
        "«Мирас» қоры",
    ),
    (
        "mixed",  # a Kazakh role in a mixed document is read as Kazakh
        "Форум прошел в Астане. Білім басқармасының басшысы Ерлан Сапаров сөз сөйледі.",
        "Ерлан Сапаров",
        "Білім басқармасының басшысы",
        ["Білім басқармасының"],
        "Білім басқармасының",
    ),
    # negatives: a role that names no organisation
    (
        "ru",
        "Аким города Алтай Кульбаев встретился с волонтерами фонда «Дара».",
        "Алтай Кульбаев",
        "Аким города",
        ["фонда «Дара»"],
        None,
    ),
    (
        "ru",  # the body after the role is behind a comma: not its complement
        "Ержан Оспанов, волонтер, и фонд «Дара» провели акцию.",
        "Ержан Оспанов",
        "волонтер",
        ["фонд «Дара»"],
        None,
    ),
    (
        "ru",  # no role at all
        "Ержан Оспанов рассказал о работе центра «Шанс».",
        "Ержан Оспанов",
        None,
        ["центра «Шанс»"],
        None,
    ),
    (
        "kk",
        "Облыс әкімінің орынбасары Серік Ахметов «Достық» үйінде болды.",
        "Серік Ахметов",
        "Облыс әкімінің орынбасары",
        ["«Достық» үйінде"],
        None,
    ),
    (
        "kk",  # the body before the role is closed by a comma
        "«Жастар» орталығы, басшысы Айдос Серіков айтқандай, жаңа жобалар бастады.",
        "Айдос Серіков",
        "басшысы",
        ["«Жастар» орталығы"],
        None,
    ),
]


@pytest.mark.parametrize("lang, text, name, role, surfaces, expected", ROLES)
def test_a_person_is_linked_to_the_organisation_the_role_names(lang, text, name, role, surfaces, expected):
    orgs = [org(text, s) for s in surfaces]
    index = organisation_of_person(text, person(text, name, role), orgs, lang)
    assert (orgs[index].surface if index is not None else None) == expected


def test_the_role_is_found_next_to_its_person_not_elsewhere():
    text = (
        "Директор фонда «Дара» Анна Ли открыла форум. Организаторы поблагодарили участников. "
        "Директор фонда «Дара» Марат Ибраев рассказал о планах."
    )
    second = text.index("Марат Ибраев")
    span = role_span(text, "Директор фонда «Дара»", second, second + len("Марат Ибраев"))
    assert span is not None and span[1] == second - 1
    assert role_span(text, "председатель правления", second, second + 5) is None


# Record level: detectors and attaching together (Russian, Kazakh Cyrillic, Kazakh Latin).
RECORDS = [
    ("Председатель общественного совета при акимате города Иван Сергеев открыл заседание.", "совета"),
    ("Қоғамдық даму басқармасының басшысы Диас Есенов жиында баяндама жасады.", "басқармасының"),
    ("Qalalyq jastar saıasaty basqarmasynyń basshysy Aıgúl Serikova jastarmen kezdesti.", "basqarmasynyń"),
]


@pytest.mark.parametrize("text, word", RECORDS)
def test_records_carry_the_persons_organisation_as_an_index(text, word):
    rec = extract_text(text)
    linked = [p for p in rec["persons"] if p["organisation_index"] is not None]
    assert linked, rec["persons"]
    assert word in rec["organisations"][linked[0]["organisation_index"]]["surface"]


def test_records_carry_the_figures_organisation_as_an_index():
    rec = extract_text("«Мирас» қорының төрағасы Әсел Нұрланова 40 отбасына көмек көрсетілгенін айтты.")
    metric = next(m for m in rec["metrics"] if m["value"] == 40)
    assert "қор" in rec["organisations"][metric["organisation_index"]]["surface"]
    alone = extract_text("В этом году 120 семей получили продуктовые наборы.")
    assert all(m["organisation_index"] is None for m in alone["metrics"])
