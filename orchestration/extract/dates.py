"""Dates as news pages print them, read with dateparser (Russian and Kazakh, no network).

Only full dates count (day, month and a year written in the line): a publication date is never
guessed from "сегодня", from a day without a year or from the moment the text was read. The
parser is built once with its settings and reused; callers give it a few short byline lines,
not whole articles (dateparser is slow on long text).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

LANGUAGES = ["ru", "kk"]
SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "PARSERS": ["custom-formats", "absolute-time"],  # never relative ("вчера"): it would date by reading time
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
# Numeric forms tried first with strptime (fast); every other form goes through the language parsers.
DATE_FORMATS = [
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y, %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d, %H:%M",
    "%d/%m/%Y %H:%M",
]
EARLIEST_YEAR = 1991

# A line must show a year to give a date (4 digits, or dd.mm.yy).
HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d?[./]\d\d?[./]\d\d(?!\d)")
# Kazakh year words in all spellings the parser does not read ("2025 жылғы", "2025 jyly") -> "2025 жыл".
KK_YEAR_WORD = re.compile(r"(?<=\d)\s*(?:жылғы|жылы|жыл|ж\.|jylǵy|jylğy|jylgy|jyly|jyl|j\.)(?=\s|,|$)", re.IGNORECASE)
# A label before the date ("Дата:", "Жарияланды:", "Published:"): words and a colon, no digits.
LABEL = re.compile(r"^[^\d:]{2,40}:\s*")
TIMEZONE = re.compile(r"\b(?:GMT|UTC)\s*[+-]?\s*\d{0,2}", re.IGNORECASE)
SEGMENT_BREAK = re.compile(r"\s*[|•·]\s*|\s+[—–]\s+")
TIME = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")

# Kazakh month names in the Latin alphabets (2018 acutes, 2021 letters), folded to plain ASCII.
LATIN_KK_MONTHS = {
    "qantar": "қаңтар",
    "aqpan": "ақпан",
    "nauryz": "наурыз",
    "sauir": "сәуір",
    "mamyr": "мамыр",
    "mausym": "маусым",
    "shilde": "шілде",
    "tamyz": "тамыз",
    "qyrkuiek": "қыркүйек",
    "qazan": "қазан",
    "qarasha": "қараша",
    "jeltoqsan": "желтоқсан",
}
LATIN_FOLD = str.maketrans({"ı": "i", "ş": "sh", "ğ": "g", "ǵ": "g", "ñ": "n", "ń": "n", "ý": "u", "ū": "u"})
LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")

WEEKDAYS = frozenset(
    [
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        "пн",
        "вт",
        "ср",
        "чт",
        "пт",
        "сб",
        "вс",
        "дүйсенбі",
        "сейсенбі",
        "сәрсенбі",
        "бейсенбі",
        "жұма",
        "сенбі",
        "жексенбі",
    ]
)


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=LANGUAGES, settings=SETTINGS)


def _fold_latin(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(LATIN_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _cyrillic_months(text: str) -> str:
    return LATIN_WORD.sub(lambda m: LATIN_KK_MONTHS.get(_fold_latin(m.group()), m.group()), text)


def _clean(text: str) -> str:
    text = LABEL.sub("", text.strip())
    text = TIMEZONE.sub("", text)
    text = KK_YEAR_WORD.sub(" жыл", _cyrillic_months(text))
    return text.strip(" ,;.|—–-")


def _valid(value: datetime | None, today: date) -> str | None:
    if value is None or not (EARLIEST_YEAR <= value.year <= today.year + 1):
        return None
    return value.date().isoformat()


@lru_cache(maxsize=8192)
def parse_date(text: str, today: date | None = None) -> str | None:
    """The full date a short line states, as YYYY-MM-DD, else None (cached: bylines repeat)."""
    if not text or len(text) > 200 or not HAS_YEAR.search(text):
        return None
    today = today or date.today()
    cleaned = _clean(text)
    pieces = [cleaned] + [_clean(p) for p in SEGMENT_BREAK.split(text) if HAS_YEAR.search(p)]
    for piece in dict.fromkeys(p for p in pieces if p):
        found = _valid(_parser().get_date_data(piece, date_formats=DATE_FORMATS).date_obj, today)
        if found:
            return found
    return _search(cleaned, today)


def _search(text: str, today: date) -> str | None:
    """Fallback for a date inside words ("Опубликовано 3 марта 2022"): dateparser's search."""
    from dateparser.search import search_dates

    for surface, value in search_dates(text, languages=LANGUAGES, settings=SETTINGS) or []:
        if HAS_YEAR.search(surface):
            found = _valid(value, today)
            if found:
                return found
    return None


def warm_up() -> None:
    """Build the parser and load its Russian and Kazakh data now: dateparser loads languages and
    compiles their patterns on first use, once per process (e.g. before forking workers)."""
    for line in ("Опубликовано 12 марта 2024 года", "2024 жылғы 12 наурыз", "12.03.2024"):
        parse_date.__wrapped__(line)
        _search(line, date.today())


def has_weekday(text: str) -> bool:
    return any(w in WEEKDAYS for w in re.findall(r"[^\W\d_]+", text.lower()))


def has_time(text: str) -> bool:
    return TIME.search(text) is not None
