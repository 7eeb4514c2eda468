import pytest

from orchestration.extract.language import WARM_UP_TEXT, detect_language, warm_up

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
KK_PARAGRAPH = (
    "Шымкент қаласында азаматтық қоғам институттарының форумы өтті, оған үкіметтік емес ұйымдардың "
    "жетекшілері мен облыстық мәслихат депутаттары қатысты."
)
RU_WITH_LATIN = (
    "Фонд Soros Foundation и ассоциация Transparency International представили в Алматы отчет о "
    "прозрачности государственных закупок за прошлый год."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (RU_PARAGRAPH, "ru"),
        (KK_PARAGRAPH, "kk"),
        (RU_WITH_LATIN, "ru"),
        (RU_PARAGRAPH + "\n" + RU, "ru"),
        (WARM_UP_TEXT, "ru"),
    ],
)
def test_paragraph_language(text, expected):
    assert detect_language(text) == expected


def test_warm_up_text_is_paragraph_length():
    """Shorter text would make warm_up load every n-gram size (~0.6 s) instead of a few (~0.04 s)."""
    assert len(WARM_UP_TEXT) >= 120
    warm_up()


@pytest.mark.parametrize(
    "text, expected",
    [("Акимат открыл новый центр для волонтеров.", "ru"), ("Волонтери відкрили новий центр.", "other")],
)
def test_short_cyrillic_text(text, expected):
    assert detect_language(text) == expected
