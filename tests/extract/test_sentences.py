"""The one definition of a sentence (extract/sentences.py): Russian, Kazakh Cyrillic and Kazakh
Latin sentences of our own, with abbreviations and initials that must not end one."""

import pytest

from orchestration.extract.sentences import (
    is_capitalised_by_position,
    is_sentence_initial,
    sentence_bounds,
    sentence_spans,
)


def sentence_at(text: str, word: str) -> str:
    s, e = sentence_bounds(text, text.index(word))
    return text[s:e].strip()


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Russian: abbreviations and initials stay inside the sentence
        (
            "Форум прошёл в г. Караганде. Его открыл А. Б. Сейтказин, т.е. глава фонда.",
            "Сейтказин",
            "Его открыл А. Б. Сейтказин, т.е. глава фонда.",
        ),
        (
            "Форум прошёл в г. Караганде. Его открыл А. Б. Сейтказин, т.е. глава фонда.",
            "Караганде",
            "Форум прошёл в г. Караганде.",
        ),
        (
            "Волонтёры собрали 2 млн. тенге на лечение. Акция продлится до мая.",
            "тенге",
            "Волонтёры собрали 2 млн. тенге на лечение.",
        ),
        ("Приём ведёт юрист Е.А. Омарова. Запись по телефону.", "Омарова", "Приём ведёт юрист Е.А. Омарова."),
        # Kazakh Cyrillic: "ж." (жыл) before a number, initials
        (
            "Жиын 2025 ж. 12 наурызда өтті. Оны Ә. Т. Нұрғалиев ашты.",
            "наурызда",
            "Жиын 2025 ж. 12 наурызда өтті.",
        ),
        ("Жиын 2025 ж. 12 наурызда өтті. Оны Ә. Т. Нұрғалиев ашты.", "Нұрғалиев", "Оны Ә. Т. Нұрғалиев ашты."),
        # a number with a case ending is not an abbreviation: "1-і." ends the sentence
        ("Қор облыста 1-і. Алайда жұмыс көп.", "Алайда", "Алайда жұмыс көп."),
        # Kazakh Latin
        (
            "Jıyn 2025 j. 12 naýryzda ótti. Ony Á. T. Nurǵalıev ashty.",
            "naýryzda",
            "Jıyn 2025 j. 12 naýryzda ótti.",
        ),
        ("Jıyn 2025 j. 12 naýryzda ótti. Ony Á. T. Nurǵalıev ashty.", "Nurǵalıev", "Ony Á. T. Nurǵalıev ashty."),
        # a line break always ends a sentence (a headline has no full stop)
        ("Еріктілер форумы\nФорум Шымкентте өтті.", "Еріктілер", "Еріктілер форумы"),
        ("Еріктілер форумы\nФорум Шымкентте өтті.", "Шымкентте", "Форум Шымкентте өтті."),
        # negatives: a full stop, question or exclamation mark before a capital ends the sentence
        ("Грант выделен. Фонд отчитался!", "Фонд", "Фонд отчитался!"),
        ("Жоба аяқталды ма? Жоқ, әлі жалғасуда.", "Жоқ", "Жоқ, әлі жалғасуда."),
        ("Joba aıaqtaldy. Qor esep berdi.", "Qor", "Qor esep berdi."),
    ],
)
def test_sentence_bounds(text, word, expected):
    assert sentence_at(text, word) == expected


def test_bounds_stay_inside_the_zone():
    text = "Меню сайта. Форум прошёл в Актобе. Подвал"
    zone = (text.index("Форум"), text.index(" Подвал"))
    s, e = sentence_bounds(text, text.index("Актобе"), *zone)
    assert (s, e) == (zone[0], zone[1])
    s, _ = sentence_bounds(text, text.index("Актобе"), text.index("прошёл"))
    assert s == text.index("прошёл")


def test_a_position_between_sentences_belongs_to_the_next():
    text = "Грант выделен.  Фонд отчитался."
    s, e = sentence_bounds(text, text.index("  ") + 1)
    assert text[s:e].strip() == "Фонд отчитался."


@pytest.mark.parametrize(
    "text, word, initial, capitalised",
    [
        ("Форум открыл Ерлан Садыков. Садыков поблагодарил волонтёров.", "Садыков поблагодарил", True, True),
        ("Форум открыл Ерлан Садыков.", "Ерлан", False, False),
        ("Форум прошёл в г. Алматы при поддержке фонда.", "Алматы", False, False),  # "г." is not an end
        ("Ол былай деді: «Біз дайынбыз».", "Біз", False, True),  # a quotation opens
        ("Жиынға Ә. Т. Нұрғалиев қатысты.", "Нұрғалиев", False, False),  # initials are not sentences
        ("Jıynǵa Á. T. Nurǵalıev qatysty. Ol sóz sóıledi.", "Ol", True, True),
        ("Jıynǵa Á. T. Nurǵalıev qatysty.", "Nurǵalıev", False, False),
        ("— Айгүл, рақмет.", "Айгүл", False, False),  # a dialogue dash: the name is still a name
        ("Еріктілер форумы\nАйгүл Сәрсенова сөз сөйледі.", "Айгүл", True, True),
    ],
)
def test_sentence_initial(text, word, initial, capitalised):
    pos = text.index(word)
    assert is_sentence_initial(text, pos) is initial
    assert is_capitalised_by_position(text, pos) is capitalised


def test_a_zone_start_opens_a_sentence():
    text = "Басты бет Қор жиын өткізді."
    pos = text.index("Қор")
    assert not is_sentence_initial(text, pos)
    assert is_sentence_initial(text, pos, lo=pos)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Жиынға Ә. Т. Нұрғалиев қатысты. Ол сөз сөйледі.", ["Жиынға Ә. Т. Нұрғалиев қатысты.", "Ол сөз сөйледі."]),
        ("Форум в г. Караганде\nЕго открыл А. Б. Сейтказин.", ["Форум в г. Караганде", "Его открыл А. Б. Сейтказин."]),
        ("Jıyn 2025 j. 12 naýryzda ótti. Qor esep berdi.", ["Jıyn 2025 j. 12 naýryzda ótti.", "Qor esep berdi."]),
        ("Грант выделен", ["Грант выделен"]),  # negative: no end, one sentence
    ],
)
def test_sentence_spans(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_sentence_spans_are_cut_to_the_range():
    text = "Меню. Қор жиын өткізді. Ол сәтті өтті. Подвал"
    start, end = text.index("жиын"), text.index("сәтті")
    assert [text[s:e] for s, e in sentence_spans(text, start, end)] == ["жиын өткізді.", "Ол "]


@pytest.mark.parametrize(
    "line",
    ["", "   ", "Форум НПО прошёл в Алматы", "  Итоги года!  ", "«Жастар форумы» өтті.", "Qorytyndy...", "А. Иванов"],
)
def test_a_line_reads_as_razdel_reads_it(line):
    """Lines with no sentence end before their last word skip razdel: the spans must be razdel's."""
    from razdel import sentenize

    from orchestration.extract.sentences import line_sentences

    assert line_sentences(line) == tuple((c.start, c.stop) for c in sentenize(line))
