"""Classes of organisation mentions (our own sentences, civil-society news style): bodies the
dictionary knows, platforms acting as companies, units of a body, seats of power, cited outlets,
and the look-alikes that must not become bodies (Russian, Kazakh Cyrillic, Kazakh Latin)."""

import pytest

from orchestration.extract.document_facts import kazakh_spans
from orchestration.extract.kazakh_latin import transliterate
from orchestration.extract.nlp import ner_spans
from orchestration.extract.organisations import find_organisations
from orchestration.extract.persons import find_persons


def found(text, lang="ru"):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else kazakh_spans(text, zones)
    blocked = [(p.start, p.end) for p in find_persons(text, zones, lang, ner)]
    return find_organisations(text, zones, lang, ner, blocked=blocked)


def names(text, lang="ru"):
    return [o.name for o in found(text, lang)]


@pytest.mark.parametrize(
    "text, name",
    [
        # bodies the dictionary knows by name, in any case, with their country
        ("Жалобу активистов рассмотрел Минюст уже на следующей неделе.", "Минюст"),
        ("Представители Роскомнадзора не ответили на запрос редакции.", "Роскомнадзор"),
        ("МИД Казахстана выразил протест в связи с задержанием журналистов.", "МИД Казахстана"),
        ("Ставку снова сохранил ЦБ РФ, несмотря на рост цен.", "ЦБ РФ"),
        # units of a body followed by its name: the unit and the body are both kept
        ("Об этом сообщила пресс-служба Минтруда в понедельник.", "Пресс-служба Минтруда"),
        ("Правление Фонда социального страхования утвердило новые правила.", "Правление Фонда социального страхования"),
        ("Волонтёров координирует штаб Ахметова в каждом районе.", "Штаб Ахметова"),
        ("Полиция Германии задержала участников несанкционированной акции.", "Полиция Германии"),
        ("Власти Алматы объявили конкурс социальных проектов.", "Власти Алматы"),
        # a person's name may end a body's name
        ("Решение о гранте приняло правительство Виктора Орбана в среду.", "Правительство Виктора Орбана"),
        # a head word opening the sentence, with its complement (the tagger marks the head alone)
        ("Акимат Алматы выделил гранты НПО на 50 млн тенге.", "Акимат Алматы"),
        ("Министерство юстиции зарегистрировало 20 новых НПО.", "Министерство юстиции"),
        ("Городской акимат Шымкента выделил гранты НПО на 50 млн тенге.", "Городской акимат Шымкента"),
        # a seat of power standing for its administration
        ("Кремль пока не прокомментировал требования правозащитников.", "Кремль"),
        ("Представители Акорды встретились с лидерами общественных объединений.", "Акорда"),
        # internet platforms acting as companies
        ("Мессенджер Telegram заблокировал каналы, распространявшие фейки.", "Telegram"),
        ("Соцсеть «ВКонтакте» удалила сообщество волонтёров без объяснений.", "ВКонтакте"),
        # outlets cited as sources by their quoted name
        ("Как сообщают «Ведомости», фонд получит государственную субсидию.", "Ведомости"),
        ("Об этом написала газета «Время» во вторник.", "Время"),
        ("Как сообщают «Куранты», проект продлят ещё на год.", "Куранты"),
    ],
)
def test_russian_body_is_found(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Пресс-служба Кремля не комментирует обращение.", "Кремль"),
        ("Отчёт подготовил аппарат Госдумы к заседанию.", "Госдума"),
        ("Решение приняло руководство Роснефти на собрании.", "Роснефть"),
    ],
)
def test_body_in_a_units_complement_is_kept_too(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a platform as the channel of a post is not a body
        ("Аким на своей странице в Instagram рассказал о работе НПО.", "Instagram"),
        ("Видео встречи опубликовано на YouTube в тот же день.", "YouTube"),
        # a seat of power as a place
        ("Встреча с представителями НПО прошла в Кремле.", "Кремль"),
        ("Пикет прошёл у Белого дома в центре столицы.", "Белый дом"),
        # a unit head without a named body, a town's centre, a kind of body
        ("Руководство страны обсудило вопросы занятости.", "Руководство страны"),
        ("Штаб волонтёров работал круглосуточно.", "Штаб волонтёров"),
        ("Фестиваль прошёл в центре Караганды.", "Центр Караганды"),
        ("Деньги вложил венчурный фонд из Сингапура.", "Венчурный фонд"),
        ("Закон поддержала оппозиционная партия.", "Оппозиционная партия"),
        ("Документ обсудила государственная комиссия.", "Государственная комиссия"),
        # an action noun, not a body
        ("Эксперты обсудили объединение Кореи и его последствия.", "Объединение Кореи"),
        # a sentence-initial common noun, a family, a building
        ("Суд отказал заявителю в иске.", "Суд"),
        ("Ротшильды владели банком в Лондоне.", "Ротшильды"),
        ("Туристы посетили Успенский собор и музей.", "Успенский собор"),
        ("Концерт прошёл в Дворце независимости.", "Дворец независимости"),
        # a legal form before a longer name, a guess for an unknown word
        ("Заявку подало ООО «Береке Плюс» из Костаная.", "ООО"),
        # a name is not cut after an adjective
        ("Работает центр по поддержке молодых", "Центр по поддержке молодых"),
    ],
)
def test_russian_look_alike_is_not_a_body(text, fragment):
    assert fragment not in names(text)


def test_owner_is_not_in_a_quoted_name():
    got = names("Грант выделил фонд «Жарқын болашақ» Марата Ахметова на проекты сельской молодёжи.")
    assert any("«Жарқын болашақ»" in n for n in got)
    assert all("Ахметова" not in n for n in got if "«" in n)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ақорданың баспасөз қызметі бұл туралы хабарлады.", "Ақорда"),
        ("Мұны «Егемен Қазақстан» газеті жазды.", "Егемен Қазақстан"),
        ("Telegram мессенджері жалған арналарды бұғаттады.", "Telegram"),
        ("Ресми мәлімдеме Twitter-ден келді, деп хабарлады агенттік.", "Twitter"),
        # one-word names of reference bodies with their case endings
        ("Заң жобасын кеше Мәжілістің депутаттары қарады.", "Мәжіліс"),
        ("Құжат бүгін Сенатқа жіберілді.", "Сенат"),
        ("Бұл мәселе бойынша Үкіметке хат жолданды.", "Үкімет"),
        # the unit a body governs, in lower case before its head
        ("Бүгін облыс әкімдігі ҮЕҰ өкілдерімен кездесу өткізді.", "облыс әкімдігі"),
        ("Кеше аудан әкімдігі жаңа жобаны таныстырды.", "аудан әкімдігі"),
        ("Кеше елорда әкімдігі ҮЕҰ-мен кездесу өткізді.", "елорда әкімдігі"),
        # a sentence's adverbial is not the first word of a name, whoever found it
        ("Жиынға қала әкімдігінің өкілдері қатысты.", "қала әкімдігі"),
        ("Кеше Елорда әкімдігі ҮЕҰ-мен кездесу өткізді.", "Елорда әкімдігі"),
        ("Сауда және интеграция министрлігі құрылғанын ескерсек, жұмыс көп.", "Сауда және интеграция министрлігі"),
        # a government head with a lower-case complement of a few words names one unit
        ("Жобаны ішкі саясат басқармасы қолдады.", "ішкі саясат басқармасы"),
        ("Кеше кәсіпкерлер палатасы мен банк өкілдері жиналды.", "кәсіпкерлер палатасы"),
        ("Бұл туралы білім министрлігі хабарлады.", "білім министрлігі"),
        # a postposition ends the phrase before it
        ("Бүгіннен бастап Қазақстан халқы Ассамблеясы жаңа жобаны бастайды.", "Қазақстан халқы Ассамблеясы"),
    ],
)
def test_kazakh_body_is_found(text, name):
    assert name in names(text, "kk")


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Президент қоғам өкілдерін Ақордада қабылдады.", "Ақорда"),
        ("Әкім Facebook парақшасында жиын туралы жазды.", "Facebook"),
        ("Бейнежазба Instagram-да жарияланды.", "Instagram"),
        # a reference name opening a sentence may be a common noun ("даму" = development)
        ("Даму жоспары қоғамдық талқылауға шығарылды.", "Даму"),
        # a town's centre is a place; a place's residents are not a body
        ("Облыс орталығы биыл абаттандырылды.", "Облыс орталығы"),
        ("Шараға қала тұрғындары қатысты.", "қала тұрғындары"),
        ("Мұны осы басқармасы айтты.", "осы басқармасы"),
    ],
)
def test_kazakh_look_alike_is_not_a_body(text, fragment):
    assert fragment not in names(text, "kk")


@pytest.mark.parametrize(
    "latin, name, present",
    [
        ("Aqordanyñ baspasöz qyzmetı habarlady.", "Ақорда", True),
        ("Bul turaly «Egemen Qazaqstan» gazetı habarlady.", "Егемен Қазақстан", True),
        ("Prezident qoğam ökılderın Aqordada qabyldady.", "Ақорда", False),
        ("Zañ jobasyn keşe Mäjılıstıñ deputattary qarady.", "Мәжіліс", True),
    ],
)
def test_kazakh_latin(latin, name, present):
    assert (name in names(transliterate(latin).text, "kk")) is present


def test_types():
    by_name = {o.name: o.org_type for o in found("Кремль и мессенджер Telegram ответили на критику.")}
    assert by_name.get("Кремль") == "government"
    assert by_name.get("Telegram") == "media"
