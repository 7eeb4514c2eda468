"""Property tests: random and adversarial text never crashes the extractor; every span is valid."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.extract import extract_text
from orchestration.extract.decoding import DecodeError, decode_bytes

from ..contract import assert_valid_record

FRAGMENTS = [
    "более 100 тыс. человек",
    "4 мыңнан астам ҮЕҰ",
    "«Даму» қоры",
    "аким города Нур-Султана Алтай Кульгинов",
    "до 16 миллиардов тенге",
    "0,4%",
    "Алматы облысы",
    "29.09.2021",
    "© «365 Info», 2014–2024",
    "+7 (771) 228-04-01",
    "Читайте также",
    "Ұқсас жаңалықтар",
    "«",
    "»",
    '"',
    "–",
    "\n\n",
    "  ",
    "\u00a0",
    "1 000 000",
    "-ден",
    "жуық",
    "от 5 до 10 тысяч",
    "Касым-Жомарт Кемелевич Токаев",
    "'); DROP TABLE raw.documents; --",
    "\u0301",
    "ё",
    "İ",
    "ß",
    "Ⅻ",
    "𝟘𝟙",
    "\ufeff",
    "\u200b",
    "\r\n",
    "%%%",
    "₸$€",
    "№ 5",
    "10-го",
    "XIV",
    "14 пен 35 жас",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=40).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extractor_never_crashes_and_spans_are_valid(text):
    record = extract_text(text, "fuzz.txt")
    assert_valid_record(record, text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decoder_either_decodes_or_gives_a_reason(data):
    try:
        decoded = decode_bytes(data, max_bytes=1000)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert decoded.text.strip()
