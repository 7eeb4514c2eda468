"""Reference bodies, language-independent keys and person names: table-driven, Russian, Kazakh
Cyrillic and Kazakh Latin, positives and near-miss negatives."""

import csv

import pytest

from orchestration.extract.name_keys import fold, organisation_key, person_key
from orchestration.extract.nlp import _models, normalise_person
from orchestration.extract.org_reference import REFERENCE_PATH, load_reference

RESOLVES = [
    ("Правительство", "kz_government"),
    ("Правительство РК", "kz_government"),
    ("Қазақстан Республикасының Үкіметі", "kz_government"),
    ("Үкіметі", "kz_government"),
    ("Мажилис Парламента", "kz_mazhilis"),
    ("Парламент Мәжілісі", "kz_mazhilis"),
    ("Сенат Парламента РК", "kz_senate"),
    ("Администрация Президента", "kz_presidential_administration"),
    ("Министерство культуры и информации", "kz_min_culture_information"),
    ("Министерство культуры и информации РК", "kz_min_culture_information"),
    ("Мәдениет және ақпарат министрлігі", "kz_min_culture_information"),
    ("Министерство информации и общественного развития", "kz_min_culture_information"),  # past name
    ("Ақпарат және қоғамдық даму министрлігі", "kz_min_culture_information"),  # past name, Kazakh
    ("МИОР", "kz_min_culture_information"),
    ("Министерство труда и социальной защиты населения", "kz_min_labour"),
    ("Еңбек және халықты әлеуметтік қорғау министрлігі", "kz_min_labour"),
    ("Агентство по делам государственной службы", "kz_agency_civil_service"),
    ("АДГС", "kz_agency_civil_service"),
    ("Ассамблея народа Казахстана", "kz_assembly_people"),
    ("ҚХА", "kz_assembly_people"),
    ("АНК", "kz_assembly_people"),
    ("Центр поддержки гражданских инициатив", "kz_civic_initiatives_centre"),
    ("ЦПГИ", "kz_civic_initiatives_centre"),
    ("Азаматтық бастамаларды қолдау орталығы", "kz_civic_initiatives_centre"),
    ("Гражданский альянс Казахстана", "kz_civil_alliance"),
    ("Гражданский альянс Карагандинской области", "civil_alliance_kz35"),
    ("Акимат Карагандинской области", "akimat_kz35"),
    ("Қарағанды облысының әкімдігі", "akimat_kz35"),
    ("Қарағанды облысы әкімдігі", "akimat_kz35"),
    ("Акимат города Астаны", "akimat_kz71"),
    ("Акимат города Нур-Султана", "akimat_kz71"),  # past name of the capital
    ("Астана қаласының әкімдігі", "akimat_kz71"),
    ("Маслихат города Алматы", "maslikhat_kz75"),
    ("Алматы қалалық мәслихаты", "maslikhat_kz75"),
    ("Маслихат Западно-Казахстанской области", "maslikhat_kz27"),
    ("Фонд «Даму»", "kz_damu"),
    ("«Даму» қоры", "kz_damu"),
    ("«Самұрық-Қазына»", "kz_samruk_kazyna"),
    ("ФНБ «Самрук-Казына»", "kz_samruk_kazyna"),
    ("Холдинг «Байтерек»", "kz_baiterek"),
    ("«Қазақстан халқына» қоры", "kz_qazaqstan_halqyna"),
]

DOES_NOT_RESOLVE = [
    "акимат Бухар-Жырауского района Карагандинской области",  # a district akimat, not the region's
    "Жамбыл ауданының әкімдігі",  # a district of the same name as a region
    "Акимат Алматинского района города Астаны",
    "Министерство культуры и спорта Турции",
    "Министерство образования Кыргызстана",
    "Городской маслихат",  # which city: not said
    "Фонд «Саби»",
    "ВКО",  # a region's abbreviation is a place, not a body
    "ЗКО",
    "ШҚО",
    "Общественный совет",
    "Координационный совет по делам молодежи",
]


@pytest.mark.parametrize("name, body_id", RESOLVES)
def test_names_resolve_to_the_reference_body(name, body_id):
    body = load_reference().resolve(name)
    assert body is not None and body.id == body_id


@pytest.mark.parametrize("name", DOES_NOT_RESOLVE)
def test_near_misses_do_not_resolve(name):
    assert load_reference().resolve(name) is None


def test_another_ministry_is_another_body():
    table = load_reference()
    assert table.resolve("Министерство культуры и спорта").id != table.resolve("Министерство культуры и информации").id


def test_reference_table_covers_every_region_and_city_once():
    rows = list(csv.DictReader(REFERENCE_PATH.open(encoding="utf-8")))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert sum(i.startswith("akimat_") for i in ids) == 20 and sum(i.startswith("maslikhat_") for i in ids) == 20
    assert all(r["name_ru"] and r["name_kk"] and r["name_en"] for r in rows)


SAME_KEY = [
    ("Фонд «Саби»", "«Саби» қоры"),
    ("Центр «Жанұя»", "«Жанұя» орталығы"),
    ("Фонд «Мейірім»", "«Мейірім» қоры"),
    ("Ассоциация «Бірлік»", "«Бірлік» қауымдастығы"),
    ("Общественного совета по делам молодежи", "Общественный совет по делам молодежи"),
    ("Отдела культуры", "Отдел культуры"),
    ("«Шапағат» қорының", "«Шапағат» қоры"),
    ("Фонда «Шапағат»", "«Шапағат» қорының"),
]

DIFFERENT_KEY = [
    ("Фонд «Саби»", "Центр «Саби»"),
    ("«Жанұя» орталығы", "«Жанұя» қоры"),
    ("Отдел культуры", "Отдел образования"),
    ("Еңбек және халықты әлеуметтік қорғау басқармасы", "«Әлеуметтік» қоры"),
]


@pytest.mark.parametrize("a, b", SAME_KEY)
def test_same_body_gets_one_key_across_languages_and_inflections(a, b):
    assert organisation_key(a) == organisation_key(b)


@pytest.mark.parametrize("a, b", DIFFERENT_KEY)
def test_different_bodies_get_different_keys(a, b):
    assert organisation_key(a) != organisation_key(b)


SAME_PERSON = [
    ("Ерлан Жумабаев", "Ерлан Жұмабаев"),
    ("Гульмира Оспанова", "Гүлмира Оспанова"),
    ("Нурлан Ахметов", "Нұрлан Ахметов"),
    ("Айгерим Сарсенова", "Айгерім Сәрсенова"),
    ("Жанар Кенжебаева", "Janar Kenjebaeva"),
    ("Ерлан Жумабаев", "Erlan Jumabaev"),
    ("Serik Oralov", "Серік Оралов"),
]

OTHER_PERSON = [
    ("Ерлан Жумабаев", "Ерлан Жумабеков"),
    ("Алия Сарсенова", "Алия Сарсенов"),
    ("Нурлан Ахметов", "Марат Ахметов"),
]


@pytest.mark.parametrize("a, b", SAME_PERSON)
def test_russian_and_kazakh_spellings_of_a_name_share_a_key(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a, b", OTHER_PERSON)
def test_other_names_keep_other_keys(a, b):
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Қоғамдық", "kogamdyk"),
        ("Ұлытау", "ulytau"),
        ("Өскемен", "oskemen"),
        ("Щучинск", "shuchinsk"),
        ("Ǵylym", "gylym"),
        ("Şymkent", "shymkent"),
    ],
)
def test_fold_is_ascii_latin(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "words, nominative",
    [
        ("Ерлан Жумабаев", "Ерлан Жумабаев"),
        ("Марата Ахметова", "Марат Ахметов"),
        ("Алии Сарсеновой", "Алия Сарсенова"),
        ("Гульнара Оспанова", "Гульнара Оспанова"),
        ("Сергею Петрову", "Сергей Петров"),
        ("Дину Ким", "Дина Ким"),
    ],
)
def test_forename_reading_agrees_with_the_surname(words, nominative):
    assert " ".join(normalise_person(words.split(), _models()[2])) == nominative
