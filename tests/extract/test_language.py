import pytest

from orchestration.extract.language import detect_language

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
