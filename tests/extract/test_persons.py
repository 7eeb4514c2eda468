"""Persons named by one word, Kazakh case endings on names, name boundaries (sentences of our own)."""

import pytest

from orchestration.extract.document_facts import extract_text, kazakh_spans
from orchestration.extract.kazakh import nominative_name, plural_stem, split_case
from orchestration.extract.nlp import ner_spans
from orchestration.extract.persons import find_persons


def persons(text, lang):
    zones = [(0, len(text))]
    ner = ner_spans(text, 0, len(text)) if lang == "ru" else kazakh_spans(text, zones)
    return find_persons(text, zones, lang, ner)


def names(text, lang):
    return [p.name for p in persons(text, lang)]


@pytest.mark.parametrize(
    "word, nominative",
    [
        # genitive after a voiceless consonant, a glide, a vowel and a nasal (n/т/д alternation)
        ("Жақыповтың", "Жақыпов"),
        ("Айдосовтың", "Айдосов"),
        ("Болайдың", "Болай"),
        ("Ақботаның", "Ақбота"),
        ("Нұржанның", "Нұржан"),
        ("Гүлнәрдің", "Гүлнәр"),
        # dative ға/ге/қа/ке, accusative ды/ді/ты/ті/ны/ні, instrumental мен/бен/пен
        ("Сапаровқа", "Сапаров"),
        ("Серікке", "Серік"),
        ("Жанарға", "Жанар"),
        ("Әселге", "Әсел"),
        ("Бекжанды", "Бекжан"),
        ("Айгерімді", "Айгерім"),
        ("Ерболатты", "Ерболат"),
        ("Сәулені", "Сәуле"),
        ("Мадинамен", "Мадина"),
        ("Нұрболмен", "Нұрбол"),
        ("Айбекпен", "Айбек"),
        ("Жасұланмен", "Жасұлан"),
        # a surname stem allows locative, ablative and plural endings too
        ("Исабековтан", "Исабеков"),
        ("Тілеубаеваға", "Тілеубаева"),
        ("Оспановтар", "Оспанов"),
        ("Оспановтардың", "Оспанов"),
        # hyphenated names: the ending is on the last part
        ("Ахмет-Жанның", "Ахмет-Жан"),
        # words that merely end like a suffix stay whole
        ("Ердаулет", "Ердаулет"),
        ("Қанат", "Қанат"),
        ("Сәкен", "Сәкен"),
        ("Ақбота", "Ақбота"),  # "-та" would follow a consonant, not a vowel
        ("Назерке", "Назерке"),  # "-ке" would follow a voiceless consonant, not р
        ("Жанна", "Жанна"),  # "-на" follows a possessive only
        ("Дастан", "Дастан"),  # "-тан" is ablative only where the stem is known
        ("Мұхтар", "Мұхтар"),  # "-тар" is a plural only on a surname
        ("Рашида", "Рашида"),  # "-да" locative: not on a name alone
        ("Аманкелді", "Аманкелді"),  # a name made of a verb, not an accusative
        ("Құдайберді", "Құдайберді"),
        ("Ерден", "Ерден"),
        ("Нұрсұлтан", "Нұрсұлтан"),  # "-тан" would follow л, not a voiceless consonant
    ],
)
def test_nominative_name(word, nominative):
    assert nominative_name(word) == nominative


def test_ambiguous_ending_is_cut_when_the_document_has_the_stem():
    seen = {"Ержан"}
    assert nominative_name("Ержаннан", seen.__contains__) == "Ержан"
    assert nominative_name("Ержаннан") == "Ержаннан"
    assert nominative_name("Дастан", seen.__contains__) == "Дастан"


@pytest.mark.parametrize(
    "word, expected",
    [("Қайратовтың", ("Қайратов", "gen")), ("Әлиге", ("Әли", "dat")), ("Бақыт", ("Бақыт", None))],
)
def test_split_case(word, expected):
    assert split_case(word) == expected


def test_plural_stem():
    assert plural_stem("Нұрлановтар") == "Нұрланов"
    assert plural_stem("Болат") is None


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a surname alone is a person (Russian: natasha PER)
        ("На встрече с волонтёрами выступил Пархоменко. Он рассказал о сборе продуктов.", "ru", ["Пархоменко"]),
        # an inflected lone surname is put in the nominative
        ("Письмо общественников передали Гончаренко ещё в мае.", "ru", ["Гончаренко"]),
        # Kazakh: a lone surname with a case ending, in the nominative
        ("Жиында ҮЕҰ өкілдері Сапарбековке бірнеше сұрақ қойды.", "kk", ["Сапарбеков"]),
        # Kazakh: a lone given name in the genitive
        ("Еріктілер тобы кеше Әселдің ұсынысын қолдады.", "kk", ["Әсел"]),
        # the same person in full and by surname is one person
        (
            "Директор фонда Марина Левченко открыла форум. Левченко напомнила о грантах.",
            "ru",
            ["Марина Левченко"],
        ),
        (
            "Қор директоры Айгүл Тұрсынова форумды ашты. Тұрсынованың айтуынша, гранттар көбейген.",
            "kk",
            ["Айгүл Тұрсынова"],
        ),
    ],
)
def test_one_word_person(text, lang, expected):
    assert names(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        # a place before its unit word is not a person
        ("Еріктілер Нұра, Жаңаарқа және Ақтоғай аудандарында болды.", "kk", "Нұра"),
        ("Акция прошла в Осакаровском районе и в Темиртау.", "ru", "Темиртау"),
        # a month is not a person
        ("Жоба Наурыз айында басталады.", "kk", "Наурыз"),
        # a word written in lower case elsewhere is a common word
        ("Бірлік – басты құндылық. Жастар бірлік туралы айтты.", "kk", "Бірлік"),
        # a common word opening a sentence
        ("Надежда на поддержку акимата остаётся. Надежда есть у всех.", "ru", "Надежда"),
        # an eponym inside a body's name is not a person mentioned
        ("Семинар өтті Ж.Сәрсенбаев атындағы колледжде.", "kk", "Сәрсенбаев"),
        ("Конкурс прошёл в школе имени Мусрепова.", "ru", "Мусрепов"),
        # a pronoun before a town is not a forename
        ("Ол Курчатовта еріктілермен кездесті.", "kk", "Ол Курчатов"),
        # a role word alone
        ("Аким поблагодарил волонтёров за помощь.", "ru", "Аким"),
        ("Әкім жастармен кездесті.", "kk", "Әкім"),
        # an abbreviation next to a name is not a one-word person
        ("Облыс әкімі Ерлан Қошанов ҮЕҰ өкілдерімен кездесті.", "kk", "ҮЕҰ"),
        ("Встречу провел Досаев. ООН поддержала проект.", "ru", "ООН"),
    ],
)
def test_not_a_person(text, lang, absent):
    assert absent not in names(text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a surname in -ович is not a patronymic
        ("Слово взял Игорь Шостакевич, председатель совета.", "ru", ["Игорь Шостакевич"]),
        # a bracket ends the name: the Latin writing is not part of it
        ("Пресс-секретарь Анна Гринберг (Anna Grinberg) ответила журналистам.", "ru", ["Анна Гринберг"]),
        # an initial is dropped: the surname is the mention
        ("Как отметил Р. Мухаметов, заявки принимаются до пятницы.", "ru", ["Мухаметов"]),
        # Kazakh: a full name with a case ending on the surname
        ("Жиынға Ерлан Сапаровтың өзі қатысты.", "kk", ["Ерлан Сапаров"]),
        # Kazakh: "Forename Patronymic Surname" is one person
        ("Кездесуге Мұрат Серікұлы Ахметов қатысты.", "kk", ["Мұрат Ахметов"]),
    ],
)
def test_name_boundaries(text, lang, expected):
    assert names(text, lang) == expected


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Kazakh Latin (2018 alphabet): the same pipeline on the transliteration
        (
            "Almaty qalasynyń ákimi Erlan Qasymov jastarmen kezdesti. Qasymovtyń aıtýynsha, joba jalǵasady.",
            "Ерлан Қасымов",
            "Алматы қаласының әкімі",
        ),
    ],
)
def test_kazakh_latin_person(text, name, role):
    found = extract_text(text)["persons"]
    assert [p["name"] for p in found] == [name]
    assert found[0]["role"] == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # a post the person is appointed to, after the name without a comma
        (
            "Жарлықпен Бауыржан Тілеуов Ақмола облысының әкімі болып тағайындалды.",
            "Бауыржан Тілеуов",
            "Ақмола облысының әкімі",
        ),
        (
            "Серік Байжанов Жамбыл облысы әкімінің орынбасары қызметінен босатылды.",
            "Серік Байжанов",
            "Жамбыл облысы әкімінің орынбасары",
        ),
        # a place name and its unit inside the chain before the name
        (
            "Жиынды Сарыағаш ауданы әкімінің орынбасары Әлібек Құлжанов ашты.",
            "Әлібек Құлжанов",
            "Сарыағаш ауданы әкімінің орынбасары",
        ),
        # Russian: unchanged apposition before the name
        ("Отчёт представил руководитель управления Тимур Есенов.", "Тимур Есенов", "руководитель управления"),
    ],
)
def test_kazakh_role(text, name, role):
    lang = "ru" if "управления" in text else "kk"
    found = {p.name: p.role for p in persons(text, lang)}
    assert found.get(name) == role


def test_role_stops_at_another_name():
    text = "Айгүл Сапарованың анасы Гүлнар Әбдірова Президент Жарасқан Нұрғалиевке хат жолдады."
    found = {p.name: p.role for p in persons(text, "kk")}
    assert found.get("Жарасқан Нұрғалиев") == "Президент"
