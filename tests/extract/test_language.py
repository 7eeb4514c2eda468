import pytest

from orchestration.extract import language
from orchestration.extract.language import LOW_ACCURACY_MIN_CHARS, _detector, detect_language

RU = "Аким города провел встречу с представителями неправительственных организаций и обсудил планы на следующий год."
KK = "Қала әкімі үкіметтік емес ұйымдардың өкілдерімен кездесіп, келесі жылғы жоспарларды талқылады."
KK_LATIN = (
    "Qala ákimi úkimettik emes uıymdardyń ókilderimen kezdesip, "
    "kelesi jylǵy josparlardy talqylady jáne qoldaý kórsetti."
)
EN = "The city mayor met representatives of non-governmental organisations to discuss next year's plans."


@pytest.mark.parametrize(
    "text, expected",
    [
        (RU, "ru"),
        (KK, "kk"),
        (KK_LATIN, "kk"),
        (EN, "other"),
        (RU + "\n" + KK, "mixed"),
        ("", "other"),
        ("12345 — 678", "other"),
    ],
)
def test_document_language(text, expected):
    zones = [(0, len(text))] if "\n" not in text else [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    assert detect_language(text, zones) == expected


RU_PARAGRAPH = (
    "В Караганде общественный фонд поддержки сельских библиотек провел круглый стол с депутатами "
    "областного маслихата и представителями управления культуры, обсудив финансирование."
)
UK_PARAGRAPH = (
    "У Харкові громадська організація провела зустріч із представниками міської ради та волонтерами, "
    "щоб обговорити підтримку переселенців і ремонт шкіл."
)
KK_PARAGRAPH = (
    "Шымкент қаласында азаматтық қоғам институттарының форумы өтті, оған үкіметтік емес ұйымдардың "
    "жетекшілері мен облыстық мәслихат депутаттары қатысты."
)
RU_WITH_LATIN = (
    "Фонд Soros Foundation и ассоциация Transparency International представили в Алматы отчет о "
    "прозрачности государственных закупок за прошлый год."
)


@pytest.mark.parametrize("text", [RU_PARAGRAPH, UK_PARAGRAPH, KK_PARAGRAPH, RU_WITH_LATIN, RU_PARAGRAPH + "\n" + RU])
def test_trigram_models_agree_with_full_models_on_paragraphs(text):
    assert len(text) >= LOW_ACCURACY_MIN_CHARS
    assert _detector(low_accuracy=True).detect_language_of(text) == _detector().detect_language_of(text)


@pytest.mark.parametrize(
    "text, low_accuracy",
    [
        ("Акимат открыл центр.", False),
        ("Волонтери відкрили центр.", False),
        ("Жаңа орталық ашылды.", False),
        (RU_PARAGRAPH, True),
        (UK_PARAGRAPH, True),
    ],
)
def test_short_text_is_scored_with_the_full_models(monkeypatch, text, low_accuracy):
    used = []

    def detector(low_accuracy: bool = False):
        used.append(low_accuracy)
        return _detector(low_accuracy)

    monkeypatch.setattr(language, "_detector", detector)
    language._lingua(text)
    assert used == [low_accuracy]


@pytest.mark.parametrize(
    "text, expected",
    [("Акимат открыл новый центр для волонтеров.", "ru"), ("Волонтери відкрили новий центр.", "other")],
)
def test_short_cyrillic_text(text, expected):
    assert detect_language(text) == expected
