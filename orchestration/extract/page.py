"""Page layout: where the article body is, its title, date and outlet.

Scraped pages wrap the article in widgets (weather, currency), share buttons,
related-news lists, comment forms and footers. The body is the run of content
paragraphs after the headline and before the first trailing-boilerplate marker;
only the headline and the body (less repeated paragraphs and in-body captions)
are read for facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from .lexicon import MONTHS

# A line that starts trailing boilerplate: everything from it on is not the article.
STOP_MARKERS = re.compile(
    r"^(?:©|\(c\)|Copyright\b|Читайте также|Читайте нас|Похожие (?:новости|материалы|статьи)|Другие новости|"
    r"Последние новости|Новости по теме|Ещё по теме|Еще по теме|Оставить комментарий|Комментарии\b|Добавить комментарий|"
    r"Ваш адрес email|Курс валют|Погода\b|Редакция\b|Реклама\b|Социальные сети|Подписывайтесь|Поделиться|"
    r"Заметили ошибку|Ұқсас жаңалықтар|Топ жаңалықтар|Серіктес жаңалықтары|Сіздің реакцияңыз|Тағы оқыңыз|"
    r"Пікір қалдыру|Пікірлер|Соңғы жаңалықтар|Өзге жаңалықтар|Related news|Read also|Share\b|Tags?:|Теги:|Тэги:)",
    re.IGNORECASE,
)
# Lines inside the article area that are page furniture, not text.
FURNITURE = re.compile(
    r"^(?:Фото|Фото:|Фото\s*/|Видео|Автор|Источник|Photo|ПОДЕЛИТЬСЯ|Поделиться|Бөлісу|Categories\b|Рубрика|"
    r"Ұнайды|Ұнамайды|Күлкілі|Ашулы|Нравится|Просмотров|Show more)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
WORD = re.compile(r"[^\W\d_][\w\-']*")

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<mname>{_MONTH_ALT})\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s+жылғы\s+(?P<d>[0-3]?\d)\s+(?P<mname>{_MONTH_ALT})", re.IGNORECASE),
)
COPYRIGHT = re.compile(r"©\s*(?:«(?P<q>[^»]{2,40})»|\"(?P<dq>[^\"]{2,40})\"|(?P<plain>[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9][\w .\-]{1,38}?))\s*(?:[,.]|\d{4}|$)", re.MULTILINE)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))


@dataclass
class PageLayout:
    title: str | None
    title_span: tuple[int, int] | None
    body_start: int
    body_end: int
    published_date: str | None
    source_name: str | None
    zones: list[tuple[int, int]] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def is_content(line: Line) -> bool:
    """A paragraph of article text: long enough, with lower-case words."""
    if FURNITURE.match(line.text) or STOP_MARKERS.match(line.text):
        return False
    has_lower = any(ch.islower() for ch in line.text)
    # Headlines rarely end with a full stop; paragraphs do (or are long).
    return has_lower and (line.words >= 30 or (line.words >= 6 and SENTENCE_END.search(line.text) is not None))


def _title_candidate(line: Line) -> bool:
    t = line.text
    if FURNITURE.match(t) or STOP_MARKERS.match(t) or line.words < 4 or len(t) > 250:
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if not letters or sum(ch.isdigit() for ch in t) > len(letters):
        return False
    return any(ch.islower() for ch in letters)


def parse_date(text: str) -> str | None:
    """First full date in text as YYYY-MM-DD (Russian and Kazakh month names, numeric forms)."""
    found: list[tuple[int, str]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = MONTHS[m.group("mname").lower()] if "mname" in m.groupdict() and m.group("mname") else int(m.group("m"))
            try:
                found.append((m.start(), date(int(m.group("y")), month, int(m.group("d"))).isoformat()))
            except ValueError:
                continue
    return min(found)[1] if found else None


@lru_cache(maxsize=1)
def known_outlets() -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("data/outlets.txt").read_text(encoding="utf-8")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


def find_source_name(lines: list[Line], body_end: int) -> str | None:
    for line in lines:
        m = COPYRIGHT.search(line.text)
        if m:
            name = (m.group("q") or m.group("dq") or m.group("plain") or "").strip(" .,")
            if name and not name.isdigit():
                return name
    outlets = {o.casefold(): o for o in known_outlets()}
    for line in lines:
        if line.start >= body_end and line.text.casefold() in outlets:
            return line.text
    return None


def analyse_page(text: str, meta_title: str | None = None, meta_date: str | None = None,
                 meta_source: str | None = None) -> PageLayout:
    lines = split_lines(text)
    if not lines:
        return PageLayout(None, None, 0, 0, None, meta_source)
    first_content = next((i for i, ln in enumerate(lines) if is_content(ln)), None)
    if first_content is None:
        first_content = 0

    title_line: Line | None = None
    if meta_title:
        title_line = next((ln for ln in lines[: first_content + 1] if ln.text == meta_title.strip()), None)
    if title_line is None:
        before = lines[:first_content]
        title_line = next((ln for ln in before if _title_candidate(ln)), None)
        if title_line is None:
            title_line = next((ln for ln in before if ln.words >= 3 and not FURNITURE.match(ln.text)), None)

    # Body runs from the first content paragraph up to the first stop marker.
    stop_index = len(lines)
    for i in range(first_content, len(lines)):
        if STOP_MARKERS.match(lines[i].text):
            stop_index = i
            break
    body_lines = lines[first_content:stop_index]
    content_idx = [i for i, ln in enumerate(body_lines) if is_content(ln)]
    if content_idx:
        body_lines = body_lines[: content_idx[-1] + 1]
    body_start = body_lines[0].start if body_lines else 0
    body_end = body_lines[-1].end if body_lines else 0

    zones: list[tuple[int, int]] = []
    if title_line is not None:
        zones.append((title_line.start, title_line.end))
    seen = {title_line.text} if title_line else set()
    for ln in body_lines:
        if FURNITURE.match(ln.text) or ln.text in seen:
            continue  # captions and repeated paragraphs are not read twice
        seen.add(ln.text)
        zones.append((ln.start, ln.end))

    # Dates: the byline area (short lines around the body, before trailing boilerplate).
    published = None
    if meta_date:
        published = parse_date(meta_date) or (meta_date[:10] if re.match(r"\d{4}-\d\d-\d\d", meta_date) else None)
    if published is None:
        area = lines[:stop_index]
        for ln in area:
            if len(ln.text) <= 80 and not is_content(ln):
                published = parse_date(ln.text)
                if published:
                    break

    source = meta_source or find_source_name(lines[stop_index:] + lines[:first_content], body_end)
    if source is None:
        source = find_source_name([ln for ln in lines if ln.start >= body_end], body_end)
    title = meta_title.strip() if meta_title else (title_line.text if title_line else None)
    return PageLayout(
        title=title,
        title_span=(title_line.start, title_line.end) if title_line else None,
        body_start=body_start,
        body_end=body_end,
        published_date=published,
        source_name=source,
        zones=zones,
    )
