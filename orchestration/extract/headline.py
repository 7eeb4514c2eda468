"""Which line of a page is the article's headline: candidates scored, none when the page has none.

A candidate stands before the article body, reads like a headline (a few words to a long sentence,
sentence case or all capitals, no final full stop) and is not page furniture: no URL, e-mail, code,
widget vocabulary, date line, rubric-only or author-name line. Among candidates the score favours
length up to a point, nearness to the body, being repeated (page title, breadcrumb, twice printed)
and being followed by a byline or the body. The outlet's suffix (" — Qogam 24") is cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import HAS_YEAR, parse_date
from .outlets import DOMAIN, clean_name, known_outlets

URL_OR_EMAIL = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\.(?:html?|php|aspx?)\b", re.IGNORECASE)
# Leftovers of a site's code and templates.
CODE = re.compile(
    r"[{}<>\[\]=;$]|\b(?:undefined|NaN|null|function|var|console|document\.|window\.|Array|"
    r"Notice|Warning|Fatal error|Exception|Traceback|object Object|lorem ipsum)\b|_[a-z]+_|\w+\(\)"
)
# Page widgets and navigation vocabulary: a short line (WIDGET_MAX_WORDS) with one of these is furniture.
WIDGET = re.compile(
    r"\b(?:USD|EUR|RUB|KZT|CNY|курс валют|валюта|погода|ауа райы|прямой эфир|тікелей эфир|on air|weather|icon|"
    r"главная|басты бет|войти|кіру|подписаться|подпишитесь|жазылыңыз|поиск|іздеу|меню|menu|реклама|жарнама|"
    r"тренды|лента|версия для|нұсқасы|back to top|читать далее|толығырақ|все новости|барлық жаңалықтар|"
    r"просмотр\w*|қаралым|no menu items|скачать|жүктеу)\b",
    re.IGNORECASE,
)
WIDGET_MAX_WORDS = 6
PHOTO_CREDIT = re.compile(r"\s(?:Фото|Photo|Foto|Сурет|Видео)\s*[:/]?\s+[A-ZА-ЯЁӘҒҚҢӨҰҮІ]")
BREADCRUMB = re.compile(r"^\s*[»›>]|\s[»›→>/]\s")
MAX_CHARS = 180  # news headlines are short; a longer line is a lead or a wrapped paragraph
LONG_CHARS = 120
WORD = re.compile(r"[^\W\d_][\w\-']*")
OUTLET_SUFFIX = re.compile(r"\s+[—–|-]\s+(?P<tail>[^—–|]{2,40})$")
# A lead sentence crediting the outlet ("…, сообщает Qogam.kz"), not a headline.
ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:сообщает|сообщают|передает|передаёт|пишет|информирует|деп хабарлайды|деп жазады)\b", re.IGNORECASE
)
BAD_END = re.compile(r"[.:;,]\s*$")
ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")


@dataclass(frozen=True)
class Candidate:
    index: int
    start: int
    end: int
    text: str
    score: float


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def is_name_line(text: str) -> bool:
    """An author / photo-credit name ("Айгүл Сапарова", "Елена ИВАНОВА"): 2-3 capitalised words only."""
    parts = text.replace(",", " ").split()
    if not 2 <= len(parts) <= 3 or len(_words(text)) != len(parts):
        return False
    return all(p[0].isupper() and (p[1:].islower() or p[1:].isupper()) for p in parts)


def _is_menu(words: list[str]) -> bool:
    """Navigation rows: many words, nearly all capitalised (headlines are in sentence case)."""
    if len(words) < 5 or all(w.isupper() for w in words):
        return False
    titled = sum(w[0].isupper() and not w.isupper() for w in words)
    return titled / len(words) >= 0.8


def is_date_line(text: str) -> bool:
    """A byline whose substance is a date (and time, author, rubric, hashtags)."""
    if not HAS_YEAR.search(text) or parse_date(text) is None:
        return False
    rest = [w for w in _words(text) if not HAS_YEAR.search(w)]
    return len(rest) <= 6


def headline_like(text: str, after_colon: bool = False, continued: bool = False) -> bool:
    """Could this line be a headline at all (before scoring)? after_colon: the line before ends with ':';
    continued: the next line goes on in lower case (the line is part of a wrapped paragraph)."""
    words = _words(text)
    if after_colon or continued or ATTRIBUTION_TAIL.search(text) or not 2 <= len(words) <= 30 or len(text) > MAX_CHARS:
        return False
    first = text.lstrip("«\"“'(")[:1]
    if not (first.isupper() or first.isdigit()) or text.startswith(("#", "•", "-", "–", "—", "*")):
        return False
    if BAD_END.search(text) and not ELLIPSIS.search(text):
        return False
    if URL_OR_EMAIL.search(text) or CODE.search(text) or BREADCRUMB.search(text) or PHOTO_CREDIT.search(text):
        return False
    if len(words) <= WIDGET_MAX_WORDS and WIDGET.search(text):
        return False
    if text.casefold() in known_outlets() or DOMAIN.match(text) or is_name_line(text) or _is_menu(words):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and not is_date_line(text)


def score(text: str, distance: int, repeated: bool, followed_by_byline: bool) -> float:
    """Higher is more headline-like. distance = non-empty lines between the candidate and the body."""
    n = len(_words(text))
    value = min(n, 8) - 0.4 * distance
    if repeated:
        value += 4
    if followed_by_byline:
        value += 2
    if len(text) > LONG_CHARS:
        value -= (len(text) - LONG_CHARS) / 20
    return value


def strip_outlet_suffix(text: str, outlet: str | None = None) -> str:
    """'Headline — Qogam 24' -> 'Headline' when the tail names an outlet."""
    m = OUTLET_SUFFIX.search(text)
    if not m:
        return text
    tail = m.group("tail").strip()
    named = (outlet is not None and tail.casefold() == outlet.casefold()) or (
        len(tail.split()) <= 3 and clean_name(tail) is not None
    )
    return text[: m.start()] if named else text
