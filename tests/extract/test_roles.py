"""Persons' roles: the whole position phrase next to the name, in Russian, Kazakh Cyrillic and
Kazakh Latin (our own sentences)."""

import pytest

from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.nlp import ner_spans
from orchestration.extract.persons import find_persons
from orchestration.extract.roles import kk_role_after, kk_role_before, ru_role_after, ru_role_before


def person_roles(text, lang):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else []
    return {p.name: p.role for p in find_persons(text, zones, lang, ner)}


@pytest.mark.parametrize(
    "text, lang, name, role",
    [
        # Russian: before the name, the whole phrase with its complements
        ("На встрече выступил аким города Астаны Марат Жумабеков.", "ru", "Марат Жумабеков", "аким города Астаны"),
        (
            "Слово взяла председатель общественного совета при акимате Айгерим Сейтова.",
            "ru",
            "Айгерим Сейтова",
            "председатель общественного совета при акимате",
        ),
        (
            "Первый заместитель акима района Бауыржан Омаров открыл сессию.",
            "ru",
            "Бауыржан Омаров",
            "Первый заместитель акима района",
        ),
        (
            "Вице-министр цифрового развития Руслан Ермеков провел прием.",
            "ru",
            "Руслан Ермеков",
            "Вице-министр цифрового развития",
        ),
        (
            "Руководитель ОФ «Шанырак» Динара Бекова рассказала о работе.",
            "ru",
            "Динара Бекова",
            "Руководитель ОФ «Шанырак»",
        ),
        (
            "Заместитель Премьер-Министра Казахстана Серик Жаксылыков подписал план.",
            "ru",
            "Серик Жаксылыков",
            "Заместитель Премьер-Министра Казахстана",
        ),
        # Russian: after the name, behind a comma or a dash, stopping before the verb
        (
            "Ерлан Сапаров, заместитель министра культуры и информации, рассказал о планах.",
            "ru",
            "Ерлан Сапаров",
            "заместитель министра культуры и информации",
        ),
        (
            "Жанар Омарова — директор центра «Сенім» — открыла выставку.",
            "ru",
            "Жанар Омарова",
            "директор центра «Сенім»",
        ),
        # Russian: no role
        ("В первый день Иван Коваленко посетил выставку.", "ru", "Иван Коваленко", None),
        ("Аким района встретился с Иваном Коваленко.", "ru", "Иван Коваленко", None),
        ("Участники поблагодарили Ивана Коваленко, члены совета поддержали его.", "ru", "Иван Коваленко", None),
        ("Иван Коваленко, который возглавляет фонд, рассказал о планах.", "ru", "Иван Коваленко", None),
        # Kazakh Cyrillic: genitive/izafet chains ending in a position word
        (
            "Жиынды облыс әкімінің орынбасары Серік Жанұзақов ашты.",
            "kk",
            "Серік Жанұзақов",
            "облыс әкімінің орынбасары",
        ),
        (
            "Кеше Қоғамдық даму басқармасының басшысы Әсел Нұрланова сөз сөйледі.",
            "kk",
            "Әсел Нұрланова",
            "Қоғамдық даму басқармасының басшысы",
        ),
        ("ҮЕҰ төрағасы Гүлнар Әбенова жобаны таныстырды.", "kk", "Гүлнар Әбенова", "ҮЕҰ төрағасы"),
        ("Білім және ғылым министрі Ерлан Сапаров қатысты.", "kk", "Ерлан Сапаров", "Білім және ғылым министрі"),
        (
            "Мәдениет, спорт және туризм министрі Ерлан Сапаров қатысты.",
            "kk",
            "Ерлан Сапаров",
            "Мәдениет, спорт және туризм министрі",
        ),
        (
            "Осы жылы «Жаңа Ел» партиясы төрағасының бірінші орынбасары Бақыт Оспанов келді.",
            "kk",
            "Бақыт Оспанов",
            "«Жаңа Ел» партиясы төрағасының бірінші орынбасары",
        ),
        ("Президент Данияр Сейітов шешімге қол қойды.", "kk", "Данияр Сейітов", "Президент"),
        (
            "Жиынды Дина Серікова, қалалық жастар саясаты басқармасының басшысы, ашты.",
            "kk",
            "Дина Серікова",
            "қалалық жастар саясаты басқармасының басшысы",
        ),
        # Kazakh Cyrillic: no role (an oblique position word, a verb before the name)
        ("Жиында әкімнің орынбасарымен Серік Жанұзақов кездесті.", "kk", "Серік Жанұзақов", None),
        ("Кездесуге келген Серік Жанұзақов жобаны таныстырды.", "kk", "Серік Жанұзақов", None),
    ],
)
def test_role_of_person(text, lang, name, role):
    assert person_roles(text, lang).get(name, "absent") == role


@pytest.mark.parametrize(
    "latin, name, role",
    [
        ("Jiyndy oblys äkımınıñ orynbasary Serık Janūzaqov aşty.", "Серік Жанұзақов", "облыс әкімінің орынбасары"),
        (
            "Keşe Qoğamdyq damu basqarmasynyñ basşysy Äsel Nūrlanova söz söiledı.",
            "Әсел Нұрланова",
            "Қоғамдық даму басқармасының басшысы",
        ),
        ("Kездесуге kelgen Serık Janūzaqov jobany tanystyrdy.", "Серік Жанұзақов", None),
    ],
)
def test_role_of_person_in_kazakh_latin(latin, name, role):
    text = transliterate(latin).text
    assert person_roles(text, "kk").get(name, "absent") == role


@pytest.mark.parametrize(
    "window, role",
    [
        ("Бүгін облыс әкімі ", "облыс әкімі"),
        ("Сонымен қатар қала әкімінің орынбасары ", "қала әкімінің орынбасары"),
        ("Кездесуде ", None),
        ("Жиналыста сөйлеген ", None),
        ("Іс-шараға облыс әкімімен ", None),  # instrumental: not in apposition
    ],
)
def test_kazakh_role_before_the_name(window, role):
    assert kk_role_before(window) == role


@pytest.mark.parametrize(
    "following, role",
    [
        (", аудандық мәслихаттың депутаты, баяндама жасады.", "аудандық мәслихаттың депутаты"),
        (" – «Мейірім» қорының жетекшісі.", "«Мейірім» қорының жетекшісі"),
        (" жиынға қатысты.", None),
        (", жиынға қатысқан жастар.", None),
    ],
)
def test_kazakh_role_after_the_name(following, role):
    assert kk_role_after(following) == role


@pytest.mark.parametrize(
    "window, following, before, after",
    [
        ("Выступил директор колледжа ", "", "директор колледжа", None),
        ("Выступили секретарь совета, директор центра ", "", "секретарь совета, директор центра", None),
        (
            "Встречу открыл ",
            ", председатель комитета по делам молодежи, сообщил",
            None,
            "председатель комитета по делам молодежи",
        ),
        ("Встречу открыл ", ", члены комиссии выступили", None, None),
        ("В первый раз ", " выступил", None, None),
    ],
)
def test_russian_role_phrases(window, following, before, after):
    assert ru_role_before(window) == before
    assert ru_role_after(following) == after
