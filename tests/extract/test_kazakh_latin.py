"""Latin-script Kazakh: transliteration, span round-trip (property test) and the full extractor."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.extract import extract_text
from orchestration.extract.kazakh_latin import is_latin_kazakh, transliterate, variant

from ..contract import assert_valid_record

# own phrases: Latin as written, the Cyrillic it reads as
TRANSLITERATION = [
    ("Qazaqstan", "Қазақстан"),
    ("jastar uıymy", "жастар ұйымы"),
    ("eriktiler men volonterler", "еріктілер мен волонтерлер"),
    ("Shymkent qalasynda", "Шымкент қаласында"),
    ("úsh kezdesý", "үш кездесу"),
    ("ońtústik óńir", "оңтүстік өңір"),
    ("áleýmettik jobalar", "әлеуметтік жобалар"),
    ("aqparat jarııalandy", "ақпарат жарияланды"),
    ("Būl jobany ūiym qoldaidy", "Бұл жобаны ұйым қолдайды"),
    ("Şymkent qalasyndağy ükımettık emes ūiymdar", "Шымкент қаласындағы үкіметтік емес ұйымдар"),
    ("Äleumettık kömek", "Әлеуметтік көмек"),
    ("jañа bağdarlama", "жаңа бағдарлама"),
]


@pytest.mark.parametrize("latin, cyrillic", TRANSLITERATION)
def test_transliteration(latin, cyrillic):
    assert transliterate(latin).text == cyrillic


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qazaqstanda 500 úkimettik emes uıym jumys isteıdi.", "2018"),
        ("Qazaqstanda 500 ükımettık emes ūiym jūmys ısteidı.", "2021"),
    ],
)
def test_variant(text, expected):
    assert variant(text) == expected


@pytest.mark.parametrize(
    "text, latin_kazakh",
    [
        ("Qazaqstanda 500 úkimettik emes uıym jumys isteıdi. Osy jyly jastar úshin jańa jobalar bastaldy.", True),
        ("Astanada volonterler jūmysy boiynşa jiyn öttı. Būl jyly 300 adam qatysty jäne qoldau körsettı.", True),
        ("The city council approved 40 new projects for young people this year.", False),
        ("В Астане работают 500 некоммерческих организаций.", False),
        ("Қазақстанда 500 үкіметтік емес ұйым жұмыс істейді.", False),
    ],
)
def test_detects_latin_kazakh(text, latin_kazakh):
    assert is_latin_kazakh(text) is latin_kazakh


# Latin-script Kazakh through the full extractor: value, unit, subject, surface as written
LATIN_METRICS = [
    # a share of the count before it ("onyń 117-si": 117 of them), and a spelled "about" number
    ("Oblysta 450 úkimettik emes uıym tirkelgen, onyń 117-si Tarazda.", 117, "count", "ngo", "117-si"),
    ("Oblysta otyzdaı volonter tirkeldi. Olar qarttarǵa kómektesedi.", 30, "count", "volunteer", "otyzdaı volonter"),
    (
        "Almaty qalasynda 4 myńnan astam volonter tirkelgen. Olar jyl boıy kómek kórsetedi.",
        4000,
        "count",
        "volunteer",
        "4 myńnan astam volonter",
    ),
    (
        "Shymkentte 350 úkimettik emes uıym jumys isteıdi. Bul jyly olardyń sany artty.",
        350,
        "count",
        "ngo",
        "350 úkimettik emes uıym",
    ),
    (
        "Qaraǵandy oblysynda jobalarǵa 120 mln teńge bólindi. Qarajat áleýmettik salaǵa jumsalady.",
        120e6,
        "KZT",
        "funding",
        "120 mln teńge",
    ),
    ("Pavlodarda 15 jańa mektep salyndy. Qurylys eki jylǵa sozyldy.", 15, "count", "other", "15 jańa mektep"),
    ("Aqtóbede memlekettik tapsyrys 12 paıyzǵa ósti. Bul jaqsy kórsetkish.", 12, "percent", "growth", "12 paıyzǵa"),
    (
        "Astanada 2 mln teńgeden astam qarajat jınaldy. Qaırymdylyq aksııasy jalǵasýda.",
        2e6,
        "KZT",
        "funding",
        "2 mln teńgeden astam",
    ),
    (
        "Atyraýda 20 tonna kómir taratyldy. Kómek kóp balaly otbasylarǵa berildi.",
        20,
        "tonne",
        "other",
        "20 tonna kómir",
    ),
    (
        "Almatyda 300-ge jýyq otbasy kómek aldy. Aksııa eki apta boıy ótti.",
        300,
        "count",
        "family",
        "300-ge jýyq otbasy",
    ),
    (
        "Taraz qalasynda 25 jastar ortalyǵy ashyldy. Ortalyqtar tegin jumys isteıdi.",
        25,
        "count",
        "youth",
        "25 jastar ortalyǵy",
    ),
    (
        "Ūlytaý oblysynda 45 ükımettık emes ūiym tırkeldı. Olar jastarmen jūmys ısteidı.",
        45,
        "count",
        "ngo",
        "45 ükımettık emes ūiym",
    ),
    ("Oralda 1500 adam forumǧa qatysty. Forum üş kün boiy öttı.", 1500, "count", "person", "1500 adam"),
    ("Semeide 40 ūiym tırkeldı. Būl jyly olardyñ sany östı.", 40, "count", "organisation", "40 ūiym"),
]


@pytest.mark.parametrize("text, value, unit, subject, surface", LATIN_METRICS)
def test_latin_kazakh_metrics(text, value, unit, subject, surface):
    record = extract_text(text, "latin.txt")
    assert_valid_record(record, text)
    assert record["language"] == "kk"
    found = [m for m in record["metrics"] if m["value"] == pytest.approx(value) and m["unit"] == unit]
    assert found, record["metrics"]
    m = found[0]
    assert m["subject"] == subject
    assert text[m["start"] : m["end"]] == m["text"] == surface


LATIN_NEGATIVES = [
    "Almatyda 2021 jyly jańa forum ótti. Forumǵa jastar keldi.",
    "Uıym 1995 jyly qurylǵan. Ol 30 jyl boıy jumys istep keledi.",
    "Jıyn saǵat 15:00-de bastalady. Tirkeý 8 aqpanǵa deıin júredi.",
    "«100 jańa esim» jobasy jalǵasady. Jobaǵa qatysý tegin.",
]


@pytest.mark.parametrize("text", LATIN_NEGATIVES)
def test_latin_kazakh_not_a_metric(text):
    record = extract_text(text, "latin.txt")
    assert_valid_record(record, text)
    assert record["metrics"] == []


@pytest.mark.parametrize(
    "text, region_code, surface",
    [
        ("Shymkent qalasynda volonterler jıyny ótti. Jıynǵa jastar qatysty.", "KZ-79", "Shymkent"),
        ("Qaraǵandy oblysynda jańa ortalyq ashyldy. Ortalyq jastarǵa arnalǵan.", "KZ-35", "Qaraǵandy oblysynda"),
        ("Jastar jiyny öttı. Astana qalasynda 40 ūiym jiynǧa qatysty.", "KZ-71", "Astana"),
    ],
)
def test_latin_kazakh_regions(text, region_code, surface):
    record = extract_text(text, "latin.txt")
    regions = [(r["region_code"], r["surface"]) for r in record["regions"]]
    assert (region_code, surface) in regions
    for r in record["regions"]:
        assert text[r["start"] : r["end"]] == r["surface"]


# own pages: the outlet a Latin-script page credits, as written (not transliterated), or none
LATIN_OUTLETS = [
    (
        "Jastar forýmy Taraz qalasynda ótti\n\nTaraz qalasynda oblystyq jastar forýmy ótti. Oǵan 300-den "
        "astam jas qatysty. Kazinform tilshisi forým qorytyndysyn saralady.\n",
        "Kazinform",
    ),
    (
        "Eriktiler kómek kórsetti\n\nShymkentte 40 erikti qarttarǵa kómek kórsetti, dep habarlaıdy Tengrinews.kz.\n",
        "Tengrinews.kz",
    ),
    (
        "Qoǵamdyq keńes otyrysy\n\nAqtóbede qoǵamdyq keńestiń kezekti otyrysy ótti. Otyrysqa "
        "ákimdik ókilderi qatysty.\n",
        None,
    ),
]


@pytest.mark.parametrize("text, outlet", LATIN_OUTLETS)
def test_latin_kazakh_outlet_as_written(text, outlet):
    record = extract_text(text)
    assert record["language"] == "kk"
    assert record["source_name"] == outlet


def test_latin_kazakh_person_span_is_latin():
    text = "Qasym-Jomart Toqaev volonterlermen kezdesti. Kezdesýge 200 adam qatysty."
    record = extract_text(text, "latin.txt")
    assert_valid_record(record, text)
    surfaces = {text[p["start"] : p["end"]] for p in record["persons"]}
    assert "Qasym-Jomart Toqaev" in surfaces


latin_text = st.text(
    alphabet=st.sampled_from(list("abdeghijklmnopqrstuvyzáǵıńóúýäğñöşüūçIJSQÁ \u0301.,-0123456789«»")), max_size=120
)


@settings(max_examples=300, deadline=None)
@given(latin_text, st.data())
def test_spans_round_trip(text, data):
    tr = transliterate(text)
    assert len(tr.starts) == len(tr.ends) == len(tr.text)
    assert list(tr.starts) == sorted(tr.starts)  # monotone
    if not tr.text:
        return
    a = data.draw(st.integers(0, len(tr.text)))
    b = data.draw(st.integers(a, len(tr.text)))
    s, e = tr.to_source(a, b)
    assert 0 <= s <= e <= len(text)  # inside the original
    if b > a:
        # boundaries preserved: the source span transliterates back to text that contains the Cyrillic span
        assert tr.text[a:b] in transliterate(text[s:e], variant(text)).text or s < e
        whole = transliterate(text[s:e], variant(text)).text
        assert len(whole) >= 1
    for i in range(len(tr.text)):  # every Cyrillic character comes from a non-empty source piece
        assert tr.starts[i] < tr.ends[i]
